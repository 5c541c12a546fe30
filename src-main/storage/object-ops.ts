// Object operations whose wire form is the same on OSS and BOS except for the header prefix
// (`x-oss-` / `x-bce-`): head, get, put, delete, and the plain-header answer of putSymlink.
import { bodyOf, isoFromHttpDate, metaFromHeaders, metaToHeaders, numberHeader, rangeHeader, stripQuotes, totalSize } from './common-headers';
import { StorageError } from './errors';
import { type Requester } from './requester';
import { type ByteSink, type CannedAcl, type CopyInput, type GetInput, type GetResult, type HeadResult, type MultipartCopyInput, type PutInput, type PutResult } from './types';

export type HeaderPrefix = 'x-oss-' | 'x-bce-';

export function headObject(http: Requester, prefix: HeaderPrefix, bucket: string, key: string, signal?: AbortSignal): Promise<HeadResult> {
  return http.send({ method: 'HEAD', bucket, key, signal }, async (res) => {
    const h = await http.headersOf(res);
    return {
      key,
      size: numberHeader(res, 'content-length'),
      etag: stripQuotes(h.etag),
      lastModified: isoFromHttpDate(h['last-modified']),
      contentType: h['content-type'] ?? '',
      storageClass: (h[`${prefix}storage-class`] ?? '').toUpperCase(),
      objectType: h[`${prefix}object-type`] || 'Normal',
      meta: metaFromHeaders(h, `${prefix}meta-`),
      ...objectCrc64(h),
      headers: { ...h },
    };
  });
}

/** Same wire form on both providers: HEAD /<bucket>, answer in the status (and x-*-err on OSS). */
export async function headBucket(http: Requester, bucket: string, signal?: AbortSignal): Promise<void> {
  await http.send({ method: 'HEAD', bucket, signal }, (res) => http.headersOf(res));
}

/** HEAD answers that only a link gives: its target is missing, or is itself a link. */
const LINK_ONLY_HEAD_ERRORS = new Set(['SymlinkTargetNotExist', 'InvalidTargetType']);

/** A probe's expected error answers (missing key 404, not a link / link trouble 400): values, never thrown. */
export function probeAnswer<T>(value: T): (e: StorageError) => T | undefined {
  return (e) => (e.status === 404 || e.status === 400 ? value : undefined);
}

/** Answers to a HEAD that are kept as values, so that a probe of a missing key throws nothing. */
const keepProbeAnswer = (e: StorageError): StorageError | undefined => probeAnswer(e)(e);

/**
 * The object's own type (`Symlink` for a link), or null when there is no such key; shared by both
 * clients. HEAD follows links, so a broken link or a link to a link fails; when a body-less error
 * names no code (`askGetSymlink`, provider-specific), `hasLink` (GetSymlink, which does not
 * follow) tells a link from a missing key. Expected answers are values: nothing is thrown.
 */
export async function objectTypeOf(
  http: Requester,
  prefix: HeaderPrefix,
  hasLink: (bucket: string, key: string, signal?: AbortSignal) => Promise<boolean>,
  askGetSymlink: (e: StorageError) => boolean,
  bucket: string,
  key: string,
  signal?: AbortSignal,
): Promise<string | null> {
  const answer = await http.send<string | StorageError>(
    { method: 'HEAD', bucket, key, signal },
    async (res) => (await http.headersOf(res))[`${prefix}object-type`] || 'Normal',
    keepProbeAnswer,
  );
  if (typeof answer === 'string') return answer;
  if (LINK_ONLY_HEAD_ERRORS.has(answer.code)) return 'Symlink';
  if (answer.code === 'NoSuchKey') return null;
  if (askGetSymlink(answer) && (await hasLink(bucket, key, signal))) return 'Symlink';
  if (answer.status === 404 && answer.code !== 'NoSuchBucket') return null;
  throw answer;
}

export function getObject(http: Requester, input: GetInput): Promise<GetResult> {
  const { bucket, key, signal } = input;
  return http.send({ method: 'GET', bucket, key, headers: rangeHeader(input.range), signal }, async (res) => ({
    body: res.body,
    size: numberHeader(res, 'content-length'),
    etag: stripQuotes(res.headers.etag),
    contentType: res.headers['content-type'] ?? '',
    totalSize: totalSize(res),
    ...objectCrc64(res.headers),
  }));
}

/** Carries a sink's own failure through the retry loop untouched (a StorageError is never reclassified). */
class SinkFailure extends StorageError {}

export async function getObjectInto(http: Requester, input: GetInput, sink: ByteSink): Promise<Omit<GetResult, 'body'>> {
  const { bucket, key, signal } = input;
  try {
    return await http.send({ method: 'GET', bucket, key, headers: rangeHeader(input.range), signal }, async (res) => {
      sink.begin();
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        try {
          await sink.write(chunk);
        } catch (e) {
          res.body.destroy();
          throw new SinkFailure({ code: 'SinkFailed', status: 0, provider: 'oss', message: 'The destination refused the bytes.', cause: e });
        }
      }
      return {
        size: numberHeader(res, 'content-length'),
        etag: stripQuotes(res.headers.etag),
        contentType: res.headers['content-type'] ?? '',
        totalSize: totalSize(res),
        ...objectCrc64(res.headers),
      };
    });
  } catch (e) {
    throw e instanceof SinkFailure ? e.cause : e;
  }
}

/** `storageClass` is sent as given: callers normalise it to their provider's spelling. */
export async function putObject(http: Requester, prefix: HeaderPrefix, input: PutInput): Promise<{ etag: string }> {
  const body = input.createBody ?? bodyOf(input.body);
  const length = Buffer.isBuffer(body) ? body.length : input.contentLength;
  if (length === undefined || !Number.isSafeInteger(length) || length < 0) {
    // A stream has no length of its own; sent without one, the request would go out chunked, which
    // neither provider accepts for PutObject. Refuse before sending anything.
    const provider = prefix === 'x-oss-' ? 'oss' : 'bos';
    throw new StorageError({ code: 'InvalidArgument', status: 0, provider, message: 'A stream body needs contentLength (a non-negative integer).' });
  }
  const headers: Record<string, string> = {
    'content-type': input.contentType ?? 'application/octet-stream',
    ...metaToHeaders(input.meta, `${prefix}meta-`),
  };
  headers['content-length'] = String(length);
  if (input.storageClass) headers[`${prefix}storage-class`] = input.storageClass;
  if (input.contentMd5) headers['content-md5'] = input.contentMd5;
  return sendForChecksums(http, { method: 'PUT', bucket: input.bucket, key: input.key, headers, body, signal: input.signal });
}

export async function deleteObject(http: Requester, bucket: string, key: string, signal?: AbortSignal): Promise<void> {
  await http.send({ method: 'DELETE', bucket, key, signal }, (res) => http.headersOf(res));
}

const CRC32_HEADER = 'x-bce-content-crc32';

/**
 * The object's (or part's) CRC-64/ECMA-182, decimal: OSS x-oss-hash-crc64ecma; BOS
 * x-bce-content-crc64ecma, on HEAD and GET (bce-sdk-go services/bos/api/object_test.go,
 * GetObjectMeta) and on PutObject and UploadPart answers (object_test.go TestPutObject:
 * ContentCrc64ECMA is the hash/crc64 ECMA sum of the body sent; multipart_test.go TestUploadPart).
 */
function objectCrc64(headers: Record<string, string>): { crc64?: string } {
  const v = headers['x-oss-hash-crc64ecma'] ?? headers['x-bce-content-crc64ecma'];
  return v === undefined ? {} : { crc64: v.trim() };
}

/** The service's checksums of what it stored, when its answer carries them (BOS echoes the CRC-32 only when one was sent). */
export function checksumsOf(headers: Record<string, string>): { crc64?: string; crc32?: string } {
  const crc32 = headers[CRC32_HEADER];
  return { ...objectCrc64(headers), ...(crc32 !== undefined && { crc32: crc32.trim() }) };
}

/** A write whose answer is just headers: its ETag and checksums. */
export async function sendForChecksums(http: Requester, req: Parameters<Requester['send']>[0]): Promise<PutResult> {
  const h = await http.send(req, (res) => http.headersOf(res));
  return { etag: stripQuotes(h.etag), ...checksumsOf(h) };
}

/** Sends a request whose answer is just headers and returns the (unquoted) ETag. */
export async function sendForEtag(http: Requester, req: Parameters<Requester['send']>[0]): Promise<{ etag: string }> {
  const h = await http.send(req, (res) => http.headersOf(res));
  return { etag: stripQuotes(h.etag) };
}

/** The canned-ACL header of a write (PutObject, CopyObject, PutObjectAcl). */
const aclHeader = (prefix: HeaderPrefix): string => (prefix === 'x-oss-' ? 'x-oss-object-acl' : 'x-bce-acl');

/** Where a written object goes: its storage class and canned ACL (absent: the service's defaults). */
function placementHeaders(prefix: HeaderPrefix, input: Pick<CopyInput, 'storageClass' | 'acl'>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (input.storageClass) headers[`${prefix}storage-class`] = prefix === 'x-bce-' ? input.storageClass.toUpperCase() : input.storageClass;
  if (input.acl && input.acl !== 'default') headers[aclHeader(prefix)] = input.acl;
  return headers;
}

/** PutObjectAcl: `PUT /<key>?acl` with the canned ACL in its header (OSS PutObjectACL; BOS as
 * bce-sdk-go api/object.go PutObjectAcl and @baiducloud/sdk putObjectCannedAcl send it). */
export async function putObjectAcl(http: Requester, prefix: HeaderPrefix, bucket: string, key: string, acl: Exclude<CannedAcl, 'default'>): Promise<void> {
  await http.send({ method: 'PUT', bucket, key, query: { acl: '' }, headers: { [aclHeader(prefix)]: acl } }, (res) => http.headersOf(res));
}

/** An object's own attributes: content type, the stored standard headers (cache-control…), user metadata. */
function attributeHeaders(prefix: HeaderPrefix, attrs: NonNullable<CopyInput['replace']>): Record<string, string> {
  return { 'content-type': attrs.contentType || 'application/octet-stream', ...attrs.headers, ...metaToHeaders(attrs.meta, `${prefix}meta-`) };
}

/**
 * The attribute headers of a CopyObject, the same on both providers but for the prefix: the
 * destination's storage class and ACL, and with `replace` the metadata directive REPLACE with the
 * new content type, user metadata and standard headers (OSS CopyObject, BOS CopyObject docs; BOS
 * takes the ACL as x-bce-acl there, as bce-sdk-go api/object.go CopyObject sends it).
 */
export function copyAttributeHeaders(prefix: HeaderPrefix, input: CopyInput): Record<string, string> {
  const headers = placementHeaders(prefix, input);
  if (input.replace) {
    headers[`${prefix}metadata-directive`] = prefix === 'x-oss-' ? 'REPLACE' : 'replace';
    Object.assign(headers, attributeHeaders(prefix, input.replace));
  }
  return headers;
}

/**
 * The InitiateMultipartUpload headers of a copy in parts: the object's attributes are fixed there
 * (both services apply them on Complete), so they are the ones a one-request copy would keep or
 * replace — content type, standard headers, user metadata, storage class. The ACL is not sent:
 * OSS documents none on InitiateMultipartUpload (bce-sdk-go sends x-bce-acl there for BOS), so
 * copyInParts puts it on the completed object instead, the same way for both.
 */
export function initiateCopyHeaders(prefix: HeaderPrefix, input: MultipartCopyInput): Record<string, string> {
  return { ...attributeHeaders(prefix, input), ...placementHeaders(prefix, { ...(input.storageClass !== undefined && { storageClass: input.storageClass }) }) };
}

const CANNED_ACLS: readonly CannedAcl[] = ['private', 'public-read', 'public-read-write', 'default'];

/** A canned ACL as a provider spells it, in any case; undefined for anything else. */
export function cannedAcl(raw: string): CannedAcl | undefined {
  const lower = raw.trim().toLowerCase();
  return CANNED_ACLS.find((a) => a === lower);
}
