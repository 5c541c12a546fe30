// BOS multipart upload (JSON bodies): Initiate, UploadPart, Complete, Abort, ListParts, ListMultipartUploads.
import { badRequest } from '../errors';
import { queryParam, type EmuResponse } from '../http-types';
import { completeUpload, parsePartNumber, pendingUploads, sortedParts } from '../multipart-ops';
import { checkAnonymousWrite, requireBucket } from '../object-ops';
import { initiateFromHeaders, writableUpload } from '../dialect';
import { bosCrc64Headers } from '../integrity/digests';
import { copyPart, receivePart } from '../uploads';
import { parseBosCopySource } from './objects';
import { BOS_DIALECT, BOS_OWNER, bosEtag, emptyResponse, isoSeconds, jsonResponse, parseJson, type BosCtx } from './common';

function uploadOf(c: BosCtx) {
  const { bucket: b, upload: u } = writableUpload(BOS_DIALECT, c);
  return { b, u };
}

export function initiate(c: BosCtx): EmuResponse {
  const { bucket, upload } = initiateFromHeaders(BOS_DIALECT, c);
  return jsonResponse({ bucket: bucket.name, key: upload.key, uploadId: upload.uploadId });
}

export async function putPart(c: BosCtx): Promise<EmuResponse> {
  const { u } = uploadOf(c);
  const n = parsePartNumber(queryParam(c.req, 'partNumber'));
  const copySource = c.req.headers['x-bce-copy-source'];
  if (copySource !== undefined) {
    // UploadPartCopy (BOS "multipart copy"): answers {lastModified, eTag} as JSON, as bce-sdk-go's
    // UploadPartCopy parses it (api/multipart.go, CopyObjectResult).
    const part = await copyPart(BOS_DIALECT, c, u, n, parseBosCopySource(copySource));
    return jsonResponse({ lastModified: isoSeconds(part.lastModified), eTag: part.etag }, 200, { etag: bosEtag(part.etag) });
  }
  const { part, checksums } = await receivePart(BOS_DIALECT, c, u, n);
  return emptyResponse(200, { etag: bosEtag(part.etag), ...checksums });
}

export async function complete(c: BosCtx): Promise<EmuResponse> {
  const { b, u } = uploadOf(c);
  const parsed = parseJson(await c.req.body.bytes()) as { parts?: unknown };
  const list = parsed && typeof parsed === 'object' ? parsed.parts : undefined;
  if (!Array.isArray(list)) throw badRequest('MalformedJSON', 'Expected {"parts":[{"partNumber":1,"eTag":"..."}]}.');
  const parts = (list as { partNumber?: unknown; eTag?: unknown }[]).map((p) => ({
    partNumber: parsePartNumber(String(p?.partNumber ?? '')),
    etag: typeof p?.eTag === 'string' ? p.eTag : '',
  }));
  const rec = await completeUpload(c.store, u, parts);
  // The combined CRC-64 of the assembled object, as HEAD names it afterwards.
  return jsonResponse({ location: `/${b.name}/${rec.key}`, bucket: b.name, key: rec.key, eTag: rec.etag }, 200, bosCrc64Headers(rec.crc64));
}

export function abort(c: BosCtx): EmuResponse {
  const { u } = uploadOf(c);
  c.store.endUpload(u.uploadId);
  return emptyResponse(204);
}

export function listParts(c: BosCtx): EmuResponse {
  const { b, u } = uploadOf(c);
  const marker = Number(queryParam(c.req, 'partNumberMarker') ?? '0') || 0;
  const max = Math.min(1000, Number(queryParam(c.req, 'maxParts') ?? '1000') || 1000);
  const { parts, truncated } = sortedParts(u, marker, max);
  return jsonResponse({
    bucket: b.name,
    key: u.key,
    uploadId: u.uploadId,
    initiated: isoSeconds(u.initiated),
    owner: BOS_OWNER,
    storageClass: u.template.storageClass,
    partNumberMarker: marker,
    nextPartNumberMarker: parts.at(-1)?.partNumber ?? marker,
    maxParts: max,
    isTruncated: truncated,
    parts: parts.map((p) => ({ partNumber: p.partNumber, lastModified: isoSeconds(p.lastModified), eTag: p.etag, size: p.size })),
  });
}

/** GET /bucket?uploads (bce-sdk-go api/multipart.go ListMultipartUploads: `uploads[]` with key, uploadId, initiated). */
export function listUploads(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousWrite(c.anonymous, b);
  const prefix = queryParam(c.req, 'prefix') ?? '';
  const uploads = pendingUploads(c.store, b.name, prefix).map((u) => ({
    key: u.key,
    uploadId: u.uploadId,
    owner: BOS_OWNER,
    initiated: isoSeconds(u.initiated),
    storageClass: u.template.storageClass,
  }));
  return jsonResponse({ bucket: b.name, keyMarker: '', nextKeyMarker: '', prefix, maxUploads: 1000, isTruncated: false, uploads });
}
