// The one file both sides import. Depends on zod, the dependency-free wire names (./channels)
// and the dependency-free provider rules table (./rules) alone: no Electron, Node or DOM here.
import { z } from 'zod';
import type { ApiMethod, apiMethods, Channel, EventName } from './channels';
import { PROVIDER_RULES, utf8ByteLength } from './rules';

export { apiMethods, channelNames, eventNames, localApiFunctions, type ApiMethod, type Channel, type EventName } from './channels';
export * from './rules';

// ---------- shared building blocks ----------

/** Error codes cross IPC; user-facing sentences live in the renderer's locale files. */
export const ErrorCode = z.enum([
  'BAD_REQUEST', // input failed validation
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'AUTH_FAILED', // bad access key id or secret (InvalidAccessKeyId, SignatureDoesNotMatch)
  'ACCESS_DENIED',
  'CLOCK_SKEW',
  'NOT_FOUND', // bucket or key missing
  'NOT_SYMLINK',
  'TARGET_MISSING', // SymlinkTargetNotExist
  'INVALID_TARGET', // link to link, link to itself
  'ALREADY_EXISTS',
  'NOT_SUPPORTED', // e.g. link in an Archive bucket
  'INVALID_ARGUMENT',
  'NETWORK',
  'TLS_ERROR', // certificate not trusted, expired or for another host
  'TOKEN_EXPIRED', // the STS security token has expired
  'CUSTOM_DOMAIN_REQUIRED', // OSS PublicEndpointForbidden: bind and use a custom domain
  'TIMEOUT',
  'CANCELLED',
  'INVALID_RESPONSE',
  'SERVER_ERROR',
  'INSECURE_STORAGE', // no OS keyring: user must accept plain-text-equivalent storage
  'PROFILE_NOT_FOUND',
  'DEMO_UNAVAILABLE', // the embedded demo storage could not start (port, disk): Retry starts it again
  'CHECKSUM_MISMATCH', // bytes changed in transit: a CRC-64 / MD5 / size did not match
  'LOCAL_FILE', // the local file or folder could not be read or written
  'NEEDS_RESTORE', // an Archive/Cold object must be restored before it can be read
  'UNKNOWN',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.string()).optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * The optional second argument of every window.api method. A `callId` (chosen by the renderer,
 * e.g. a UUID) makes the request cancellable: `cancelOp({ opId: callId })` aborts it, and it then
 * answers CANCELLED. The renderer cancels what it no longer shows (react-query's AbortSignal).
 */
export const CallOptions = z.object({ callId: z.string().min(1).max(128).optional() }).strict().optional();
export type CallOptions = z.infer<typeof CallOptions>;

// Both providers share the key limit; the table says so once.
const MAX_KEY_BYTES = Math.min(PROVIDER_RULES.oss.maxKeyBytes, PROVIDER_RULES.bos.maxKeyBytes);
const utf8Length = utf8ByteLength;
/** A lone surrogate is its own code point under the `u` flag; a valid pair is not matched. */
const loneSurrogate = /\p{Cs}/u;
/** UTF-8 cannot carry a lone surrogate: it would be stored as U+FFFD, a different key. */
const isWellFormed = (s: string): boolean => !loneSurrogate.test(s);
const NOT_WELL_FORMED = 'contains an unpaired surrogate (not valid Unicode text); it would be stored as a different name';

export type NameProblem = 'EMPTY' | 'SLASH' | 'DOTS' | 'TOO_LONG';

/**
 * The one rule for a new name in a folder (New folder…, Rename…): one path segment, and the whole
 * key within 1,024 bytes. Main checks it again; the renderer shows it beside the field.
 */
export function nameProblem(prefix: string, name: string, folder: boolean): NameProblem | null {
  if (name.trim() === '') return 'EMPTY';
  if (name.includes('/')) return 'SLASH';
  if (name === '.' || name === '..') return 'DOTS';
  if (utf8Length(`${prefix}${name}${folder ? '/' : ''}`) > MAX_KEY_BYTES) return 'TOO_LONG';
  return null;
}

export const ObjectKey = z
  .string()
  .min(1, 'Key must not be empty')
  .refine(isWellFormed, `Key ${NOT_WELL_FORMED}`)
  .refine((k) => utf8Length(k) <= MAX_KEY_BYTES, `Key must be at most ${MAX_KEY_BYTES} bytes (UTF-8)`);
export const Prefix = z
  .string()
  .refine(isWellFormed, `Prefix ${NOT_WELL_FORMED}`)
  .refine((k) => utf8Length(k) <= MAX_KEY_BYTES, `Prefix must be at most ${MAX_KEY_BYTES} bytes (UTF-8)`);
export const BucketName = z.string().min(1).max(255);
export const ProfileId = z.string().min(1).max(128);
export const OpId = z.string().min(1).max(128);

export const ProviderKind = z.enum(['oss', 'bos', 'local-demo']);
export type ProviderKind = z.infer<typeof ProviderKind>;
export const StorageProvider = z.enum(['oss', 'bos']);
export type StorageProvider = z.infer<typeof StorageProvider>;

// ---------- profiles ----------

/**
 * The host name of an endpoint given as `host`, `host:port` or an http(s) URL; '' when it is
 * none of these. The profile form checks the field with it and main refuses the same values.
 */
const HOST_NAME = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i;

export function endpointHost(endpoint: string): string {
  const raw = endpoint.trim();
  if (raw === '') return '';
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    if (url.search || url.hash || url.username || url.password) return '';
    // Chromium's parser percent-encodes what Node's rejects ("not a url" -> not%20a%20url): check the result.
    return HOST_NAME.test(url.hostname) ? url.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** A profile as the renderer sees it: never a secret. */
export const ProfileDto = z.object({
  id: ProfileId,
  name: z.string(),
  provider: ProviderKind,
  endpoint: z.string(),
  region: z.string(),
  addressing: z.enum(['path', 'virtual-host']),
  signatureVersion: z.enum(['v1', 'v4']),
  accessKeyId: z.string(),
  hasSecret: z.boolean(),
  /** STS: a security token is stored with the secret; when it expires (ISO 8601), if known. */
  hasSecurityToken: z.boolean().optional(),
  securityTokenExpiresAt: z.string().optional(),
  /** Bucket -> custom domain (CNAME) that requests for that bucket go to. */
  customDomains: z.record(z.string(), z.string()).optional(),
  /** Secret kept without an OS keyring, accepted by the user. */
  insecureStorage: z.boolean(),
});
export type ProfileDto = z.infer<typeof ProfileDto>;

export const ProfileInput = z.object({
  /** Absent: create. Present: update; an absent secret keeps the stored one. */
  id: ProfileId.optional(),
  name: z.string().trim().min(1, 'Name is required').max(100),
  provider: StorageProvider,
  endpoint: z.string().max(500).default(''),
  region: z.string().max(100).default(''),
  addressing: z.enum(['path', 'virtual-host']).default('virtual-host'),
  signatureVersion: z.enum(['v1', 'v4']).default('v4'),
  accessKeyId: z.string().trim().min(1, 'Access key ID is required').max(200),
  accessKeySecret: z.string().min(1).max(500).optional(),
  securityToken: z.string().max(4000).optional(),
  /** When the STS token expires (ISO 8601); only with a securityToken. */
  securityTokenExpiresAt: z.string().datetime({ offset: true }).optional(),
  /** Bucket -> custom domain; absent keeps the stored ones. */
  customDomains: z.record(BucketName, z.string().max(253)).optional(),
  /** User accepted storing the secret without an OS keyring. */
  acceptInsecureStorage: z.boolean().default(false),
});
export type ProfileInput = z.input<typeof ProfileInput>;

export const VaultStatus = z.object({ secure: z.boolean(), backend: z.string() });
export type VaultStatus = z.infer<typeof VaultStatus>;

/**
 * What happened at startup to profiles.json or vault.json: repaired (damaged entries set aside,
 * the original kept at backupPath), unreadable (EACCES, EIO, a directory: left alone, nothing is
 * written to it) or written by a newer version (left alone too). Never carries a secret.
 */
export const StoreNotice = z.object({
  path: z.string(),
  kind: z.enum(['repaired', 'unreadable', 'newer-version']),
  backupPath: z.string().optional(),
  /** One line per entry that was dropped. */
  setAside: z.array(z.string()),
  /** Why, in short: an errno code, "version 2", "truncated or damaged JSON". */
  reason: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

export const ConnectionTest = z.object({
  bucketCount: z.number().int(),
  /** The bucket named for the test, reached with a HEAD. */
  bucket: z.string().optional(),
});

export const ImportCandidate = z.object({
  source: z.enum(['ossutil', 'bcecmd', 'env']),
  provider: StorageProvider,
  accessKeyId: z.string(),
  endpoint: z.string(),
  region: z.string(),
});
export type ImportCandidate = z.infer<typeof ImportCandidate>;

// ---------- buckets and objects ----------

export const BucketDto = z.object({
  name: BucketName,
  provider: StorageProvider,
  region: z.string(),
  storageClass: z.string(),
});
export type BucketDto = z.infer<typeof BucketDto>;

/** Row kinds; on the wire a kind is its index in this list. */
export const ROW_KINDS = ['folder', 'object', 'symlink'] as const;
export const RowKind = z.enum(ROW_KINDS);
export type RowKind = z.infer<typeof RowKind>;

export const BucketRef = z.object({ profileId: ProfileId, bucket: BucketName });
export const ObjectRef = BucketRef.extend({ key: ObjectKey });
export type ObjectRef = z.infer<typeof ObjectRef>;

export const ListObjectsInput = BucketRef.extend({
  prefix: Prefix.default(''),
  cursor: z.string().max(4096).optional(),
  /** Open the listing after this key (a segment of a huge folder seeked to, not scanned to; see
   * seekStartAfter); with a cursor the cursor wins. */
  startAfter: Prefix.optional(),
  maxKeys: z.number().int().min(1).max(1000).default(1000),
  /** '' lists recursively (no folders). */
  delimiter: z.enum(['/', '']).default('/'),
});
/**
 * One listing page, column by column (row i is entry i of every column): a page of 1,000 rows is
 * a few flat columns to clone, not 1,000 objects. The number columns are typed arrays, which a
 * structured clone (Electron IPC) copies as one block of bytes instead of value by value, and the
 * names are one string (1,000 strings are cloned one by one). Only what the table shows and link
 * resolution needs is sent. Written by ObjectPageWriter, read in the renderer by page-columns.ts
 * alone.
 */
export const ObjectPage = z
  .object({
    /** The listed prefix: every name is the key without it ('' is the folder's own marker object). */
    prefix: z.string(),
    /** Every row's name, one after the other: row i's is nameText.slice(nameEnds[i - 1] ?? 0, nameEnds[i]). */
    nameText: z.string(),
    /** Where each row's name ends in nameText (UTF-16 code units); one entry per row. */
    nameEnds: z.instanceof(Uint32Array),
    /** Index into ROW_KINDS. */
    kinds: z.instanceof(Uint8Array),
    sizes: z.instanceof(Float64Array),
    /** Last-Modified in ms since the epoch; 0 for folders or when unknown. */
    times: z.instanceof(Float64Array),
    /** The link cache key; '' for rows that cannot be links (folders, OSS rows typed as plain
     * objects). Absent when no row of the page has one (most OSS pages). */
    etags: z.array(z.string()).optional(),
    /** Index into storageClasses. */
    classes: z.instanceof(Uint16Array),
    /** The page's distinct storage classes ('' for folders). */
    storageClasses: z.array(z.string()),
    nextCursor: z.string().optional(),
  })
  .superRefine((page, ctx) => {
    const { nameEnds } = page;
    const count = nameEnds.length;
    for (const column of ['kinds', 'sizes', 'times', 'etags', 'classes'] as const) {
      const length = page[column]?.length ?? count;
      if (length !== count) ctx.addIssue({ code: 'custom', path: [column], message: `${length} entries for ${count} names` });
    }
    if (nameEnds.some((end, i) => end < (nameEnds[i - 1] ?? 0)) || (nameEnds.at(-1) ?? 0) !== page.nameText.length) {
      ctx.addIssue({ code: 'custom', path: ['nameEnds'], message: 'not the ends of the names in nameText, in order' });
    }
    if (page.kinds.some((k) => k >= ROW_KINDS.length)) ctx.addIssue({ code: 'custom', path: ['kinds'], message: 'not a row kind' });
    if (page.classes.some((c) => c >= page.storageClasses.length)) ctx.addIssue({ code: 'custom', path: ['classes'], message: 'not an index into storageClasses' });
  });
export type ObjectPage = z.infer<typeof ObjectPage>;

/**
 * Writes an ObjectPage of `count` rows row by row, in order: main's listing encoder and the
 * renderer's test fakes build pages only through here, so the wire rules live in one place.
 */
export class ObjectPageWriter {
  private readonly page: ObjectPage;
  private readonly names: string[];
  private readonly etags: string[];
  // The page's columns, held here too so that a row is written without looking them up on the page.
  private readonly nameEnds: Uint32Array<ArrayBuffer>;
  private readonly kinds: Uint8Array<ArrayBuffer>;
  private readonly sizes: Float64Array<ArrayBuffer>;
  private readonly times: Float64Array<ArrayBuffer>;
  private readonly classes: Uint16Array<ArrayBuffer>;
  private readonly classIndex = new Map<string, number>();
  /** Rows mostly have the storage class of the row before: that one is found without the map. */
  private lastClass: string | undefined;
  private lastClassIndex = 0;
  private hasEtag = false;
  private next = 0;
  private nameEnd = 0;

  constructor(prefix: string, count: number) {
    this.names = new Array<string>(count);
    this.etags = new Array<string>(count);
    this.nameEnds = new Uint32Array(count);
    this.kinds = new Uint8Array(count);
    this.sizes = new Float64Array(count);
    this.times = new Float64Array(count);
    this.classes = new Uint16Array(count);
    this.page = { prefix, nameText: '', nameEnds: this.nameEnds, kinds: this.kinds, sizes: this.sizes, times: this.times, classes: this.classes, storageClasses: [] };
  }

  /** `kind` is an index into ROW_KINDS; `etag` '' for a row that cannot be a link. */
  add(name: string, kind: number, size: number, time: number, etag: string, storageClass: string): void {
    const i = this.next++;
    if (i >= this.names.length) throw new RangeError(`ObjectPageWriter: more than ${this.names.length} rows written`);
    if (storageClass !== this.lastClass) {
      let cls = this.classIndex.get(storageClass);
      if (cls === undefined) {
        cls = this.page.storageClasses.push(storageClass) - 1;
        this.classIndex.set(storageClass, cls);
      }
      this.lastClass = storageClass;
      this.lastClassIndex = cls;
    }
    this.names[i] = name;
    this.nameEnds[i] = this.nameEnd += name.length;
    this.kinds[i] = kind;
    this.sizes[i] = size;
    this.times[i] = time;
    this.classes[i] = this.lastClassIndex;
    this.etags[i] = etag;
    if (etag !== '') this.hasEtag = true;
  }

  finish(nextCursor?: string): ObjectPage {
    if (this.next !== this.names.length) throw new RangeError(`ObjectPageWriter: ${this.next} rows written for ${this.names.length}`);
    this.page.nameText = this.names.join('');
    const page: ObjectPage = this.hasEtag ? { ...this.page, etags: this.etags } : this.page;
    if (nextCursor !== undefined) page.nextCursor = nextCursor;
    return page;
  }
}

/** The most matches one Search whole folder keeps: past it the search stops and says "showing the first N". */
export const SEARCH_MAX_MATCHES = 10_000;

/**
 * The one substring rule of the filter box and Search whole folder: the trimmed text, matched
 * case-insensitively anywhere in a row's name (the key below the folder). Null for blank text.
 */
export function nameMatcher(text: string): ((name: string) => boolean) | null {
  const needle = text.trim().toLowerCase();
  return needle === '' ? null : (name) => name.toLowerCase().includes(needle);
}

/** Search whole folder: lists the folder page by page in main and streams the names that match. */
export const SearchFolderInput = BucketRef.extend({
  prefix: Prefix.default(''),
  text: z.string().trim().min(1, 'Type some text to search for').max(1024),
  /** Also the keys in subfolders (a listing without delimiter: no folder rows); otherwise the folder's own level, as the table shows it. */
  recursive: z.boolean().default(false),
  maxMatches: z.number().int().min(1).max(SEARCH_MAX_MATCHES).default(SEARCH_MAX_MATCHES),
  opId: OpId,
});
export type SearchFolderInput = z.input<typeof SearchFolderInput>;
/** How far a search got: entries listed (the folder's own marker not counted), matches, list pages. */
export const SearchCounts = z.object({ scanned: z.number(), matches: z.number(), pages: z.number() });
export const SearchFolderResult = SearchCounts.extend({
  /** The match cap was reached: the search stopped there. */
  truncated: z.boolean(),
  cancelled: z.boolean(),
  /** objects.searchProgress events sent (seq 0 .. batches-1); they may arrive after this answer. */
  batches: z.number(),
});
export type SearchFolderResult = z.infer<typeof SearchFolderResult>;

// ---------- links ----------

export const LinkState = z.enum(['ok', 'broken', 'chain', 'forbidden', 'unknown']);
export type LinkState = z.infer<typeof LinkState>;

export const LinkInfo = z.object({
  key: z.string(),
  /** False for plain objects (BOS rows are only known after a HEAD). */
  isLink: z.boolean(),
  target: z.string().optional(),
  /** Set for BOS cross-bucket links. */
  targetBucket: z.string().optional(),
  crossBucket: z.boolean(),
  state: LinkState,
});
export type LinkInfo = z.infer<typeof LinkInfo>;

export const ResolveLinksInput = BucketRef.extend({
  // size: the listing's, so main can tell a BOS link whose HEAD reports its target's size.
  rows: z.array(z.object({ key: ObjectKey, etag: z.string(), kind: RowKind, size: z.number().optional() })).max(500),
});

// Shape only (which provider is not known here); link-validation applies the provider's rules.
const MAX_META = Math.max(PROVIDER_RULES.oss.meta.limitBytes, PROVIDER_RULES.bos.meta.limitBytes);
const MetaRecord = z.record(
  z.string().min(1).max(128).refine(isWellFormed, `Metadata name ${NOT_WELL_FORMED}`),
  z.string().max(MAX_META).refine(isWellFormed, `Metadata value ${NOT_WELL_FORMED}`),
);

export const CreateLinkInput = ObjectRef.extend({
  target: ObjectKey,
  targetBucket: BucketName.optional(),
  /** Replace an existing object with the same key. */
  overwrite: z.boolean().default(false),
  /** Create even if the target is itself a link. */
  allowChain: z.boolean().default(false),
  meta: MetaRecord.default({}),
  storageClass: z.string().max(32).optional(),
});
export type CreateLinkInput = z.input<typeof CreateLinkInput>;

export const ExistingObject = z.object({
  key: z.string(),
  kind: RowKind,
  size: z.number(),
  lastModified: z.string(),
  target: z.string().optional(),
});
export const CreateLinkResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('created'), key: z.string() }),
  /** Nothing written: an object exists and overwrite was false. */
  z.object({ status: z.literal('exists'), key: z.string(), existing: ExistingObject }),
]);
export type CreateLinkResult = z.infer<typeof CreateLinkResult>;

export const CreateLinksInput = BucketRef.extend({
  items: z
    .array(z.object({ key: ObjectKey, target: ObjectKey, targetBucket: BucketName.optional() }))
    .min(1)
    .max(1000),
  overwrite: z.boolean().default(false),
});
export const CreateLinksItemResult = z.object({
  key: z.string(),
  target: z.string(),
  status: z.enum(['created', 'skipped-exists', 'failed']),
  error: AppError.optional(),
});
export type CreateLinksItemResult = z.infer<typeof CreateLinksItemResult>;

export const FollowResult = z.object({
  bucket: z.string(),
  key: z.string(),
  /** The folder to open: everything up to and including the last '/'. */
  parentPrefix: z.string(),
  state: LinkState,
});
export type FollowResult = z.infer<typeof FollowResult>;

/** What sits at a prospective link target, checked while the user types it. */
export const TargetInspection = z.object({
  nature: z.enum(['object', 'link', 'missing', 'forbidden']),
  /** Set when the target is itself a link: where that link points. */
  linkTarget: z.string().optional(),
});
export type TargetInspection = z.infer<typeof TargetInspection>;

/** Properties of one object or link (objects.properties). */
export const ObjectProperties = z.object({
  key: z.string(),
  isLink: z.boolean(),
  /** A link's own size, ETag, time and storage class (its listing entry), not its target's. */
  size: z.number(),
  etag: z.string(),
  lastModified: z.string(),
  /** '' for a link (HEAD would give the target's). */
  contentType: z.string(),
  storageClass: z.string(),
  objectType: z.string(),
  /** User metadata: a link's own. */
  meta: z.record(z.string(), z.string()),
  /** Canned ACL (GetObjectAcl; a link's own); absent when it could not be read. */
  acl: z.string().optional(),
  /** Every response header of a HEAD of the key (which follows a link); empty when it failed. */
  headers: z.record(z.string(), z.string()),
  /** Why the HEAD failed (a broken link answers 404). */
  headError: AppError.optional(),
  link: z
    .object({
      target: z.string(),
      /** Set for BOS cross-bucket links. */
      targetBucket: z.string().optional(),
      crossBucket: z.boolean(),
      state: LinkState,
      targetDetails: z.object({ size: z.number(), contentType: z.string(), lastModified: z.string(), objectType: z.string() }).optional(),
    })
    .optional(),
  /** When main read all this (ISO 8601). */
  checkedAt: z.string(),
});
export type ObjectProperties = z.infer<typeof ObjectProperties>;

/** Edit metadata…: the complete new user metadata of an object or link (size and name rules: ipc/rules.ts). */
export const EditMetadataInput = ObjectRef.extend({ meta: MetaRecord });
export type EditMetadataInput = z.input<typeof EditMetadataInput>;

export const ScanLinksInput = BucketRef.extend({ prefix: Prefix.default(''), opId: OpId });
/** Links found, per state (ok included). */
export const LinkCounts = z.record(LinkState, z.number());
export type LinkCounts = z.infer<typeof LinkCounts>;
export const ScanReport = z.object({
  scanned: z.number(),
  /** Every link found, counted by state. */
  counts: LinkCounts,
  /** Only the links whose state is not ok, in listing order (what the report lists and exports): a 100,000-link scan holds its few problems, not every link. */
  problems: z.array(LinkInfo),
  cancelled: z.boolean(),
});

/** A link that points at a key (reverse index or Find links), wherever it lives. */
export const LinkPointingHere = z.object({
  /** The bucket and key of the link itself. */
  bucket: z.string(),
  key: z.string(),
  target: z.string(),
  targetBucket: z.string(),
  state: LinkState,
});
export type LinkPointingHere = z.infer<typeof LinkPointingHere>;

/** A link the reverse index knows: when it was read, and whether its folder changed since. */
export const KnownLink = LinkPointingHere.extend({ seenAt: z.number(), stale: z.boolean() });
export type KnownLink = z.infer<typeof KnownLink>;

export const KnownLinks = z.object({
  links: z.array(KnownLink),
  /** When a completed scan last covered the whole bucket (ms since the epoch); absent: never. */
  coveredAt: z.number().optional(),
});
export type KnownLinks = z.infer<typeof KnownLinks>;

export const FindLinksInput = ObjectRef.extend({
  /** Scan only this prefix of the bucket ('' the whole bucket). */
  prefix: Prefix.default(''),
  /** BOS: same-region buckets to scan too, for cross-bucket links (refused on OSS). */
  otherBuckets: z.array(BucketName).max(100).default([]),
  opId: OpId,
});
export type FindLinksInput = z.input<typeof FindLinksInput>;
export const FindLinksResult = z.object({ links: z.array(LinkPointingHere), scanned: z.number(), cancelled: z.boolean() });
export type FindLinksResult = z.infer<typeof FindLinksResult>;

export const PointingHereInput = BucketRef.extend({
  /** Objects and folders ('…/') about to be deleted, renamed or moved. */
  keys: z.array(ObjectKey).min(1).max(1000),
  /** A delete: links inside the selection go with it and are not counted. */
  excludeSelection: z.boolean().default(false),
});
export const PointingHere = z.object({
  targets: z.array(z.object({ key: z.string(), links: z.array(KnownLink) })),
  coveredAt: z.number().optional(),
  /** The folders whose links were resolved just now. */
  checkedFolders: z.array(z.string()),
});
export type PointingHere = z.infer<typeof PointingHere>;

// ---------- operations (long jobs take an opId; ops.cancel stops them) ----------

export const ItemFailureDto = z.object({ key: z.string(), code: ErrorCode, message: z.string() });
export type ItemFailureDto = z.infer<typeof ItemFailureDto>;

/** A selection: keys ending in '/' stand for whole folders. */
const SelectionInput = BucketRef.extend({ keys: z.array(ObjectKey).min(1).max(10000), opId: OpId });
/** Count size: a selection, where '' stands for the whole bucket (Count size at the bucket root). */
const CountInput = SelectionInput.extend({ keys: z.array(z.union([z.literal(''), ObjectKey])).min(1).max(10000) });

export const TreeCountDto = z.object({ objects: z.number(), links: z.number(), bytes: z.number(), cancelled: z.boolean() });
export type TreeCountDto = z.infer<typeof TreeCountDto>;

export const DeleteTreeResult = z.object({ deleted: z.number(), failed: z.array(ItemFailureDto), cancelled: z.boolean() });
export type DeleteTreeResult = z.infer<typeof DeleteTreeResult>;

export const CopyObjectsInput = z.object({
  profileId: ProfileId,
  sourceBucket: BucketName,
  destBucket: BucketName,
  /** A folder ('…/') goes to a folder key, recursively; an object to an object key. */
  items: z.array(z.object({ from: ObjectKey, to: ObjectKey })).min(1).max(10000),
  /** Move: each source key is deleted once its copy succeeded (also Rename…). */
  move: z.boolean().default(false),
  /** Copy a link's target bytes instead of re-creating the link. */
  linkBytes: z.boolean().default(false),
  /** Replace existing destination keys; otherwise they fail with ALREADY_EXISTS and nothing is written there. */
  overwrite: z.boolean().default(false),
  opId: OpId,
});
export type CopyObjectsInput = z.input<typeof CopyObjectsInput>;
export const CopyObjectsResult = z.object({ copied: z.number(), removed: z.number(), failed: z.array(ItemFailureDto), cancelled: z.boolean() });
export type CopyObjectsResult = z.infer<typeof CopyObjectsResult>;

/**
 * OSS V4 presigned URLs live at most 7 days (x-oss-expires ≤ 604800, EC 0002-00000232). OSS V1 and
 * BOS have no such cap (BOS even takes -1, "never": cloud.baidu.com/doc/BOS/s/Cl5jgit2o); we hold
 * them to the same 7 days on purpose, so no shared URL outlives the longest choice.
 */
export const MAX_SHARE_SECONDS = 604_800;
export const ShareUrlInput = ObjectRef.extend({
  expiresSeconds: z.number().int().min(1).max(MAX_SHARE_SECONDS),
  attachment: z.boolean().default(false),
  /** For a link: the target's URL instead of the link's. */
  ofTarget: z.boolean().default(false),
});
export const ShareUrlDto = z.object({ url: z.string(), bucket: z.string(), key: z.string(), expiresAt: z.string() });
export type ShareUrlDto = z.infer<typeof ShareUrlDto>;

// ---------- transfers ----------

export const TransferState = z.enum(['queued', 'running', 'paused', 'done', 'failed', 'cancelled']);
export type TransferState = z.infer<typeof TransferState>;

export const TransferDto = z.object({
  id: z.string(),
  direction: z.enum(['upload', 'download']),
  /** The file name the panel shows first. */
  name: z.string(),
  bucket: z.string(),
  key: z.string(),
  /** Upload source or download destination on this computer. */
  localPath: z.string(),
  size: z.number(),
  transferred: z.number(),
  state: TransferState,
  error: AppError.optional(),
  /** Download of a link: the target key whose bytes were fetched. */
  viaLink: z.string().optional(),
  /** Bytes per second, smoothed (0 unless running). */
  rate: z.number(),
  /** Seconds left at the current rate; absent when unknown. */
  etaSeconds: z.number().optional(),
});
export type TransferDto = z.infer<typeof TransferDto>;

export const TransferTotals = z.object({
  /** Queued or running. */
  active: z.number(),
  size: z.number(),
  transferred: z.number(),
  rate: z.number(),
  etaSeconds: z.number().optional(),
});
export type TransferTotals = z.infer<typeof TransferTotals>;

export const TransferSnapshot = z.object({ items: z.array(TransferDto), totals: TransferTotals });
export type TransferSnapshot = z.infer<typeof TransferSnapshot>;

export const ConflictChoice = z.enum(['replace', 'skip', 'keep-both']);
export type ConflictChoice = z.infer<typeof ConflictChoice>;

export const UploadConflict = z.object({ key: z.string(), name: z.string(), size: z.number(), lastModified: z.string(), localSize: z.number() });
export type UploadConflict = z.infer<typeof UploadConflict>;

export const UploadResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('queued'), count: z.number() }),
  /** Nothing queued yet: these keys exist; answer with transfers.resolveConflicts. */
  z.object({ status: z.literal('conflicts'), planId: z.string(), conflicts: z.array(UploadConflict), count: z.number() }),
  /** The user closed the dialog. */
  z.object({ status: z.literal('cancelled') }),
]);
export type UploadResult = z.infer<typeof UploadResult>;

const Destination = BucketRef.extend({ prefix: Prefix.default('') });
const LocalPath = z.string().min(1).max(4096);

// ---------- app ----------

export const AppInfo = z.object({
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  /** Host: 'electron' or 'browser' (e2e/preview). */
  host: z.enum(['electron', 'browser']),
});

// ---------- the channel table ----------

const None = z.undefined().optional();

/** Every request channel (named in ./channels): input schema (parsed in main) and output schema (for types). */
export const channels = {
  'app.info': { input: None, output: AppInfo },
  'app.openExternal': { input: z.object({ url: z.string().url().max(2000) }), output: z.null() },
  'profiles.list': { input: None, output: z.array(ProfileDto) },
  'profiles.save': { input: ProfileInput, output: ProfileDto },
  'profiles.remove': { input: z.object({ id: ProfileId }), output: z.null() },
  'profiles.test': {
    // bucket: HEAD this bucket instead of listing all, for keys without ListBuckets permission.
    input: z.object({ id: ProfileId, bucket: BucketName.optional() }),
    output: ConnectionTest,
  },
  'profiles.importCandidates': { input: None, output: z.array(ImportCandidate) },
  /** Binds (domain) or unbinds ('') a bucket's custom domain, e.g. from a PublicEndpointForbidden error. */
  'profiles.setCustomDomain': {
    input: z.object({ id: ProfileId, bucket: BucketName, domain: z.string().trim().max(253) }),
    output: ProfileDto,
  },
  'profiles.import': {
    input: z.object({
      source: ImportCandidate.shape.source,
      name: z.string().min(1).max(100),
      /** As for profiles.save: the user accepted storing the secret without an OS keyring. */
      acceptInsecureStorage: z.boolean().optional(),
    }),
    output: ProfileDto,
  },
  'vault.status': { input: None, output: VaultStatus },
  'profiles.notices': { input: None, output: z.array(StoreNotice) },
  'buckets.list': { input: z.object({ profileId: ProfileId }), output: z.array(BucketDto) },
  'objects.list': { input: ListObjectsInput, output: ObjectPage },
  /** Search whole folder (progress and matches as objects.searchProgress events, ops.cancel stops it). */
  'objects.search': { input: SearchFolderInput, output: SearchFolderResult },
  'links.resolve': { input: ResolveLinksInput, output: z.array(LinkInfo) },
  'links.create': { input: CreateLinkInput, output: CreateLinkResult },
  'links.createMany': { input: CreateLinksInput, output: z.array(CreateLinksItemResult) },
  'links.follow': { input: ObjectRef, output: FollowResult },
  'links.inspectTarget': { input: ObjectRef, output: TargetInspection },
  'links.scan': { input: ScanLinksInput, output: ScanReport },
  'objects.properties': { input: ObjectRef, output: ObjectProperties },
  'objects.editMetadata': { input: EditMetadataInput, output: z.object({ key: z.string(), isLink: z.boolean() }) },
  /** Find links to this: scans (progress as links.scanProgress with `matches`, ops.cancel stops it). */
  'links.findLinksTo': { input: FindLinksInput, output: FindLinksResult },
  /** The reverse index after a quick look at the selection's folders: links a delete/rename/move would break. */
  'links.pointingHere': { input: PointingHereInput, output: PointingHere },
  /** The reverse index alone, no request: "N links point here (as of …)". Folders end in '/'. */
  'links.knownLinksTo': { input: ObjectRef, output: KnownLinks },
  'ops.cancel': { input: z.object({ opId: OpId }), output: z.null() },
  'ops.newFolder': { input: BucketRef.extend({ prefix: Prefix.default(''), name: z.string().min(1).max(1024) }), output: z.object({ key: z.string() }) },
  'ops.count': { input: CountInput, output: TreeCountDto },
  'ops.delete': { input: SelectionInput, output: DeleteTreeResult },
  'ops.copy': { input: CopyObjectsInput, output: CopyObjectsResult },
  'ops.shareUrl': { input: ShareUrlInput, output: ShareUrlDto },
  /** Clipboard writes go through main (Electron clipboard; the browser host records them). */
  'clipboard.writeText': { input: z.object({ text: z.string().max(100_000) }), output: z.null() },
  'transfers.list': { input: None, output: TransferSnapshot },
  /** Paths from an OS drop (preload: webUtils.getPathForFile). */
  'transfers.upload': { input: Destination.extend({ paths: z.array(LocalPath).min(1).max(10000) }), output: UploadResult },
  /** Asks main for a native open dialog (files or one folder), then uploads what was chosen. */
  'transfers.uploadDialog': { input: Destination.extend({ kind: z.enum(['files', 'folder']) }), output: UploadResult },
  'transfers.resolveConflicts': {
    input: z.object({ planId: z.string().min(1).max(128), decisions: z.record(z.string(), ConflictChoice) }),
    output: UploadResult,
  },
  /** Asks main for a download directory, then downloads the rows (folders recursively). */
  'transfers.download': {
    input: BucketRef.extend({ rows: z.array(z.object({ key: ObjectKey, kind: RowKind })).min(1).max(10000) }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('queued'), count: z.number() }), z.object({ status: z.literal('cancelled') })]),
  },
  /** Downloads to the per-profile cache and opens it with the OS default app. */
  'transfers.open': { input: ObjectRef, output: z.object({ id: z.string() }) },
  'transfers.control': {
    input: z.object({ action: z.enum(['pause', 'resume', 'cancel', 'retry']), ids: z.array(z.string().max(64)).max(100000).optional() }),
    output: z.null(),
  },
  'transfers.reveal': { input: z.object({ id: z.string().max(64) }), output: z.null() },
  'transfers.clearFinished': { input: None, output: z.null() },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.infer<(typeof channels)[C]['output']>;

// ---------- events main -> renderer ----------

/** Menu items whose action lives in the renderer (Ctrl/Cmd+L, F2, Delete are shown in the menu). */
export const MenuCommand = z.enum(['createLink', 'retargetLink', 'followLink', 'delete', 'selectAll', 'goUp', 'refresh', 'newFolder', 'rename', 'goBack', 'goForward', 'properties', 'goToKey']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** An operation's progress events are numbered from 0 as main sends them: the renderer keeps the newest. */
const ProgressSeq = z.number().int().min(0);

export const events = {
  'profiles.changed': z.object({ profiles: z.array(ProfileDto) }),
  /** matches: Find links to this only, the links found so far that point at the key. */
  'links.scanProgress': z.object({ opId: OpId, seq: ProgressSeq, scanned: z.number(), linksFound: z.number(), problems: z.number(), matches: z.number().optional() }),
  /** Listings at `prefix` and below changed: one event per affected folder, the renderer refetches from it alone. */
  'objects.changed': z.object({ profileId: ProfileId, bucket: BucketName, prefix: z.string() }),
  /** Progress of a long operation (count, delete, copy/move), at most 10 a second. */
  'ops.progress': z.object({ opId: OpId, seq: ProgressSeq, done: z.number(), total: z.number().optional(), bytes: z.number().optional(), failed: z.number() }),
  /**
   * Search whole folder: counts so far and, when some were found since the last event, the new
   * matches (in key order, folders and files each) as a listing page. `seq` numbers the events of
   * one search from 0: apply them in that order. At most 10 a second.
   */
  'objects.searchProgress': SearchCounts.extend({ opId: OpId, seq: z.number().int().min(0), batch: ObjectPage.optional() }),
  /** An application-menu item was chosen; the renderer acts on its current selection. */
  'menu.command': z.object({ command: MenuCommand }),
  /** Batched (at most 10 a second): the items that changed since the last event, and totals. */
  'transfers.changed': z.object({ items: z.array(TransferDto), removed: z.array(z.string()), totals: TransferTotals }),
} as const satisfies Record<EventName, z.ZodType>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

type MethodFn<C extends Channel> = undefined extends ChannelInput<C>
  ? (input?: ChannelInput<C>, call?: CallOptions) => Promise<Result<ChannelOutput<C>>>
  : (input: ChannelInput<C>, call?: CallOptions) => Promise<Result<ChannelOutput<C>>>;

/** What the preload exposes as `window.api`: named functions and one subscription. */
export type Api = { [M in ApiMethod]: MethodFn<(typeof apiMethods)[M]> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** The local path of a File from an OS drop ('' when it has none). Electron: webUtils.getPathForFile. */
  pathForFile(file: unknown): string;
};
