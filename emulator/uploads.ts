// The upload paths both providers share: PutObject, UploadPart and UploadPartCopy. Every check
// the headers allow comes first (bucket, permission, upload, overwrite guard, metadata,
// Content-MD5 form, declared size), so a refused upload is answered without reading its body;
// then the body streams into the store's blobs with its digests, and a mismatch deletes it.
import { discardContent, ingest, ingestChecked, tooLarge, type Digests } from './blob-store';
import type { Dialect } from './dialect';
import { forbidOverwrite, newObjectFromHeaders, partSource } from './dialect';
import { contentMd5Check } from './integrity/digests';
import { MAX_PART_SIZE, storePart } from './multipart-ops';
import { checkAnonymousWrite, checkForbidOverwrite, checkMetaLimit, makeRecord, requireBucket } from './object-ops';
import type { ProviderCtx } from './shared-handlers';
import type { MultipartUpload, ObjectRecord, UploadPart } from './store';

/** The most bytes this request may bring: refused at once when its Content-Length says more. */
function bodyLimit(c: ProviderCtx, cap: number): number {
  const limit = Math.min(c.store.blobs.maxBodyBytes, cap);
  const declared = c.req.body.declaredLength;
  if (declared !== undefined && declared > limit) throw tooLarge(limit);
  return limit;
}

/** Streams the request body in; BadDigest (Content-MD5, BOS CRC-32) deletes what was written. */
async function receiveBody(d: Dialect, c: ProviderCtx, cap: number) {
  const limit = bodyLimit(c, cap);
  const md5Matches = contentMd5Check(c.req.headers['content-md5']);
  let checksums: Record<string, string> = {};
  const content = await ingestChecked(
    c.req.body.chunks(),
    c.store.blobs,
    (digests: Digests) => {
      md5Matches(digests.md5);
      checksums = d.uploadChecksums(c.req, digests);
    },
    limit,
  );
  return { content, checksums };
}

export async function receiveObject(d: Dialect, c: ProviderCtx): Promise<{ rec: ObjectRecord; checksums: Record<string, string> }> {
  const key = c.key!;
  const b = requireBucket(c.store, c.bucket, d.provider);
  checkAnonymousWrite(c.anonymous, b);
  const forbid = forbidOverwrite(d, c.req);
  checkForbidOverwrite(b, key, forbid);
  const attrs = newObjectFromHeaders(d, c.req, b.storageClass);
  checkMetaLimit(attrs.meta, d.metaLimit);
  const { content, checksums } = await receiveBody(d, c, Infinity);
  try {
    // The bucket may have gone, or the key appeared, while the body streamed.
    const now = requireBucket(c.store, c.bucket, d.provider);
    checkForbidOverwrite(now, key, forbid);
    const rec = makeRecord(key, attrs, content);
    c.store.putObject(now.name, rec);
    return { rec, checksums };
  } catch (e) {
    await discardContent(content);
    throw e;
  }
}

export async function receivePart(d: Dialect, c: ProviderCtx, u: MultipartUpload, partNumber: number): Promise<{ part: UploadPart; checksums: Record<string, string> }> {
  const { content, checksums } = await receiveBody(d, c, MAX_PART_SIZE);
  return { part: await storePart(c.store, u, partNumber, content), checksums };
}

/** UploadPartCopy: (a range of) an existing object's bytes become the part, copied as chunks. */
export async function copyPart(d: Dialect, c: ProviderCtx, u: MultipartUpload, partNumber: number, src: { bucket: string; key: string }): Promise<UploadPart> {
  const { body, start, end } = partSource(d, c, src);
  if (end - start + 1 > MAX_PART_SIZE) throw tooLarge(MAX_PART_SIZE);
  const release = c.store.blobs.pin([body]); // the source may be deleted meanwhile
  try {
    const content = await (await ingest(body.chunks(start, end), c.store.blobs, Infinity)).commit();
    return await storePart(c.store, u, partNumber, content);
  } finally {
    release();
  }
}
