// One table of provider rules as plain data, read by the contract's zod schemas, main's modules
// (endpoints, link validation) and, through the contract, the renderer's validators, so the two
// sides cannot drift. Dependency-free: no zod, Node, Electron or DOM here.
// Sources: OSS "Regions and endpoints" (help.aliyun.com/en/oss/user-guide/regions-and-endpoints),
// OSS EC 0011-00000002/-04 (meta names: letters, digits, '-'; 8 KB), BOS "Region与Endpoint"
// (cloud.baidu.com/doc/BOS/s/akrqd2wcx), reference/bos-put-symlink.txt and protocol-notes.md.

export type RuleProvider = 'oss' | 'bos';

export interface LocalizedName {
  en: string;
  zh: string;
}

export interface RegionRule {
  id: string;
  name: LocalizedName;
  /** Chinese mainland: OSS data calls need a custom domain for accounts created since 2025-03-20. */
  mainland: boolean;
  /** OSS: no dual-stack endpoint in this region. */
  noDualStack?: boolean;
}

export interface StorageClassRule {
  /** The provider's spelling, as sent in x-oss-storage-class / x-bce-storage-class. */
  id: string;
  name: LocalizedName;
  /** A link (PutSymlink) may carry this class. */
  link: boolean;
}

export interface ProviderRules {
  maxKeyBytes: number;
  meta: {
    /** Header prefix; counted in the size limit as the services and SDKs do. */
    prefix: string;
    /** Total of prefix + name + value over all entries, UTF-8 bytes. */
    limitBytes: number;
    /** Allowed metadata names (source of a RegExp). */
    namePattern: string;
    /** Human description of namePattern for messages. */
    nameRule: string;
    /** Values: printable ASCII (a header value must survive every proxy unchanged). */
    valuePattern: string;
  };
  storageClasses: readonly StorageClassRule[];
  regions: readonly RegionRule[];
  /** Host templates; `{region}` is replaced by a region id. Acceleration hosts carry no region. */
  hosts: { public: string; internal?: string; dualStack?: string; accelerate?: string; accelerateOverseas?: string };
  /** Endpoints that carry no region (transfer acceleration): V4 needs the region asked for. */
  regionlessHosts: readonly string[];
}

// OSS transfer-acceleration endpoints ("Regions and endpoints", above): one global
// host, and one that accelerates only outside the Chinese mainland.
const OSS_ACCELERATE = 'oss-accelerate.aliyuncs.com';
const OSS_ACCELERATE_OVERSEAS = 'oss-accelerate-overseas.aliyuncs.com';

const oss = (id: string, en: string, zh: string, mainland = false, noDualStack = false): RegionRule => ({
  id,
  name: { en, zh },
  mainland,
  ...(noDualStack ? { noDualStack } : {}),
});
const bos = (id: string, en: string, zh: string): RegionRule => ({ id, name: { en, zh }, mainland: id !== 'hkg' });
const cls = (id: string, en: string, zh: string, link = true): StorageClassRule => ({ id, name: { en, zh }, link });

export const PROVIDER_RULES: Readonly<Record<RuleProvider, ProviderRules>> = {
  oss: {
    maxKeyBytes: 1024,
    meta: {
      prefix: 'x-oss-meta-',
      limitBytes: 8 * 1024,
      namePattern: '^[A-Za-z0-9-]+$',
      nameRule: 'letters, digits and "-"',
      valuePattern: '^[\\x20-\\x7e]*$',
    },
    storageClasses: [
      cls('Standard', 'Standard', '标准存储'),
      cls('IA', 'Infrequent Access', '低频访问'),
      cls('Archive', 'Archive', '归档存储'),
      cls('ColdArchive', 'Cold Archive', '冷归档存储'),
      cls('DeepColdArchive', 'Deep Cold Archive', '深度冷归档存储'),
    ],
    regions: [
      oss('cn-hangzhou', 'China (Hangzhou)', '华东1（杭州）', true),
      oss('cn-shanghai', 'China (Shanghai)', '华东2（上海）', true),
      oss('cn-nanjing', 'China (Nanjing - Local Region)', '华东5（南京-本地地域）', true, true),
      oss('cn-fuzhou', 'China (Fuzhou - Local Region)', '华东6（福州-本地地域）', true, true),
      oss('cn-wuhan-lr', 'China (Wuhan - Local Region)', '华中1（武汉-本地地域）', true, true),
      oss('cn-qingdao', 'China (Qingdao)', '华北1（青岛）', true),
      oss('cn-beijing', 'China (Beijing)', '华北2（北京）', true),
      oss('cn-zhangjiakou', 'China (Zhangjiakou)', '华北3（张家口）', true),
      oss('cn-huhehaote', 'China (Hohhot)', '华北5（呼和浩特）', true),
      oss('cn-wulanchabu', 'China (Ulanqab)', '华北6（乌兰察布）', true),
      oss('cn-shenzhen', 'China (Shenzhen)', '华南1（深圳）', true),
      oss('cn-heyuan', 'China (Heyuan)', '华南2（河源）', true),
      oss('cn-guangzhou', 'China (Guangzhou)', '华南3（广州）', true),
      oss('cn-chengdu', 'China (Chengdu)', '西南1（成都）', true),
      oss('cn-hongkong', 'China (Hong Kong)', '中国香港'),
      oss('ap-northeast-1', 'Japan (Tokyo)', '日本（东京）'),
      oss('ap-northeast-2', 'South Korea (Seoul)', '韩国（首尔）'),
      oss('ap-southeast-1', 'Singapore', '新加坡'),
      oss('ap-southeast-3', 'Malaysia (Kuala Lumpur)', '马来西亚（吉隆坡）'),
      oss('ap-southeast-5', 'Indonesia (Jakarta)', '印度尼西亚（雅加达）'),
      oss('ap-southeast-6', 'Philippines (Manila)', '菲律宾（马尼拉）'),
      oss('ap-southeast-7', 'Thailand (Bangkok)', '泰国（曼谷）'),
      oss('eu-central-1', 'Germany (Frankfurt)', '德国（法兰克福）'),
      oss('eu-west-1', 'UK (London)', '英国（伦敦）'),
      oss('us-west-1', 'US (Silicon Valley)', '美国（硅谷）'),
      oss('us-east-1', 'US (Virginia)', '美国（弗吉尼亚）'),
      oss('na-south-1', 'Mexico', '墨西哥'),
      oss('me-east-1', 'UAE (Dubai)', '阿联酋（迪拜）'),
      oss('me-central-1', 'SAU (Riyadh)', '沙特（利雅得）'),
    ],
    hosts: {
      public: 'oss-{region}.aliyuncs.com',
      internal: 'oss-{region}-internal.aliyuncs.com',
      dualStack: '{region}.oss.aliyuncs.com',
      accelerate: OSS_ACCELERATE,
      accelerateOverseas: OSS_ACCELERATE_OVERSEAS,
    },
    regionlessHosts: [OSS_ACCELERATE, OSS_ACCELERATE_OVERSEAS],
  },
  bos: {
    maxKeyBytes: 1024,
    meta: {
      prefix: 'x-bce-meta-',
      limitBytes: 2 * 1024,
      // BOS documents no stricter rule; '_' is kept for it (names are lower-cased by BOS).
      namePattern: '^[A-Za-z0-9_-]+$',
      nameRule: 'letters, digits, "-" and "_"',
      valuePattern: '^[\\x20-\\x7e]*$',
    },
    storageClasses: [
      cls('STANDARD', 'Standard', '标准存储'),
      cls('STANDARD_IA', 'Infrequent Access', '低频存储'),
      cls('COLD', 'Cold', '冷存储'),
      // reference/bos-put-symlink.txt: symlinks do not support ARCHIVE.
      cls('ARCHIVE', 'Archive', '归档存储', false),
      cls('MAZ_STANDARD', 'Multi-AZ Standard', '标准存储-多AZ'),
      cls('MAZ_STANDARD_IA', 'Multi-AZ Infrequent Access', '低频存储-多AZ'),
      cls('MAZ_COLD', 'Multi-AZ Cold', '冷存储-多AZ'),
    ],
    regions: [
      bos('bj', 'North China (Beijing)', '华北-北京'),
      bos('bd', 'North China (Baoding)', '华北-保定'),
      bos('yq', 'North China (Yangquan)', '华北-阳泉'),
      bos('su', 'East China (Suzhou)', '华东-苏州'),
      bos('fsh', 'East China (Shanghai, finance)', '华东-上海（金融云）'),
      bos('gz', 'South China (Guangzhou)', '华南-广州'),
      bos('cd', 'Southwest China (Chengdu)', '西南-成都'),
      bos('fwh', 'Central China (Wuhan)', '华中-武汉'),
      bos('hkg', 'China (Hong Kong)', '中国香港'),
    ],
    // BOS has one host per region (reachable from inside Baidu Cloud as well).
    hosts: { public: '{region}.bcebos.com' },
    regionlessHosts: [],
  },
};

export type EndpointKind = keyof ProviderRules['hosts'];

const ENDPOINT_KINDS: readonly EndpointKind[] = ['public', 'internal', 'dualStack', 'accelerate', 'accelerateOverseas'];

/** The endpoint kinds a provider offers in a region (OSS: no dual-stack in some), public first. */
export function endpointKinds(provider: RuleProvider, region: string): EndpointKind[] {
  return ENDPOINT_KINDS.filter((kind) => regionHost(provider, region, kind) !== undefined);
}

/** Host of a region's endpoint of the given kind, or undefined when the provider has none. */
export function regionHost(provider: RuleProvider, region: string, kind: EndpointKind = 'public'): string | undefined {
  const rules = PROVIDER_RULES[provider];
  const template = rules.hosts[kind];
  if (template === undefined) return undefined;
  if (kind === 'dualStack' && rules.regions.find((r) => r.id === region)?.noDualStack) return undefined;
  return template.replace('{region}', region);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The region hidden in a well-known endpoint host (also `bucket.<endpoint>`), '' when the host
 * carries none: a custom host, or an acceleration endpoint (whose "accelerate" is no region).
 */
export function regionOfHost(provider: RuleProvider, host: string): string {
  const h = host.toLowerCase();
  const rules = PROVIDER_RULES[provider];
  if (rules.regionlessHosts.some((r) => h === r || h.endsWith(`.${r}`))) return '';
  // Most specific first: `oss-<r>-internal` would otherwise read as region `<r>-internal`.
  for (const template of [rules.hosts.internal, rules.hosts.dualStack, rules.hosts.public]) {
    if (template === undefined) continue;
    const [before, after] = template.split('{region}').map(escapeRe) as [string, string];
    const m = new RegExp(`(?:^|\\.)${before}([a-z0-9]+(?:-[a-z0-9]+)*?)${after}$`).exec(h);
    if (m?.[1]) return m[1];
  }
  return '';
}

/** UTF-8 length without TextEncoder allocations per call site. */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** User-metadata bytes as the services count them: prefix + name + value per entry. */
export function metaByteSize(provider: RuleProvider, meta: Record<string, string>): number {
  const prefix = PROVIDER_RULES[provider].meta.prefix.length;
  let total = 0;
  for (const [name, value] of Object.entries(meta)) total += prefix + utf8ByteLength(name) + utf8ByteLength(value);
  return total;
}

export type MetaProblem =
  | { kind: 'name'; name: string }
  | { kind: 'value'; name: string }
  | { kind: 'duplicate'; name: string }
  | { kind: 'tooLarge'; bytes: number; limit: number };

/** The first metadata problem, or undefined. Names differing only in case collide (both lower-case them). */
export function metaProblem(provider: RuleProvider, meta: Record<string, string>): MetaProblem | undefined {
  const rules = PROVIDER_RULES[provider].meta;
  const name = new RegExp(rules.namePattern);
  const value = new RegExp(rules.valuePattern);
  const seen = new Set<string>();
  for (const [k, v] of Object.entries(meta)) {
    if (!name.test(k)) return { kind: 'name', name: k };
    if (!value.test(v)) return { kind: 'value', name: k };
    if (seen.has(k.toLowerCase())) return { kind: 'duplicate', name: k };
    seen.add(k.toLowerCase());
  }
  const bytes = metaByteSize(provider, meta);
  return bytes > rules.limitBytes ? { kind: 'tooLarge', bytes, limit: rules.limitBytes } : undefined;
}

/** The provider's spelling of a storage class given in any case, or undefined if unknown. */
export function storageClassRule(provider: RuleProvider, raw: string): StorageClassRule | undefined {
  const upper = raw.trim().toUpperCase();
  return PROVIDER_RULES[provider].storageClasses.find((c) => c.id.toUpperCase() === upper);
}

// Both services list keys in UTF-8 byte order, which is code point order. JS `<` compares UTF-16
// code units: the two differ only where an astral character (a surrogate pair) meets one in
// U+E000..U+FFFF (e.g. '\u{1F600}' sorts after '\uFF5E' in a listing, before it under `<`).
/**
 * Orders keys as OSS and BOS list them (UTF-8 bytes). One pass to the first differing code unit,
 * as cheap as `<` for the usual keys; only a surrogate against a unit >= U+E000 is remapped.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === n) return a.length < b.length ? -1 : 1;
  let x = a.charCodeAt(i);
  let y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    // Surrogates (D800..DFFF) stand for code points above every BMP unit: move them past U+FFFF.
    x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
  }
  return x < y ? -1 : 1;
}

/** The later of two keys in listing order. */
export const laterKey = (a: string, b: string): string => (compareKeys(a, b) < 0 ? b : a);

// Where a listing opened at a key starts: the services list forward from an exclusive start-after
// (OSS `start-after`, BOS `marker`), so seeking to `key` asks for the keys after the greatest
// string below it that a real key could sit above.
const TOP = String.fromCodePoint(0x10ffff); // the last code point: the end of UTF-8 byte order

/**
 * The start-after that lists `key` first (or, when there is no such key, the first key after it):
 * `key` without its last code point, that code point less one, then U+10FFFF. Only keys that begin
 * with that whole string fall between it and `key`. Held within `maxBytes` (the key limit): when
 * the U+10FFFF would not fit it is left off, which lists a few more keys before `key`, in order.
 */
export function seekStartAfter(key: string, maxBytes: number): string {
  const points = Array.from(key);
  const last = points.pop();
  if (last === undefined) return '';
  const stem = points.join('');
  let below = (last.codePointAt(0) as number) - 1;
  if (below < 0) return stem;
  if (below >= 0xd800 && below <= 0xdfff) below = 0xd7ff; // no code points in the surrogate range
  const near = stem + String.fromCodePoint(below);
  if (utf8ByteLength(near + TOP) <= maxBytes) return near + TOP;
  return utf8ByteLength(near) <= maxBytes ? near : stem;
}
