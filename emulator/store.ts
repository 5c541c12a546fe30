// In-memory model of buckets, objects and multipart uploads. Every mutation goes through
// this class so that the optional journal (persist.ts) sees it.
import BTreeModule from 'sorted-btree';
import type BTreeType from 'sorted-btree';
import { compareKeys } from './key-order';
import { MemoryBlobStore, type BlobStore } from './blob-store';
import type { StoredBody } from './stored-body';

// sorted-btree is CommonJS with a default export; normalise for both ESM loaders.
const BTree = ((BTreeModule as unknown as { default?: typeof BTreeModule }).default ?? BTreeModule) as typeof BTreeModule;
type Tree = BTreeType<string, ObjectRecord>;

export type Provider = 'oss' | 'bos';
export type ObjectType = 'Normal' | 'Multipart' | 'Symlink';
/** 'default' means "inherit the bucket ACL" (OSS wording). */
export type Acl = 'default' | 'private' | 'public-read' | 'public-read-write';

export interface ObjectRecord {
  key: string;
  body: StoredBody;
  /** Lower-case md5 hex of the body (multipart: md5-of-md5s + "-N"). */
  etag: string;
  size: number;
  /** Decimal CRC-64/ECMA-182 of the body (x-oss-hash-crc64ecma). */
  crc64: string;
  /** ms since epoch */
  lastModified: number;
  contentType: string;
  /** User metadata, names lower-cased without the provider prefix. */
  meta: Record<string, string>;
  /** Stored standard headers (cache-control, content-disposition, content-encoding, ...). */
  headers: Record<string, string>;
  storageClass: string;
  acl: Acl;
  objectType: ObjectType;
  symlinkTarget?: string;
  /** BOS cross-bucket links only. */
  symlinkBucket?: string;
}

export interface BucketRecord {
  name: string;
  provider: Provider;
  storageClass: string;
  acl: Acl;
  created: number;
  objects: Tree;
}

export interface UploadPart {
  partNumber: number;
  body: StoredBody;
  etag: string;
  size: number;
  crc64: string;
  lastModified: number;
}

export interface MultipartUpload {
  uploadId: string;
  bucket: string;
  key: string;
  initiated: number;
  /** Object attributes fixed at initiation; applied on completion. */
  template: Omit<ObjectRecord, 'key' | 'body' | 'etag' | 'size' | 'crc64' | 'lastModified' | 'objectType'>;
  parts: Map<number, UploadPart>;
}

/**
 * What the journal needs to hear about; seeding bypasses it. Each call names the record it
 * replaces or removes, so the journal can delete a blob file nothing refers to any more.
 */
export interface StoreListener {
  bucketCreated(b: Omit<BucketRecord, 'objects'>): void;
  bucketDeleted(name: string): void;
  objectPut(bucket: string, rec: ObjectRecord, previous: ObjectRecord | undefined): void;
  objectDeleted(bucket: string, key: string, previous: ObjectRecord): void;
  uploadStarted(u: MultipartUpload): void;
  partPut(uploadId: string, part: UploadPart, previous: UploadPart | undefined): void;
  uploadEnded(uploadId: string, u: MultipartUpload): void;
}

export const newTree = (): Tree => new BTree<string, ObjectRecord>(undefined, compareKeys);

/**
 * What the real services enforce around endpoints and credentials: custom domains bound to a
 * bucket, OSS's PublicEndpointForbidden for data calls through default endpoints (EC
 * 0048-00000401, accounts opened since 2025-03-20), and STS security tokens with an expiry.
 */
export class EndpointRules {
  /** Lower-case host name -> bucket. */
  readonly domains = new Map<string, string>();
  /** OSS buckets whose data calls are refused unless they come through a bound domain (BOS has no such rule). */
  readonly domainOnly = new Set<string>();
  /** Known STS tokens -> expiry (ms since epoch). */
  readonly tokens = new Map<string, number>();
}

export class Store {
  readonly buckets = new Map<string, BucketRecord>();
  readonly uploads = new Map<string, MultipartUpload>();
  /** Real-cloud access rules a test can switch on (see EndpointRules). */
  readonly rules = new EndpointRules();
  listener: StoreListener | undefined;
  /** Where uploads stream to: memory, or the data directory's blobs/ (set by the journal). */
  blobs: BlobStore = new MemoryBlobStore();

  bucket(name: string): BucketRecord | undefined {
    return this.buckets.get(name);
  }

  createBucket(b: Omit<BucketRecord, 'objects' | 'created'> & { created?: number }): BucketRecord {
    const rec: BucketRecord = { ...b, created: b.created ?? Date.now(), objects: newTree() };
    this.buckets.set(rec.name, rec);
    this.listener?.bucketCreated({ name: rec.name, provider: rec.provider, storageClass: rec.storageClass, acl: rec.acl, created: rec.created });
    return rec;
  }

  updateBucket(name: string, patch: Partial<Pick<BucketRecord, 'acl' | 'storageClass'>>): void {
    const b = this.buckets.get(name);
    if (!b) return;
    Object.assign(b, patch);
    this.listener?.bucketCreated({ name: b.name, provider: b.provider, storageClass: b.storageClass, acl: b.acl, created: b.created });
  }

  deleteBucket(name: string): void {
    if (this.buckets.delete(name)) this.listener?.bucketDeleted(name);
  }

  getObject(bucket: string, key: string): ObjectRecord | undefined {
    return this.buckets.get(bucket)?.objects.get(key);
  }

  putObject(bucket: string, rec: ObjectRecord): void {
    const b = this.buckets.get(bucket);
    if (!b) throw new Error(`no bucket ${bucket}`);
    // Journal first: a write is acknowledged only after it is durable.
    this.listener?.objectPut(bucket, rec, b.objects.get(rec.key));
    b.objects.set(rec.key, rec);
  }

  deleteObject(bucket: string, key: string): boolean {
    const b = this.buckets.get(bucket);
    const previous = b?.objects.get(key);
    if (!b || !previous) return false;
    this.listener?.objectDeleted(bucket, key, previous);
    b.objects.delete(key);
    return true;
  }

  startUpload(u: MultipartUpload): void {
    this.listener?.uploadStarted(u);
    this.uploads.set(u.uploadId, u);
  }

  putPart(uploadId: string, part: UploadPart): void {
    const u = this.uploads.get(uploadId);
    if (!u) return;
    this.listener?.partPut(uploadId, part, u.parts.get(part.partNumber));
    u.parts.set(part.partNumber, part);
  }

  endUpload(uploadId: string): void {
    const u = this.uploads.get(uploadId);
    if (!u) return;
    this.listener?.uploadEnded(uploadId, u);
    this.uploads.delete(uploadId);
  }
}
