// OSS multipart upload (XML): InitiateMultipartUpload, UploadPart, CompleteMultipartUpload,
// AbortMultipartUpload, ListMultipartUploads. Answers carry x-oss-hash-crc64ecma (parts and
// the combined CRC on complete), read by sendForChecksums.
import { checksumsOf, sendForChecksums } from '../object-ops';
import { xmlEscape } from '../list-helpers';
import { type Requester } from '../requester';
import { type MultipartApi, type PendingUpload } from '../types';
import { expectRoot } from './parse';
import { XmlStream, XmlSyntaxError } from './xml';

function parseInitiate(xml: string): { uploadId: string } {
  let root = '';
  let uploadId = '';
  const stream = new XmlStream({
    onOpen: (name) => {
      root ||= name;
    },
    onClose: (name, parent, text) => {
      if (name === 'UploadId' && parent === 'InitiateMultipartUploadResult') uploadId = text.trim();
    },
  });
  stream.write(xml);
  stream.close();
  expectRoot(root, 'InitiateMultipartUploadResult');
  if (!uploadId) throw new XmlSyntaxError('InitiateMultipartUploadResult without an UploadId');
  return { uploadId };
}

function parseUploads(xml: string): PendingUpload[] {
  let root = '';
  const uploads: PendingUpload[] = [];
  let current: PendingUpload = { key: '', uploadId: '', initiated: '' };
  const stream = new XmlStream({
    onOpen: (name) => {
      root ||= name;
      if (name === 'Upload') current = { key: '', uploadId: '', initiated: '' };
    },
    onClose: (name, parent, text) => {
      if (parent === 'Upload') {
        if (name === 'Key') current.key = text;
        else if (name === 'UploadId') current.uploadId = text.trim();
        else if (name === 'Initiated') current.initiated = text.trim();
      } else if (name === 'Upload') uploads.push(current);
    },
  });
  stream.write(xml);
  stream.close();
  expectRoot(root, 'ListMultipartUploadsResult');
  return uploads;
}

export function ossMultipart(http: Requester): MultipartApi {
  return {
    initiateMultipart: ({ bucket, key, contentType, signal }) =>
      http.send(
        { method: 'POST', bucket, key, query: { uploads: '' }, headers: { 'content-type': contentType ?? 'application/octet-stream' }, signal },
        (res) => http.parseBody(res, parseInitiate),
      ),

    uploadPart: (input) => {
      const headers: Record<string, string> = { 'content-length': String(input.contentLength) };
      if (input.contentMd5) headers['content-md5'] = input.contentMd5;
      const query = { partNumber: String(input.partNumber), uploadId: input.uploadId };
      return sendForChecksums(http, { method: 'PUT', bucket: input.bucket, key: input.key, query, headers, body: input.createBody, signal: input.signal });
    },

    completeMultipart: ({ bucket, key, uploadId, parts, signal }) => {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload>${parts
        .map((p) => `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>"${xmlEscape(p.etag)}"</ETag></Part>`)
        .join('')}</CompleteMultipartUpload>`;
      const body = Buffer.from(xml, 'utf8');
      const headers = { 'content-type': 'application/xml', 'content-length': String(body.length) };
      return http.send({ method: 'POST', bucket, key, query: { uploadId }, headers, body, signal }, async (res) => {
        const etag = await http.parseBody(res, (text) => /<ETag>\s*"?([^<"]*)"?\s*<\/ETag>/.exec(text)?.[1] ?? '');
        return { etag, ...checksumsOf(res.headers) };
      });
    },

    abortMultipart: async (bucket, key, uploadId, signal) => {
      await http.send({ method: 'DELETE', bucket, key, query: { uploadId }, signal }, (res) => http.headersOf(res));
    },

    listMultipartUploads: (bucket, prefix, signal) =>
      http.send({ method: 'GET', bucket, query: { uploads: '', ...(prefix ? { prefix } : {}) }, signal }, (res) => http.parseBody(res, parseUploads)),
  };
}
