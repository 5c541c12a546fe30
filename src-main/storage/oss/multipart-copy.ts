// OSS wire form of a multipart copy: InitiateMultipartUpload, UploadPartCopy
// (x-oss-copy-source + x-oss-copy-source-range), CompleteMultipartUpload (XML), Abort.
import { createHash } from 'node:crypto';
import { uriEncodePath } from '../encoding';
import { copyInParts } from '../multipart-copy';
import { initiateCopyHeaders, putObjectAcl } from '../object-ops';
import type { Requester } from '../requester';
import { ossMultipart } from './multipart';
import type { MultipartCopyInput } from '../types';
import { parseCompleteResult, parseCopyPartResult, parseInitiateResult } from './parse';

export function ossCopyMultipart(http: Requester, input: MultipartCopyInput): Promise<{ etag: string }> {
  const { bucket, key, signal } = input;
  const source = `/${input.sourceBucket}/${uriEncodePath(input.sourceKey)}`;
  return copyInParts(
    {
      provider: 'oss',
      initiate: () => http.send({ method: 'POST', bucket, key, query: { uploads: '' }, headers: initiateCopyHeaders('x-oss-', input) }, (res) => http.parseBody(res, parseInitiateResult)),
      // Not under the caller's signal, as abort: the clean-up after a cancelled Initiate needs it.
      listUploads: () => ossMultipart(http).listMultipartUploads(bucket, key),
      copyPart: (uploadId, n, start, end) => {
        const headers = { 'x-oss-copy-source': source, 'x-oss-copy-source-range': `bytes=${start}-${end}` };
        return http.send({ method: 'PUT', bucket, key, query: { partNumber: String(n), uploadId }, headers, signal }, (res) => http.parseBody(res, parseCopyPartResult));
      },
      // Not under the caller's signal (PartCopyWire.complete): a cancel then lets the copy finish.
      complete: (uploadId, parts) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload>${parts.map((p) => `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>"${p.etag}"</ETag></Part>`).join('')}</CompleteMultipartUpload>`;
        const body = Buffer.from(xml, 'utf8');
        const headers = { 'content-type': 'application/xml', 'content-length': String(body.length), 'content-md5': createHash('md5').update(body).digest('base64') };
        return http.send({ method: 'POST', bucket, key, query: { uploadId }, headers, body }, (res) => http.parseBody(res, parseCompleteResult));
      },
      // Not under the caller's signal: a cancelled copy must still clean up its upload.
      abort: async (uploadId) => {
        await http.send({ method: 'DELETE', bucket, key, query: { uploadId } }, (res) => http.headersOf(res));
      },
      putAcl: (acl) => putObjectAcl(http, 'x-oss-', bucket, key, acl),
    },
    input,
  );
}
