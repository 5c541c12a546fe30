// An in-memory window.api for component tests and local previews: the demo buckets, folders,
// links (ok, broken, chain, cross-bucket on BOS) and an optional big folder. No DOM, no vitest.
import {
  type Api,
  type AppError,
  type BucketDto,
  type ChannelInput,
  type ChannelOutput,
  compareKeys,
  type ErrorCode,
  type ImportCandidate,
  type LinkInfo,
  type LinkPointingHere,
  type ObjectPage,
  type RowKind,
  type ProfileDto,
  type Result,
  type StoreNotice,
} from '../contract';
import { fakeSearch, type FakeSearchControl } from './fake-search';
import { wirePage, type WireRow } from './wire-page';

type StoredObject = { size: number; lastModified: string; etag: string; storageClass: string; target?: string; targetBucket?: string; meta?: Record<string, string> };
type Listener = (payload: unknown) => void;

export type FakeApiOptions = {
  /** Objects under big/ in demo-oss (the 100k-row scroll check). */
  bigFolder?: number;
  /** No profiles at all (first run without the demo). */
  noProfiles?: boolean;
  /** Every listObjects call fails with this code. */
  failListing?: ErrorCode;
  /** Provider details sent with the failListing error (as main's toAppError builds them). */
  failListingDetails?: Record<string, string>;
  /** The first N listBuckets calls of the demo profile fail with this code (then they succeed). */
  failBuckets?: { code: ErrorCode; times: number };
  /** saveProfile answers INSECURE_STORAGE until the user accepts. */
  insecureVault?: boolean;
  /** Every resolveLinks call fails with this code. */
  failResolve?: ErrorCode;
  /** Saved profiles besides the demo one (they list no buckets). */
  extraProfiles?: ProfileDto[];
  /** More (empty) buckets after the demo ones, e.g. a BOS bucket whose default class is ARCHIVE. */
  extraBuckets?: BucketDto[];
  /** Credentials importCandidates finds on "this machine" (none by default). */
  importCandidates?: ImportCandidate[];
  /** saveProfile is refused because this profiles.json was left alone at startup. */
  profilesFileLeftAlone?: string;
  /** What main reports about profiles.json / vault.json at startup. */
  storeNotices?: StoreNotice[];
  /** Artificial latency per call in ms. */
  latency?: number;
  /** Buckets that answer CUSTOM_DOMAIN_REQUIRED (OSS PublicEndpointForbidden) until the profile has a domain for them. */
  customDomainRequired?: string[];
  /** What scanLinks (Check links…) answers (default: an empty report). */
  scanReport?: ChannelOutput<'links.scan'>;
};

export type FakeCall = { method: string; input: unknown };

const DEMO_PROFILE: ProfileDto = {
  id: 'local-demo',
  name: 'Local demo',
  provider: 'local-demo',
  endpoint: 'http://127.0.0.1',
  region: 'local',
  addressing: 'path',
  signatureVersion: 'v4',
  accessKeyId: 'demo',
  hasSecret: true,
  insecureStorage: false,
};

const BUCKETS: BucketDto[] = [
  { name: 'demo-oss', provider: 'oss', region: 'cn-hangzhou', storageClass: 'Standard' },
  { name: 'demo-archive', provider: 'oss', region: 'cn-hangzhou', storageClass: 'Archive' },
  { name: 'demo-bos', provider: 'bos', region: 'bj', storageClass: 'STANDARD' },
  { name: 'demo-bos-media', provider: 'bos', region: 'bj', storageClass: 'STANDARD' },
];

const bucketsOf = (options: FakeApiOptions): BucketDto[] => [...BUCKETS, ...(options.extraBuckets ?? [])];

const T0 = Date.parse('2026-03-14T09:26:53Z');
let etagCounter = 0;
const obj = (size: number, minutes: number, extra: Partial<StoredObject> = {}): StoredObject => ({
  size,
  lastModified: new Date(T0 - minutes * 60_000).toISOString(),
  etag: `"etag-${(etagCounter += 1)}"`,
  storageClass: 'Standard',
  ...extra,
});

function seed(options: FakeApiOptions): Map<string, Map<string, StoredObject>> {
  const buckets = new Map<string, Map<string, StoredObject>>(bucketsOf(options).map((b) => [b.name, new Map()]));
  const oss = buckets.get('demo-oss') as Map<string, StoredObject>;
  oss.set('docs/readme.md', obj(2_345, 50));
  oss.set('docs/guide.pdf', obj(1_234_567, 300));
  oss.set('docs/archive/2023-report.pdf', obj(5_000_000, 9_000));
  oss.set('docs/latest.pdf', obj(0, 10, { target: 'docs/guide.pdf' }));
  oss.set('images/logo.png', obj(48_000, 200));
  oss.set('images/photo.jpg', obj(2_400_000, 100));
  oss.set('links/to-guide', obj(0, 5, { target: 'docs/guide.pdf' }));
  oss.set('links/broken', obj(0, 6, { target: 'docs/missing.pdf' }));
  oss.set('links/chain', obj(0, 7, { target: 'docs/latest.pdf' }));
  oss.set('readme.txt', obj(120, 20));
  oss.set(`long-names/${'a-very-long-object-name-that-keeps-going-'.repeat(4)}end.txt`, obj(99, 30));
  oss.set('long-names/中文文件名-报告.txt', obj(512, 31));
  for (let i = 0; i < (options.bigFolder ?? 0); i += 1) oss.set(`big/obj-${String(i).padStart(6, '0')}.bin`, obj(i, i % 5000));
  const bos = buckets.get('demo-bos') as Map<string, StoredObject>;
  bos.set('data/report.csv', obj(7_777, 40, { storageClass: 'STANDARD' }));
  bos.set('data/report-link', obj(0, 4, { storageClass: 'STANDARD', target: 'data/report.csv' }));
  bos.set('media-link', obj(0, 3, { storageClass: 'STANDARD', target: 'videos/intro.mp4', targetBucket: 'demo-bos-media' }));
  bos.set('broken-link', obj(0, 2, { storageClass: 'STANDARD', target: 'nothing-here' }));
  const media = buckets.get('demo-bos-media') as Map<string, StoredObject>;
  media.set('videos/intro.mp4', obj(88_000_000, 1_000, { storageClass: 'STANDARD' }));
  return buckets;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: ErrorCode, message: string = code, details?: Record<string, string>): Result<never> => ({ ok: false, error: { code, message, ...(details && { details }) } as AppError });

/** Methods that reach the storage server (fail with NETWORK while the fake is offline). */
const STORAGE_METHODS = new Set(['listBuckets', 'listObjects', 'searchFolder', 'resolveLinks', 'findLinksTo', 'linksPointingHere', 'createLink', 'createLinks', 'followLink', 'inspectLinkTarget', 'testProfile', 'newFolder', 'countKeys', 'deleteKeys', 'copyObjects', 'shareUrl', 'objectProperties', 'editMetadata']);

export class FakeApi {
  readonly calls: FakeCall[] = [];
  /** While true, storage calls fail with NETWORK, as with the server stopped. */
  offline = false;
  /** What the app wrote to the clipboard through main. */
  readonly clipboard: string[] = [];
  /** What the transfer channels answer (tests set it). */
  transferAnswers: { upload?: ChannelOutput<'transfers.upload'> } = {};
  /** How searchFolder pages (tests slow it down, make it fail, see what was cancelled). */
  readonly search: FakeSearchControl = { pageDelayMs: 0, pageSize: 1000, cancelled: new Set() };
  private readonly data: Map<string, Map<string, StoredObject>>;
  private readonly listeners = new Map<string, Set<Listener>>();
  private profiles: ProfileDto[];
  private sortedCache = new Map<string, string[]>();

  constructor(readonly options: FakeApiOptions = {}) {
    this.data = seed(options);
    this.profiles = [...(options.noProfiles ? [] : [DEMO_PROFILE]), ...(options.extraProfiles ?? [])];
  }

  bucket(name: string): Map<string, StoredObject> {
    const b = this.data.get(name);
    if (!b) throw new Error(`no bucket ${name}`);
    return b;
  }

  /** Stores an object as a test setup step (keeps the listing order cache right). */
  put(bucket: string, key: string, size = 1, extra: Partial<StoredObject> = {}): void {
    this.write(bucket, key, obj(size, 0, extra));
  }

  emit(event: string, payload: unknown): void {
    for (const l of this.listeners.get(event) ?? []) l(payload);
  }

  callsOf(method: string): unknown[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.input);
  }

  private sortedKeys(bucket: string): string[] {
    let keys = this.sortedCache.get(bucket);
    if (!keys) {
      keys = [...this.bucket(bucket).keys()].sort(compareKeys); // UTF-8 byte order, as OSS/BOS list
      this.sortedCache.set(bucket, keys);
    }
    return keys;
  }

  private write(bucket: string, key: string, value: StoredObject): void {
    this.bucket(bucket).set(key, value);
    this.sortedCache.delete(bucket);
  }

  /** As main does after every write: one objects.changed per touched folder (after the answer, like IPC). */
  private announce(bucket: string, keys: readonly string[]): void {
    const folders = new Set(keys.map((k) => k.slice(0, k.replace(/\/$/, '').lastIndexOf('/') + 1)));
    queueMicrotask(() => {
      for (const prefix of folders) this.emit('objects.changed', { profileId: DEMO_PROFILE.id, bucket, prefix });
    });
  }

  private remove(bucket: string, key: string): boolean {
    this.sortedCache.delete(bucket);
    return this.bucket(bucket).delete(key);
  }

  /** Keys under a selection (folders end in '/'). */
  private expand(bucket: string, keys: readonly string[]): string[] {
    return keys.flatMap((k) => (k === '' || k.endsWith('/') ? this.sortedKeys(bucket).filter((x) => x.startsWith(k)) : this.bucket(bucket).has(k) ? [k] : []));
  }

  private kindOf(bucket: string, key: string): RowKind {
    return this.bucket(bucket).get(key)?.target !== undefined ? 'symlink' : 'object';
  }

  /** What main's objects.properties answers, from the stored rows (HEAD headers made up from them). */
  private properties(bucket: string, key: string): Result<ChannelOutput<'objects.properties'>> {
    const found = this.bucket(bucket).get(key);
    if (!found) return fail('NOT_FOUND');
    const base = { key, size: found.size, etag: found.etag.replace(/"/g, ''), lastModified: found.lastModified, storageClass: found.storageClass, meta: found.meta ?? {}, acl: 'default', checkedAt: new Date(T0).toISOString() };
    const headersOf = (o: StoredObject, type: string) => ({ 'content-length': String(o.size), etag: o.etag, 'content-type': 'application/octet-stream', 'x-oss-object-type': type });
    if (found.target === undefined) return ok({ ...base, isLink: false, contentType: 'application/octet-stream', objectType: 'Normal', headers: headersOf(found, 'Normal') });
    const info = this.linkInfo(bucket, key);
    const target = this.data.get(found.targetBucket ?? bucket)?.get(found.target);
    const readable = target !== undefined && target.target === undefined;
    return ok({
      ...base,
      isLink: true,
      contentType: '',
      objectType: 'Symlink',
      headers: readable ? headersOf(target, 'Symlink') : {},
      ...(!readable && { headError: { code: target ? 'INVALID_TARGET' : 'TARGET_MISSING', message: target ? 'InvalidTargetType' : 'SymlinkTargetNotExist' } as AppError }),
      link: {
        target: found.target,
        ...(found.targetBucket && { targetBucket: found.targetBucket }),
        crossBucket: Boolean(found.targetBucket),
        state: info.state,
        ...(readable && { targetDetails: { size: target.size, contentType: 'application/octet-stream', lastModified: target.lastModified, objectType: 'Normal' } }),
      },
    });
  }

  private linkInfo(bucket: string, key: string): LinkInfo {
    const o = this.bucket(bucket).get(key);
    if (!o?.target) return { key, isLink: false, crossBucket: false, state: 'ok' };
    const targetBucket = o.targetBucket ?? bucket;
    const target = this.data.get(targetBucket)?.get(o.target);
    const state = !target ? 'broken' : target.target !== undefined ? 'chain' : 'ok';
    return { key, isLink: true, target: o.target, targetBucket: o.targetBucket, crossBucket: Boolean(o.targetBucket), state };
  }

  /** Every link of the profile whose target is `key` in `bucket` (or inside it, for a folder), as main's reverse index would know it after a scan. */
  private linksTo(bucket: string, key: string): LinkPointingHere[] {
    const found: LinkPointingHere[] = [];
    for (const [linkBucket, objects] of this.data) {
      for (const [linkKey, o] of objects) {
        if (o.target === undefined || (o.targetBucket ?? linkBucket) !== bucket) continue;
        if (key.endsWith('/') ? !o.target.startsWith(key) : o.target !== key) continue;
        found.push({ bucket: linkBucket, key: linkKey, target: o.target, targetBucket: bucket, state: this.linkInfo(linkBucket, linkKey).state });
      }
    }
    return found.sort((a, b) => (a.bucket + a.key < b.bucket + b.key ? -1 : 1));
  }

  private list(input: ChannelInput<'objects.list'>): Result<ObjectPage> {
    if (this.options.failListing) return fail(this.options.failListing, this.options.failListing, this.options.failListingDetails);
    const domains = this.profiles.find((p) => p.id === input.profileId)?.customDomains ?? {};
    if (this.options.customDomainRequired?.includes(input.bucket) && !domains[input.bucket]) {
      return { ok: false, error: { code: 'CUSTOM_DOMAIN_REQUIRED', message: 'PublicEndpointForbidden', details: { bucket: input.bucket } } };
    }
    const provider = bucketsOf(this.options).find((b) => b.name === input.bucket)?.provider;
    const prefix = input.prefix ?? '';
    const delimiter = input.delimiter ?? '/';
    const max = input.maxKeys ?? 1000;
    const keys = this.sortedKeys(input.bucket);
    // start-after (OSS) / marker (BOS): the keys after it, unless a cursor already says where to go on.
    let i = input.cursor ? Number(input.cursor) : Math.max(lowerBound(keys, prefix), input.startAfter ? upperBound(keys, input.startAfter) : 0);
    // The rows of the page, then its wire form as main writes it (contract ObjectPage).
    const rows: WireRow[] = [];
    const push = (kind: RowKind, key: string, o?: StoredObject): void => {
      rows.push({ name: key.slice(prefix.length), kind, size: o?.size ?? 0, time: o ? Date.parse(o.lastModified) || 0 : 0, etag: o?.etag ?? '', storageClass: o?.storageClass ?? '' });
    };
    while (i < keys.length && rows.length < max) {
      const key = keys[i] as string;
      if (!key.startsWith(prefix)) break;
      i += 1;
      const rest = key.slice(prefix.length);
      const slash = delimiter ? rest.indexOf(delimiter) : -1;
      if (slash >= 0) {
        // As the services (and the emulator) do: a folder once, only when it sorts after the
        // start-after, and the next page goes on after everything below it.
        const folder = prefix + rest.slice(0, slash + 1);
        if (!input.startAfter || compareKeys(folder, input.startAfter) > 0) push('folder', folder);
        while (i < keys.length && (keys[i] as string).startsWith(folder)) i += 1;
        continue;
      }
      const o = this.bucket(input.bucket).get(key) as StoredObject;
      // BOS listings carry no object type: links look like plain objects until resolved.
      const kind = provider === 'bos' ? 'object' : this.kindOf(input.bucket, key);
      push(kind, key, o);
    }
    const more = i < keys.length && (keys[i] as string).startsWith(prefix);
    return ok(wirePage(prefix, rows, more ? String(i) : undefined));
  }

  private handlers(): Record<string, (input: never) => Result<unknown> | Promise<Result<unknown>>> {
    return {
      appInfo: () => ok({ version: '0.0.0-test', platform: 'linux', locale: 'en-US', host: 'browser' }),
      openExternal: () => ok(null),
      listProfiles: () => ok(this.profiles),
      profileNotices: () => ok(this.options.storeNotices ?? []),
      vaultStatus: () => ok({ secure: !this.options.insecureVault, backend: this.options.insecureVault ? 'basic_text' : 'test' }),
      saveProfile: (input: ChannelInput<'profiles.save'>) => {
        if (this.options.insecureVault && input.accessKeySecret && !input.acceptInsecureStorage) return fail('INSECURE_STORAGE');
        if (this.options.profilesFileLeftAlone) {
          const leftAlone = this.options.profilesFileLeftAlone;
          return { ok: false, error: { code: 'NOT_SUPPORTED', message: `${leftAlone} is left untouched`, details: { leftAlone } } };
        }
        const existing = this.profiles.find((p) => p.id === input.id);
        const saved: ProfileDto = {
          id: input.id ?? `profile-${this.profiles.length + 1}`,
          name: input.name,
          provider: input.provider,
          endpoint: input.endpoint ?? '',
          region: input.region ?? '',
          addressing: input.addressing ?? 'virtual-host',
          signatureVersion: input.signatureVersion ?? 'v4',
          accessKeyId: input.accessKeyId,
          hasSecret: Boolean(input.accessKeySecret) || Boolean(existing?.hasSecret),
          insecureStorage: Boolean(input.acceptInsecureStorage),
          hasSecurityToken: input.accessKeySecret ? Boolean(input.securityToken) : Boolean(existing?.hasSecurityToken),
          ...((input.accessKeySecret ? input.securityToken && input.securityTokenExpiresAt : existing?.securityTokenExpiresAt) && {
            securityTokenExpiresAt: input.accessKeySecret ? input.securityTokenExpiresAt : existing?.securityTokenExpiresAt,
          }),
          customDomains: input.customDomains ?? existing?.customDomains ?? {},
        };
        this.profiles = existing ? this.profiles.map((p) => (p.id === saved.id ? saved : p)) : [...this.profiles, saved];
        return ok(saved);
      },
      setCustomDomain: (input: ChannelInput<'profiles.setCustomDomain'>) => {
        const existing = this.profiles.find((p) => p.id === input.id);
        if (!existing) return fail('PROFILE_NOT_FOUND');
        const customDomains = { ...existing.customDomains };
        if (input.domain) customDomains[input.bucket] = input.domain;
        else delete customDomains[input.bucket];
        const saved = { ...existing, customDomains };
        this.profiles = this.profiles.map((p) => (p.id === saved.id ? saved : p));
        return ok(saved);
      },
      removeProfile: (input: { id: string }) => {
        this.profiles = this.profiles.filter((p) => p.id !== input.id);
        return ok(null);
      },
      testProfile: (input: { id: string }) => (input.id === DEMO_PROFILE.id ? ok({ bucketCount: bucketsOf(this.options).length }) : fail('AUTH_FAILED')),
      importCandidates: () => ok(this.options.importCandidates ?? []),
      importProfile: (input: ChannelInput<'profiles.import'>) => {
        const found = this.options.importCandidates?.find((c) => c.source === input.source);
        if (!found) return fail('PROFILE_NOT_FOUND');
        if (this.options.insecureVault && !input.acceptInsecureStorage) return fail('INSECURE_STORAGE');
        const { source: _source, ...fields } = found;
        const saved: ProfileDto = { id: `profile-${this.profiles.length + 1}`, name: input.name, ...fields, addressing: 'virtual-host', signatureVersion: 'v4', hasSecret: true, insecureStorage: Boolean(input.acceptInsecureStorage) };
        this.profiles = [...this.profiles, saved];
        return ok(saved);
      },
      listBuckets: (input: { profileId: string }) => {
        if (input.profileId !== DEMO_PROFILE.id) return ok([]);
        const failing = this.options.failBuckets;
        if (failing && failing.times > 0) {
          failing.times--;
          return fail(failing.code);
        }
        return ok(bucketsOf(this.options));
      },
      listObjects: (input: ChannelInput<'objects.list'>) => this.list(input),
      newFolder: (input: ChannelInput<'ops.newFolder'>) => {
        const key = `${input.prefix ?? ''}${input.name}/`;
        if (this.sortedKeys(input.bucket).some((k) => k.startsWith(key))) return fail('ALREADY_EXISTS');
        this.write(input.bucket, key, obj(0, 0));
        this.announce(input.bucket, [key]);
        return ok({ key });
      },
      countKeys: (input: ChannelInput<'ops.count'>) => {
        const keys = this.expand(input.bucket, input.keys);
        const links = keys.filter((k) => this.bucket(input.bucket).get(k)?.target !== undefined);
        const bytes = keys.reduce((n, k) => n + (links.includes(k) ? 0 : (this.bucket(input.bucket).get(k)?.size ?? 0)), 0);
        return ok({ objects: keys.length - links.length, links: links.length, bytes, cancelled: false });
      },
      deleteKeys: (input: ChannelInput<'ops.delete'>) => {
        const keys = this.expand(input.bucket, input.keys);
        for (const k of keys) this.remove(input.bucket, k);
        this.announce(input.bucket, input.keys);
        return ok({ deleted: keys.length, failed: [], cancelled: false });
      },
      copyObjects: (input: ChannelInput<'ops.copy'>) => {
        const failed: { key: string; code: ErrorCode; message: string }[] = [];
        let copied = 0;
        for (const item of input.items) {
          const keys = item.from.endsWith('/') ? this.expand(input.sourceBucket, [item.from]) : [item.from];
          for (const key of keys) {
            const to = item.from.endsWith('/') ? item.to + key.slice(item.from.length) : item.to;
            const source = this.bucket(input.sourceBucket).get(key);
            if (!source) failed.push({ key, code: 'NOT_FOUND', message: 'missing' });
            else if (this.bucket(input.destBucket).has(to) && !input.overwrite) failed.push({ key, code: 'ALREADY_EXISTS', message: 'exists' });
            else {
              this.write(input.destBucket, to, { ...source });
              if (input.move) this.remove(input.sourceBucket, key);
              copied += 1;
            }
          }
        }
        this.announce(input.destBucket, input.items.map((i) => i.to));
        if (input.move) this.announce(input.sourceBucket, input.items.map((i) => i.from));
        return ok({ copied, removed: input.move ? copied : 0, failed, cancelled: false });
      },
      shareUrl: (input: ChannelInput<'ops.shareUrl'>) => {
        const target = input.ofTarget ? this.bucket(input.bucket).get(input.key)?.target : undefined;
        const key = target ?? input.key;
        const disposition = input.attachment ? '&response-content-disposition=attachment' : '';
        return ok({ url: `https://${input.bucket}.example/${key}?expires=${input.expiresSeconds}${disposition}`, bucket: input.bucket, key, expiresAt: new Date(T0 + input.expiresSeconds * 1000).toISOString() });
      },
      writeClipboard: (input: { text: string }) => {
        this.clipboard.push(input.text);
        return ok(null);
      },
      resolveLinks: (input: ChannelInput<'links.resolve'>) =>
        this.options.failResolve ? fail(this.options.failResolve) : ok(input.rows.map((r) => this.linkInfo(input.bucket, r.key))),
      createLink: (input: ChannelInput<'links.create'>) => {
        const existing = this.bucket(input.bucket).get(input.key);
        if (existing && !input.overwrite) {
          return ok({
            status: 'exists',
            key: input.key,
            existing: { key: input.key, kind: this.kindOf(input.bucket, input.key), size: existing.size, lastModified: existing.lastModified, target: existing.target },
          });
        }
        this.write(input.bucket, input.key, obj(0, 0, { target: input.target, targetBucket: input.targetBucket }));
        this.announce(input.bucket, [input.key]);
        return ok({ status: 'created', key: input.key });
      },
      createLinks: (input: ChannelInput<'links.createMany'>) => {
        const results = input.items.map((item) => {
          if (this.bucket(input.bucket).has(item.key) && !input.overwrite) return { key: item.key, target: item.target, status: 'skipped-exists' };
          this.write(input.bucket, item.key, obj(0, 0, { target: item.target, targetBucket: item.targetBucket }));
          return { key: item.key, target: item.target, status: 'created' };
        });
        this.announce(input.bucket, input.items.map((i) => i.key));
        return ok(results);
      },
      followLink: (input: ChannelInput<'links.follow'>) => {
        const info = this.linkInfo(input.bucket, input.key);
        if (!info.isLink || !info.target) return fail('NOT_SYMLINK');
        const bucket = info.targetBucket ?? input.bucket;
        return ok({ bucket, key: info.target, parentPrefix: info.target.slice(0, info.target.lastIndexOf('/') + 1), state: info.state });
      },
      inspectLinkTarget: (input: ChannelInput<'links.inspectTarget'>) => {
        const found = this.bucket(input.bucket).get(input.key);
        if (!found) return ok({ nature: 'missing' });
        return ok(found.target ? { nature: 'link', linkTarget: found.target } : { nature: 'object' });
      },
      scanLinks: () => ok(this.options.scanReport ?? { scanned: 0, counts: { ok: 0, broken: 0, chain: 0, forbidden: 0, unknown: 0 }, problems: [], cancelled: false }),
      objectProperties: (input: ChannelInput<'objects.properties'>) => this.properties(input.bucket, input.key),
      editMetadata: (input: ChannelInput<'objects.editMetadata'>) => {
        const found = this.bucket(input.bucket).get(input.key);
        if (!found) return fail('NOT_FOUND');
        this.write(input.bucket, input.key, { ...found, meta: { ...input.meta }, etag: `"etag-${(etagCounter += 1)}"` });
        this.announce(input.bucket, [input.key]);
        return ok({ key: input.key, isLink: found.target !== undefined });
      },
      findLinksTo: (input: ChannelInput<'links.findLinksTo'>) => ok({ links: this.linksTo(input.bucket, input.key), scanned: this.bucket(input.bucket).size, cancelled: false }),
      knownLinksTo: (input: ChannelInput<'links.knownLinksTo'>) => ok({ links: this.linksTo(input.bucket, input.key).map((l) => ({ ...l, seenAt: 0, stale: false })) }),
      linksPointingHere: (input: ChannelInput<'links.pointingHere'>) => {
        const inSelection = (l: LinkPointingHere) => l.bucket === input.bucket && input.keys.some((k) => (k.endsWith('/') ? l.key.startsWith(k) : l.key === k));
        const targets = input.keys.map((key) => ({
          key,
          links: this.linksTo(input.bucket, key)
            .filter((l) => !(input.excludeSelection && inSelection(l)))
            .map((l) => ({ ...l, seenAt: 0, stale: false })),
        }));
        return ok({ targets, checkedFolders: [] });
      },
      searchFolder: (input: ChannelInput<'objects.search'>) => fakeSearch((i) => this.list(i), (e, p) => this.emit(e, p), input, this.search),
      cancelOp: (input: { opId: string }) => {
        this.search.cancelled.add(input.opId);
        return ok(null);
      },
      // Transfers: main's planner and queue are tested on their own; here calls are recorded and
      // answered with what `transferAnswers` says (default: queued, nothing to report).
      listTransfers: () => ok({ items: [], totals: { active: 0, size: 0, transferred: 0, rate: 0 } }),
      uploadWithDialog: () => ok(this.transferAnswers.upload ?? { status: 'queued', count: 1 }),
      uploadPaths: () => ok(this.transferAnswers.upload ?? { status: 'queued', count: 1 }),
      resolveUploadConflicts: () => ok({ status: 'queued', count: 1 }),
      downloadRows: () => ok({ status: 'queued', count: 1 }),
      openObject: () => ok({ id: 'open-1' }),
      controlTransfers: () => ok(null),
      revealTransfer: () => ok(null),
      clearFinishedTransfers: () => ok(null),
    };
  }

  /** The object to install as window.api. */
  asApi(): Api {
    const handlers = this.handlers();
    const api: Record<string, unknown> = {};
    for (const [method, handler] of Object.entries(handlers)) {
      api[method] = async (input: never) => {
        this.calls.push({ method, input });
        if (this.options.latency) await new Promise((r) => setTimeout(r, this.options.latency));
        if (this.offline && STORAGE_METHODS.has(method)) return fail('NETWORK');
        return handler(input);
      };
    }
    api.pathForFile = (file: { name?: string }) => (file.name ? `/local/${file.name}` : '');
    api.on = (event: string, listener: Listener) => {
      const set = this.listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      this.listeners.set(event, set);
      return () => set.delete(listener);
    };
    return api as Api;
  }
}

function lowerBound(keys: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keys[mid] as string, prefix) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose key is after `key` (start-after is exclusive). */
function upperBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keys[mid] as string, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
