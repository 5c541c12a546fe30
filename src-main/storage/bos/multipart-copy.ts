// BOS wire form of a multipart copy: InitiateMultipartUpload, UploadPartCopy
// (x-bce-copy-source + x-bce-copy-source-range, bce-sdk-go api/multipart.go), Complete (JSON), Abort.
import { uriEncodePath } from '../encoding';
import { copyInParts } from '../multipart-copy';
import { initiateCopyHeaders, putObjectAcl } from '../object-ops';
import type { Requester } from '../requester';
import { bosMultipart } from './multipart';
import type { MultipartCopyInput } from '../types';
import { parseBosCompleteResult, parseBosCopyResult, parseBosInitiateResult } from './parse';

export function bosCopyMultipart(http: Requester, input: MultipartCopyInput): Promise<{ etag: string }> {
  const { bucket, key, signal } = input;
  const source = uriEncodePath(`/${input.sourceBucket}/${input.sourceKey}`);
  return copyInParts(
    {
      provider: 'bos',
      initiate: () => http.send({ method: 'POST', bucket, key, query: { uploads: '' }, headers: initiateCopyHeaders('x-bce-', input) }, (res) => http.parseBody(res, parseBosInitiateResult)),
      // Not under the caller's signal, as abort: the clean-up after a cancelled Initiate needs it.
      listUploads: () => bosMultipart(http).listMultipartUploads(bucket, key),
      copyPart: async (uploadId, n, start, end) => {
        const headers = { 'x-bce-copy-source': source, 'x-bce-copy-source-range': `bytes=${start}-${end}` };
        const r = await http.send({ method: 'PUT', bucket, key, query: { partNumber: String(n), uploadId }, headers, signal }, (res) => http.parseBody(res, parseBosCopyResult));
        return r.etag;
      },
      // Not under the caller's signal (PartCopyWire.complete): a cancel then lets the copy finish.
      complete: (uploadId, parts) => {
        const body = Buffer.from(JSON.stringify({ parts: parts.map((p) => ({ partNumber: p.partNumber, eTag: p.etag })) }), 'utf8');
        const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) };
        return http.send({ method: 'POST', bucket, key, query: { uploadId }, headers, body }, (res) => http.parseBody(res, parseBosCompleteResult));
      },
      // Not under the caller's signal: a cancelled copy must still clean up its upload.
      abort: async (uploadId) => {
        await http.send({ method: 'DELETE', bucket, key, query: { uploadId } }, (res) => http.headersOf(res));
      },
      putAcl: (acl) => putObjectAcl(http, 'x-bce-', bucket, key, acl),
    },
    input,
  );
}
