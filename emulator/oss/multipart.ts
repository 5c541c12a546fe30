// OSS multipart upload: Initiate, UploadPart, Complete, Abort, ListParts, ListMultipartUploads.
import { badRequest } from '../errors';
import { queryParam, type EmuResponse } from '../http-types';
import { completeUpload, parsePartNumber, pendingUploads, sortedParts } from '../multipart-ops';
import { checkAnonymousWrite, requireBucket } from '../object-ops';
import { parseCopySource } from './objects';
import { initiateFromHeaders, writableUpload } from '../dialect';
import { copyPart, receivePart } from '../uploads';
import { OSS_DIALECT, emptyResponse, isoDate, ossEtag, xmlResponse, type OssCtx } from './common';
import { ossCrcHeaders } from '../integrity/digests';
import { childText, childrenNamed, el, parseXml } from './xml';

function uploadOf(c: OssCtx) {
  const { bucket: b, upload: u } = writableUpload(OSS_DIALECT, c);
  return { b, u };
}

export function initiate(c: OssCtx): EmuResponse {
  const { bucket, upload } = initiateFromHeaders(OSS_DIALECT, c);
  return xmlResponse(`<InitiateMultipartUploadResult>${el('Bucket', bucket.name)}${el('Key', upload.key)}${el('UploadId', upload.uploadId)}</InitiateMultipartUploadResult>`);
}

export async function putPart(c: OssCtx): Promise<EmuResponse> {
  const { u } = uploadOf(c);
  const n = parsePartNumber(queryParam(c.req, 'partNumber'));
  const copySource = c.req.headers['x-oss-copy-source'];
  if (copySource !== undefined) {
    // UploadPartCopy: the part's bytes come from (a range of) an existing object.
    const part = await copyPart(OSS_DIALECT, c, u, n, parseCopySource(copySource, u.bucket));
    const xml = `<CopyPartResult>${el('LastModified', isoDate(part.lastModified))}${el('ETag', ossEtag(part.etag))}</CopyPartResult>`;
    return xmlResponse(xml, 200, { etag: ossEtag(part.etag), ...ossCrcHeaders(part.crc64) });
  }
  const { part, checksums } = await receivePart(OSS_DIALECT, c, u, n);
  return emptyResponse(200, { etag: ossEtag(part.etag), ...checksums });
}

export async function complete(c: OssCtx): Promise<EmuResponse> {
  const { b, u } = uploadOf(c);
  const root = parseXml(await c.req.body.bytes());
  if (root.name !== 'CompleteMultipartUpload') throw badRequest('MalformedXML', 'The root element must be CompleteMultipartUpload.');
  const parts = childrenNamed(root, 'Part').map((p) => ({
    partNumber: parsePartNumber(childText(p, 'PartNumber')?.trim()),
    etag: childText(p, 'ETag') ?? '',
  }));
  const rec = await completeUpload(c.store, u, parts);
  return xmlResponse(
    `<CompleteMultipartUploadResult>${el('Location', `/${b.name}/${rec.key}`)}${el('Bucket', b.name)}${el('Key', rec.key)}` +
      `${el('ETag', ossEtag(rec.etag))}</CompleteMultipartUploadResult>`,
    200,
    // The combined CRC of the assembled object (OSS computes it from the parts' CRCs).
    ossCrcHeaders(rec.crc64),
  );
}

export function abort(c: OssCtx): EmuResponse {
  const { u } = uploadOf(c);
  c.store.endUpload(u.uploadId);
  return emptyResponse(204);
}

export function listParts(c: OssCtx): EmuResponse {
  const { b, u } = uploadOf(c);
  const marker = Number(queryParam(c.req, 'part-number-marker') ?? '0') || 0;
  const max = Math.min(1000, Number(queryParam(c.req, 'max-parts') ?? '1000') || 1000);
  const { parts, truncated } = sortedParts(u, marker, max);
  const items = parts
    .map((p) => `<Part>${el('PartNumber', p.partNumber)}${el('LastModified', isoDate(p.lastModified))}${el('ETag', ossEtag(p.etag))}${el('Size', p.size)}</Part>`)
    .join('');
  return xmlResponse(
    `<ListPartsResult>${el('Bucket', b.name)}${el('Key', u.key)}${el('UploadId', u.uploadId)}${el('PartNumberMarker', marker)}` +
      `${el('NextPartNumberMarker', parts.at(-1)?.partNumber ?? marker)}${el('MaxParts', max)}${el('IsTruncated', truncated)}${items}</ListPartsResult>`,
  );
}

export function listUploads(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousWrite(c.anonymous, b);
  const prefix = queryParam(c.req, 'prefix') ?? '';
  const uploads = pendingUploads(c.store, b.name, prefix)
    .map((u) => `<Upload>${el('Key', u.key)}${el('UploadId', u.uploadId)}${el('Initiated', isoDate(u.initiated))}</Upload>`)
    .join('');
  return xmlResponse(`<ListMultipartUploadsResult>${el('Bucket', b.name)}${el('Prefix', prefix)}${el('IsTruncated', false)}${uploads}</ListMultipartUploadsResult>`);
}
