// What differs between OSS and BOS for object reads and writes (header prefix, ETag style,
// enums), so that the object logic itself is written once.
import { badRequest, forbidden } from './errors';
import { queryParam, type EmuRequest, type EmuResponse } from './http-types';
import { initiateUpload, requireUpload } from './multipart-ops';
import { type MetaRules, checkAnonymousRead, checkAnonymousWrite, checkMetaLimit, makeRecord, parseRange, pickMeta, pickStoredHeaders, requireBucket, requireObject, resolveForRead, type NewObject } from './object-ops';
import type { Acl, BucketRecord, MultipartUpload, ObjectRecord, ObjectType, Provider, Store } from './store';
import type { Digests } from './blob-store';
import type { StoredBody } from './stored-body';

export interface Dialect {
  provider: Provider;
  /** `x-oss-` or `x-bce-` */
  prefix: string;
  /** Header carrying an object's canned ACL on writes. */
  aclHeader: string;
  metaLimit: MetaRules;
  /** Standard headers a write stores with the object (PutObject, InitiateMultipartUpload, CopyObject REPLACE). */
  storedHeaders: readonly string[];
  etag(etag: string): string;
  objectType(t: ObjectType): string;
  parseStorageClass(raw: string | undefined, fallback: string): string;
  parseAcl(raw: string | undefined, fallback: Acl): Acl;
  /** Checksum headers every object answer carries (OSS: x-oss-hash-crc64ecma; BOS: x-bce-content-crc64ecma). */
  integrity(crc64: string): Record<string, string>;
  /**
   * Checksums an upload's answer carries once its bytes are in (OSS: the CRC-64; BOS: the
   * x-bce-content-crc32 echo), throwing BadDigest when a sent one does not match.
   */
  uploadChecksums(req: EmuRequest, digests: Digests): Record<string, string>;
}

const OVERRIDDEN_HEADERS = ['content-type', 'content-language', 'expires', 'cache-control', 'content-disposition', 'content-encoding'];

/**
 * GetObject's response-header overrides from the query: OSS `response-content-disposition`
 * (OSS GetObject docs), BOS `responseContentDisposition` (bce-sdk-go api/object.go sets
 * "response"+ContentDisposition for GET_OBJECT_ALLOWED_RESPONSE_HEADERS).
 */
export function responseOverrides(req: EmuRequest, provider: Provider): Record<string, string> {
  const out: Record<string, string> = {};
  for (const header of OVERRIDDEN_HEADERS) {
    const camel = header.replace(/(^|-)([a-z])/g, (_m, _d: string, ch: string) => ch.toUpperCase());
    const v = queryParam(req, provider === 'oss' ? `response-${header}` : `response${camel}`);
    if (v !== undefined) out[header] = v;
  }
  return out;
}

/**
 * `x-*-forbid-overwrite`: absent or 'false' allows overwriting, 'true' forbids; any other value is a
 * 400 (OSS: EC 0017-00000279). For BOS only the client side is sourced (bce-sdk-go
 * VALID_FORBID_OVERWRITE refuses other values before sending); its server answer is our guess.
 */
export function forbidOverwrite(d: Dialect, req: EmuRequest): boolean {
  const raw = req.headers[`${d.prefix}forbid-overwrite`];
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (value !== 'true' && value !== 'false') throw badRequest('InvalidArgument', `Invalid ${d.prefix}forbid-overwrite value: ${raw}`, 'forbid-overwrite-value');
  return value === 'true';
}

/** Object attributes from PutObject / InitiateMultipartUpload / CopyObject(replace) headers. */
export function newObjectFromHeaders(d: Dialect, req: EmuRequest, bucketClass: string): NewObject {
  return {
    contentType: req.headers['content-type'] || 'application/octet-stream',
    meta: pickMeta(req.headers, `${d.prefix}meta-`),
    headers: pickStoredHeaders(req.headers, d.storedHeaders),
    storageClass: d.parseStorageClass(req.headers[`${d.prefix}storage-class`], bucketClass),
    acl: d.parseAcl(req.headers[d.aclHeader], 'default'),
  };
}

export function objectHeaders(d: Dialect, rec: ObjectRecord): Record<string, string> {
  const h: Record<string, string> = {
    etag: d.etag(rec.etag),
    'last-modified': new Date(rec.lastModified).toUTCString(),
    'content-type': rec.contentType,
    [`${d.prefix}object-type`]: d.objectType(rec.objectType),
    [`${d.prefix}storage-class`]: rec.storageClass,
    'accept-ranges': 'bytes',
    ...d.integrity(rec.crc64),
    ...rec.headers,
  };
  for (const [k, v] of Object.entries(rec.meta)) h[`${d.prefix}meta-${k}`] = v;
  return h;
}

export interface ReadTarget {
  store: Store;
  req: EmuRequest;
  bucket?: string;
  key?: string;
  anonymous: boolean;
}

/** OSS Archive-class objects (frozen until RestoreObject, which the emulator does not offer) cannot be read. */
const OSS_FROZEN_CLASSES = new Set(['Archive', 'ColdArchive', 'DeepColdArchive']);

/**
 * GET of a frozen object is 403 InvalidObjectState; HEAD still answers (Alibaba error
 * 0016-00000404, https://alibabacloud.com/help/en/oss/support/0016-00000404). BOS is not modelled.
 */
function checkReadable(d: Dialect, req: EmuRequest, target: ObjectRecord): void {
  if (d.provider === 'oss' && req.method === 'GET' && OSS_FROZEN_CLASSES.has(target.storageClass)) {
    throw forbidden('InvalidObjectState', "The operation is not valid for the object's state.");
  }
}

/**
 * GetObject / HeadObject, following a link one hop: the target's bytes, ETag and length,
 * the link's object type, and the later of both Last-Modified times.
 */
export function serveObject(d: Dialect, c: ReadTarget, overrides: Record<string, string> = {}): EmuResponse {
  const b = requireBucket(c.store, c.bucket, d.provider);
  const obj = requireObject(b, c.key!);
  checkAnonymousRead(c.anonymous, b, obj);
  const { target, link } = resolveForRead(c.store, b, obj, c.anonymous);
  checkReadable(d, c.req, target);
  const headers = objectHeaders(d, target);
  if (link) {
    // Size, ETag and body are the target's; user metadata is the link's own (oss2 and ali-oss
    // real-service tests; BOS GetObjectMeta doc), and on BOS so is the storage class.
    for (const k of Object.keys(headers)) if (k.startsWith(`${d.prefix}meta-`)) delete headers[k];
    for (const [k, v] of Object.entries(link.meta)) headers[`${d.prefix}meta-${k}`] = v;
    if (d.provider === 'bos') headers[`${d.prefix}storage-class`] = link.storageClass;
    headers[`${d.prefix}object-type`] = 'Symlink';
    headers['last-modified'] = new Date(Math.max(link.lastModified, target.lastModified)).toUTCString();
  }
  Object.assign(headers, overrides);
  const range = parseRange(c.req.headers.range, target.size);
  const head = c.req.method === 'HEAD';
  if (!range) {
    headers['content-length'] = String(target.size);
    return { status: 200, headers, body: head ? undefined : target.body.slice(0, target.size - 1) };
  }
  headers['content-range'] = `bytes ${range.start}-${range.end}/${target.size}`;
  headers['content-length'] = String(range.end - range.start + 1);
  return { status: 206, headers, body: head ? undefined : target.body.slice(range.start, range.end) };
}

/**
 * The record CopyObject writes: the source as stored (a link stays a link), with its
 * metadata kept (directive copy) or taken from the request (directive replace).
 */
export function copiedRecord(d: Dialect, req: EmuRequest, dest: BucketRecord, destKey: string, source: ObjectRecord): ObjectRecord {
  const directive = (req.headers[`${d.prefix}metadata-directive`] ?? 'copy').toLowerCase();
  if (directive !== 'copy' && directive !== 'replace') throw badRequest('InvalidArgument', `Invalid metadata directive: ${directive}`);
  const fresh = newObjectFromHeaders(d, req, dest.storageClass);
  const attrs = directive === 'replace' ? fresh : { ...fresh, contentType: source.contentType, meta: { ...source.meta }, headers: { ...source.headers } };
  if (req.headers[`${d.prefix}storage-class`] === undefined) attrs.storageClass = source.storageClass;
  checkMetaLimit(attrs.meta, d.metaLimit);
  // Bodies never change once stored: the copy shares the source's (no bytes are copied).
  const content = { body: source.body, size: source.size, md5: source.etag, crc64: source.crc64 };
  const rec = makeRecord(destKey, attrs, content, source.objectType, source.etag);
  if (source.objectType === 'Symlink') {
    rec.symlinkTarget = source.symlinkTarget;
    if (source.symlinkBucket && source.symlinkBucket !== dest.name) rec.symlinkBucket = source.symlinkBucket;
  }
  return rec;
}

/** The upload named by `?uploadId` on a bucket the caller may write to. */
export function writableUpload(d: Dialect, c: ReadTarget): { bucket: BucketRecord; upload: MultipartUpload } {
  const bucket = requireBucket(c.store, c.bucket, d.provider);
  checkAnonymousWrite(c.anonymous, bucket);
  return { bucket, upload: requireUpload(c.store, bucket.name, c.key!, queryParam(c.req, 'uploadId')) };
}

/** InitiateMultipartUpload: object attributes are fixed now and applied on completion. */
export function initiateFromHeaders(d: Dialect, c: ReadTarget): { bucket: BucketRecord; upload: MultipartUpload } {
  const bucket = requireBucket(c.store, c.bucket, d.provider);
  checkAnonymousWrite(c.anonymous, bucket);
  const template = newObjectFromHeaders(d, c.req, bucket.storageClass);
  checkMetaLimit(template.meta, d.metaLimit);
  return { bucket, upload: initiateUpload(c.store, bucket.name, c.key!, template) };
}

/**
 * UploadPartCopy: the part's bytes are (a `<prefix>copy-source-range` of) the object named by
 * `src`, read as chunks. A link source is followed, as GetObject would.
 */
export function partSource(d: Dialect, c: ReadTarget, src: { bucket: string; key: string }): { body: StoredBody; start: number; end: number } {
  const srcBucket = requireBucket(c.store, src.bucket, d.provider);
  const stored = requireObject(srcBucket, src.key);
  checkAnonymousRead(c.anonymous, srcBucket, stored);
  const { target: source } = resolveForRead(c.store, srcBucket, stored, c.anonymous);
  const range = parseRange(c.req.headers[`${d.prefix}copy-source-range`], source.size);
  return { body: source.body, start: range?.start ?? 0, end: range?.end ?? source.size - 1 };
}
