// BOS multipart upload (JSON): the same five calls as OSS. Parts may carry x-bce-content-crc32,
// which BOS checks and echoes; part and Complete answers carry x-bce-content-crc64ecma (the
// part's CRC-64, the object's combined one), read by checksumsOf.
import { z } from 'zod';
import { checksumsOf, sendForChecksums } from '../object-ops';
import { type Requester } from '../requester';
import { type MultipartApi } from '../types';
import { parseJson } from './parse';

const InitiateBody = z.object({ uploadId: z.string().min(1) });
const CompleteBody = z.object({ eTag: z.string() });
const UploadsBody = z.object({
  uploads: z.array(z.object({ key: z.string(), uploadId: z.string(), initiated: z.string().default('') })).default([]),
});

export function bosMultipart(http: Requester): MultipartApi {
  return {
    initiateMultipart: ({ bucket, key, contentType, signal }) =>
      http.send(
        { method: 'POST', bucket, key, query: { uploads: '' }, headers: { 'content-type': contentType ?? 'application/octet-stream' }, signal },
        (res) => http.parseBody(res, (text) => parseJson(text, InitiateBody, 'InitiateMultipartUpload')),
      ),

    uploadPart: (input) => {
      const headers: Record<string, string> = { 'content-length': String(input.contentLength) };
      if (input.contentMd5) headers['content-md5'] = input.contentMd5;
      if (input.crc32) headers['x-bce-content-crc32'] = input.crc32;
      const query = { partNumber: String(input.partNumber), uploadId: input.uploadId };
      return sendForChecksums(http, { method: 'PUT', bucket: input.bucket, key: input.key, query, headers, body: input.createBody, signal: input.signal });
    },

    completeMultipart: ({ bucket, key, uploadId, parts, signal }) => {
      const body = Buffer.from(JSON.stringify({ parts: parts.map((p) => ({ partNumber: p.partNumber, eTag: p.etag })) }), 'utf8');
      const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) };
      return http.send({ method: 'POST', bucket, key, query: { uploadId }, headers, body, signal }, async (res) => {
        const etag = await http.parseBody(res, (text) => parseJson(text, CompleteBody, 'CompleteMultipartUpload').eTag.replace(/^"|"$/g, ''));
        return { etag, ...checksumsOf(res.headers) };
      });
    },

    abortMultipart: async (bucket, key, uploadId, signal) => {
      await http.send({ method: 'DELETE', bucket, key, query: { uploadId }, signal }, (res) => http.headersOf(res));
    },

    listMultipartUploads: (bucket, prefix, signal) =>
      http.send({ method: 'GET', bucket, query: { uploads: '', ...(prefix ? { prefix } : {}) }, signal }, (res) =>
        http.parseBody(res, (text) => parseJson(text, UploadsBody, 'ListMultipartUploads').uploads),
      ),
  };
}
