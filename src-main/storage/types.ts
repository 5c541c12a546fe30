// Provider-neutral storage interface. Plain Node: no Electron import anywhere under storage/.
import type { Readable } from 'node:stream';

export type Provider = 'oss' | 'bos';

export type RowKind = 'folder' | 'object' | 'symlink';

/** One row of a listing. Folders are common prefixes (key ends with the delimiter). */
export interface ObjectRow {
  kind: RowKind;
  /** Full decoded key (UTF-8). */
  key: string;
  size: number;
  /** ISO 8601, '' for folders. */
  lastModified: string;
  /** Without quotes, '' for folders. */
  etag: string;
  /** Upper-case provider storage class (STANDARD, IA, ARCHIVE, COLD, STANDARD_IA...), '' for folders. */
  storageClass: string;
}

export interface ListObjectsInput {
  bucket: string;
  prefix?: string;
  delimiter?: string;
  /** Opaque continuation cursor from a previous page. */
  cursor?: string;
  /** List the keys after this one (OSS `start-after`, BOS `marker`): a listing opened at a key.
   * Only read without a cursor (the cursor already says where the next page starts). */
  startAfter?: string;
  /** 1..1000 */
  maxKeys?: number;
  signal?: AbortSignal;
}

export interface ListObjectsPage {
  folders: ObjectRow[];
  objects: ObjectRow[];
  /** Undefined when this is the last page. */
  nextCursor?: string;
}

export interface BucketInfo {
  name: string;
  region: string;
  creationDate: string;
  storageClass: string;
}

export interface HeadResult {
  key: string;
  size: number;
  etag: string;
  lastModified: string;
  contentType: string;
  storageClass: string;
  /** Normal | Appendable | Multipart | Symlink (as the provider reports it). */
  objectType: string;
  meta: Record<string, string>;
  /** Decimal CRC-64/ECMA-182 of the object (OSS x-oss-hash-crc64ecma, BOS x-bce-content-crc64ecma), when sent. */
  crc64?: string;
  /** Every response header as received (names lower-case): what a Properties view lists. */
  headers?: Record<string, string>;
}

/** A canned object ACL; 'default' inherits the bucket's (OSS wording). */
export type CannedAcl = 'private' | 'public-read' | 'public-read-write' | 'default';

export interface GetInput {
  bucket: string;
  key: string;
  /** Inclusive byte range. */
  range?: { start: number; end?: number };
  signal?: AbortSignal;
}

export interface GetResult {
  body: Readable;
  size: number;
  etag: string;
  contentType: string;
  /** Full object size when a range was requested. */
  totalSize: number;
  /** Decimal CRC-64/ECMA-182 of the whole object (OSS x-oss-hash-crc64ecma, BOS x-bce-content-crc64ecma), when sent. */
  crc64?: string;
}

/** Where a streamed GET writes: `begin` before each attempt (a retry starts the range over), `write` per chunk. */
export interface ByteSink {
  begin(): void;
  write(chunk: Buffer): Promise<void>;
}

export interface PutInput {
  bucket: string;
  key: string;
  body: Buffer | Uint8Array | string | Readable;
  /** Required when body is a stream. */
  contentLength?: number;
  /** Re-creates a stream body for each attempt, making a stream upload retryable
   * (a bare stream body gets a single attempt). When set, `body` is ignored. */
  createBody?: () => Readable;
  contentType?: string;
  meta?: Record<string, string>;
  storageClass?: string;
  /** Base64 MD5 of the body, sent as Content-MD5 (the service refuses a mismatch with BadDigest). */
  contentMd5?: string;
  signal?: AbortSignal;
}

/** What a write answered: the ETag and the checksums the service computed, when it sends them. */
export interface PutResult {
  etag: string;
  /** OSS x-oss-hash-crc64ecma (decimal). */
  crc64?: string;
  /** BOS x-bce-content-crc32 (decimal), echoed when one was sent. */
  crc32?: string;
}

export interface UploadPartInput {
  bucket: string;
  key: string;
  uploadId: string;
  /** 1..10,000 */
  partNumber: number;
  /** Called per attempt: a fresh stream of the part's bytes (retryable). */
  createBody: () => Readable;
  contentLength: number;
  contentMd5?: string;
  /** BOS only: decimal CRC-32 of the part, sent as x-bce-content-crc32. */
  crc32?: string;
  signal?: AbortSignal;
}

export interface PendingUpload {
  key: string;
  uploadId: string;
  initiated: string;
}

/** Multipart upload, the same five calls on OSS (XML) and BOS (JSON). */
export interface MultipartApi {
  initiateMultipart(input: { bucket: string; key: string; contentType?: string; signal?: AbortSignal }): Promise<{ uploadId: string }>;
  uploadPart(input: UploadPartInput): Promise<PutResult>;
  /** Parts in ascending order; the answer carries the combined CRC-64 on OSS. */
  completeMultipart(input: { bucket: string; key: string; uploadId: string; parts: { partNumber: number; etag: string }[]; signal?: AbortSignal }): Promise<PutResult>;
  abortMultipart(bucket: string, key: string, uploadId: string, signal?: AbortSignal): Promise<void>;
  /** Uploads begun and neither completed nor aborted (first 1,000). */
  listMultipartUploads(bucket: string, prefix?: string, signal?: AbortSignal): Promise<PendingUpload[]>;
}

export interface PutSymlinkInput {
  bucket: string;
  key: string;
  target: string;
  /** BOS only: cross-bucket link in the same region. */
  targetBucket?: string;
  forbidOverwrite?: boolean;
  meta?: Record<string, string>;
  storageClass?: string;
  acl?: CannedAcl;
  signal?: AbortSignal;
}

export interface SymlinkInfo {
  target: string;
  targetBucket?: string;
  /** The link's own user metadata (GetSymlink answers it; HEAD would give the target's). */
  meta?: Record<string, string>;
}

export interface CopyInput {
  bucket: string;
  key: string;
  sourceBucket: string;
  sourceKey: string;
  storageClass?: string;
  /**
   * Metadata directive REPLACE: the copy carries exactly these attributes instead of the source's
   * (content type, user metadata, the stored standard headers such as cache-control). Absent: COPY.
   */
  replace?: { contentType: string; meta: Record<string, string>; headers?: Record<string, string> };
  /** The copy's canned ACL (absent: the service's default for a new object). */
  acl?: CannedAcl;
  signal?: AbortSignal;
}

/** UploadPartCopy of a plain object: the caller passes what a HEAD of the source told it. */
export interface MultipartCopyInput extends CopyInput {
  size: number;
  partSize: number;
  contentType: string;
  meta: Record<string, string>;
  /** The stored standard headers (cache-control, content-disposition…) the copy is to carry. */
  headers?: Record<string, string>;
  /** Bytes copied so far, after each part. */
  onPart?: (bytesDone: number) => void;
}

export interface DeleteManyResult {
  deleted: string[];
  failed: { key: string; code: string; message: string }[];
}

export interface StorageClient extends MultipartApi {
  readonly provider: Provider;
  listBuckets(signal?: AbortSignal): Promise<BucketInfo[]>;
  listObjects(input: ListObjectsInput): Promise<ListObjectsPage>;
  /** Every page, in order. */
  listAll(input: Omit<ListObjectsInput, 'cursor'>): AsyncIterable<ListObjectsPage>;
  head(bucket: string, key: string, signal?: AbortSignal): Promise<HeadResult>;
  /** HEAD on the bucket (OSS/BOS HeadBucket): resolves if it exists and these credentials may see it. */
  headBucket(bucket: string, signal?: AbortSignal): Promise<void>;
  /** HEAD without following a link: the object's own type, null when the key does not exist (an
   * answer, not an error: nothing is thrown). BOS: x-bce-object-type; OSS: x-oss-object-type. */
  objectType(bucket: string, key: string, signal?: AbortSignal): Promise<string | null>;
  get(input: GetInput): Promise<GetResult>;
  /**
   * GET whose body is read inside the request's attempt, so a connection dropped mid-body is
   * retried by the one retry policy (the sink hears `begin` again). A sink failure is final and
   * rethrown as is.
   */
  getInto(input: GetInput, sink: ByteSink): Promise<Omit<GetResult, 'body'>>;
  put(input: PutInput): Promise<PutResult>;
  delete(bucket: string, key: string, signal?: AbortSignal): Promise<void>;
  /** Batches of at most 1000 keys. */
  deleteMany(bucket: string, keys: string[], signal?: AbortSignal): Promise<DeleteManyResult>;
  /** Server-side CopyObject; metadata and content type are kept (directive copy). `storageClass`: the destination's class. */
  copy(input: CopyInput): Promise<{ etag: string }>;
  /** Server-side copy in parts (initiate, UploadPartCopy per range, complete; aborted on failure). */
  copyMultipart(input: MultipartCopyInput): Promise<{ etag: string }>;
  /** `query`: extra signed parameters, e.g. `response-content-disposition` or `versionId`. */
  presign(input: { bucket: string; key: string; method?: 'GET'; expiresSeconds: number; query?: Record<string, string> }): string;
  putSymlink(input: PutSymlinkInput): Promise<{ etag: string }>;
  getSymlink(bucket: string, key: string, signal?: AbortSignal): Promise<SymlinkInfo>;
  /** GetObjectAcl (`?acl`): the object's own canned ACL, not following a link. */
  objectAcl(bucket: string, key: string, signal?: AbortSignal): Promise<CannedAcl>;
}

/** Connection settings for one profile (secrets included: never leaves main). */
export interface ClientConfig {
  provider: Provider;
  /** Full base URL, e.g. https://oss-cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000 */
  endpoint: string;
  /** e.g. cn-hangzhou (OSS, without the oss- prefix) or bj (BOS). */
  region: string;
  addressing: 'path' | 'virtual-host';
  /** OSS only. */
  signatureVersion?: 'v1' | 'v4';
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** STS expiry (ISO 8601): past it, requests fail with SecurityTokenExpired before anything is sent. */
  securityTokenExpiresAt?: string;
  /** Bucket -> custom domain (CNAME): Host is the domain, the path `/key`; signatures still cover `/bucket/key`. */
  customDomains?: Record<string, string>;
  /** Injected clock for deterministic signing in tests. */
  now?: () => Date;
  timeoutMs?: number;
  maxRetries?: number;
}
