// StorageClient for Alibaba Cloud OSS: Signature V4 (default) or V1, ListObjectsV2 parsed as a stream.
import { createHash } from 'node:crypto';
import { metaFromHeaders, metaToHeaders, withMeta } from '../common-headers';
import { cannedAcl, copyAttributeHeaders, deleteObject, getObject, getObjectInto, headBucket, headObject, objectTypeOf, probeAnswer, putObject, sendForEtag } from '../object-ops';
import { buildQueryString, tryUriDecode, uriEncode, uriEncodePath } from '../encoding';
import { StorageError } from '../errors';
import { type ClientDeps, type RequestSigner, createRequester } from '../requester';
import { resolveTarget, targetUrl } from '../endpoints';
import { credentialsOf } from '../signing-common';
import { type TransportResponse } from '../transport';
import { type ClientConfig, type ListObjectsInput, type ListObjectsPage, type StorageClient, type SymlinkInfo } from '../types';
import { parseOssError } from './errors';
import { ossCopyMultipart } from './multipart-copy';
import { createListObjectsV2Parser, parseCopyResult, parseDeleteResult, parseListBuckets, parseObjectAcl } from './parse';
import { presignOssV1, signOssV1Header } from './sign-v1';
import { presignOssV4, signOssV4Header } from './sign-v4';
import { TagAlignedDecoder } from './tag-aligned-decoder';
import { XmlSyntaxError } from './xml';
import { ossMultipart } from './multipart';
import { LIST_PAGE_BYTE_LIMIT, chunked, listAllPrefetching, untilRequestSent, pageSize } from '../list-helpers';

const DELETE_BATCH = 1000;
const TOKEN_END = '</NextContinuationToken>';

function ossSigner(config: ClientConfig): RequestSigner {
  const creds = credentialsOf(config);
  const v4 = { region: config.region.replace(/^oss-/, '') };
  return (req, now) => {
    const signable = { method: req.method, bucket: req.bucket, key: req.key, query: req.query, headers: req.headers };
    return config.signatureVersion === 'v1' ? signOssV1Header(signable, creds, now).headers : signOssV4Header(signable, creds, now, v4).headers;
  };
}

export function createOssClient(config: ClientConfig, deps: ClientDeps = {}): StorageClient {
  const http = createRequester(config, ossSigner(config), parseOssError, deps);

  const head = (bucket: string, key: string, signal?: AbortSignal) => headObject(http, 'x-oss-', bucket, key, signal);

  const symlinkRequest = (bucket: string, key: string, signal?: AbortSignal) => ({ method: 'GET', bucket, key, query: { symlink: '' }, signal });
  const symlinkOf = async (res: TransportResponse): Promise<SymlinkInfo> => {
    const h = await http.headersOf(res);
    const raw = h['x-oss-symlink-target'];
    const target = raw === undefined ? undefined : tryUriDecode(raw);
    if (target === undefined) throw http.invalid('GetSymlink answer without a decodable x-oss-symlink-target', res);
    return withMeta({ target }, metaFromHeaders(h, 'x-oss-meta-'));
  };
  const getSymlink: StorageClient['getSymlink'] = (bucket, key, signal) => http.send(symlinkRequest(bucket, key, signal), symlinkOf);
  const hasLink = (bucket: string, key: string, signal?: AbortSignal): Promise<boolean> =>
    http.send(symlinkRequest(bucket, key, signal), async (res) => Boolean(await symlinkOf(res)), probeAnswer(false)).catch(() => false);

  const listObjects = (input: ListObjectsInput, onNextCursor?: (cursor: string) => void): Promise<ListObjectsPage> => {
    const maxKeys = pageSize(input.maxKeys);
    const query: Record<string, string> = { 'list-type': '2', 'encoding-type': 'url', 'max-keys': String(maxKeys) };
    if (input.prefix) query.prefix = input.prefix;
    if (input.delimiter) query.delimiter = input.delimiter;
    if (input.cursor) query['continuation-token'] = input.cursor;
    else if (input.startAfter) query['start-after'] = input.startAfter;
    return http.send({ method: 'GET', bucket: input.bucket, query, signal: input.signal }, async (res) => {
      // Parse while the body arrives: no full-page string is ever built. A page larger than asked
      // for (rows or bytes) is refused, so an endless answer cannot take the process's memory.
      let announced = false;
      const parser = createListObjectsV2Parser(
        onNextCursor &&
          ((token) => {
            announced = true;
            onNextCursor(token);
          }),
        maxKeys,
      );
      const text = new TagAlignedDecoder();
      let bytes = 0;
      let awaitingToken = onNextCursor !== undefined;
      try {
        for await (const chunk of res.body) {
          let piece = chunk as Buffer;
          bytes += piece.length;
          if (bytes > LIST_PAGE_BYTE_LIMIT) {
            res.body.destroy();
            throw http.invalid(`ListObjectsV2 page larger than ${LIST_PAGE_BYTE_LIMIT} bytes`, res);
          }
          const cut = awaitingToken ? piece.indexOf(TOKEN_END) : -1;
          if (cut >= 0) {
            // Parse up to the token, then let the next page's request leave before the rows parse.
            awaitingToken = false;
            parser.write(text.write(piece.subarray(0, cut + TOKEN_END.length)));
            piece = piece.subarray(cut + TOKEN_END.length);
            if (announced) await untilRequestSent();
          }
          parser.write(text.write(piece));
        }
        parser.write(text.end());
        const r = parser.close();
        return { folders: r.folders, objects: r.objects, nextCursor: r.isTruncated ? r.nextContinuationToken : undefined };
      } catch (e) {
        if (e instanceof XmlSyntaxError) throw http.invalid(`ListObjectsV2: ${e.message}`, res, e);
        throw e;
      }
    });
  };

  return {
    provider: 'oss',

    async listBuckets(signal) {
      const all = [];
      let marker = '';
      for (;;) {
        const query: Record<string, string> = { 'max-keys': '1000' };
        if (marker) query.marker = marker;
        const page = await http.send({ method: 'GET', query, signal }, (res) => http.parseBody(res, parseListBuckets));
        all.push(...page.buckets);
        if (!page.isTruncated || !page.nextMarker || page.nextMarker === marker) return all;
        marker = page.nextMarker;
      }
    },

    listObjects: (input) => listObjects(input),
    // The token precedes the entries, so the next page is requested while this one parses.
    listAll: (input) => listAllPrefetching('oss', listObjects, input),
    head,
    headBucket: (bucket, signal) => headBucket(http, bucket, signal),

    // OSS names the code of a HEAD error in x-oss-err; only a 404 without it (NotFound) is ambiguous.
    objectType: (bucket, key, signal) => objectTypeOf(http, 'x-oss-', hasLink, (e) => e.code === 'NotFound', bucket, key, signal),

    get: (input) => getObject(http, input),
    getInto: (input, sink) => getObjectInto(http, input, sink),
    put: (input) => putObject(http, 'x-oss-', input),
    delete: (bucket, key, signal) => deleteObject(http, bucket, key, signal),

    async deleteMany(bucket, keys, signal) {
      const result = { deleted: [] as string[], failed: [] as { key: string; code: string; message: string }[] };
      for (const batch of chunked(keys, DELETE_BATCH)) {
        // With encoding-type=url OSS reads each body Key percent-encoded (EC 0016-00000614). Raw
        // keys would not survive XML: parsers turn CR into LF, and \v or \f are not XML at all.
        const xml = `<?xml version="1.0" encoding="UTF-8"?><Delete><Quiet>false</Quiet>${batch.map((k) => `<Object><Key>${uriEncode(k)}</Key></Object>`).join('')}</Delete>`;
        const body = Buffer.from(xml, 'utf8');
        const headers = {
          'content-type': 'application/xml',
          'content-length': String(body.length),
          'content-md5': createHash('md5').update(body).digest('base64'),
        };
        const r = await http.send({ method: 'POST', bucket, query: { delete: '', 'encoding-type': 'url' }, headers, body, signal }, (res) => http.parseBody(res, parseDeleteResult));
        result.deleted.push(...r.deleted);
        result.failed.push(...r.failed);
      }
      return result;
    },

    async copy(input) {
      const headers: Record<string, string> = { 'x-oss-copy-source': `/${input.sourceBucket}/${uriEncodePath(input.sourceKey)}`, ...copyAttributeHeaders('x-oss-', input) };
      return http.send({ method: 'PUT', bucket: input.bucket, key: input.key, headers, signal: input.signal }, (res) => http.parseBody(res, parseCopyResult));
    },

    copyMultipart: (input) => ossCopyMultipart(http, input),

    presign({ bucket, key, expiresSeconds, query: extra }) {
      const now = http.clock.now();
      const signable = { method: 'GET', bucket, key, query: { ...extra }, headers: {} };
      const creds = credentialsOf(config);
      const query =
        config.signatureVersion === 'v1'
          ? presignOssV1(signable, creds, Math.floor(now.getTime() / 1000) + expiresSeconds).query
          : presignOssV4(signable, creds, now, expiresSeconds, { region: config.region.replace(/^oss-/, '') }).query;
      return targetUrl(resolveTarget(config, bucket, key), buildQueryString(query));
    },

    async putSymlink(input) {
      if (input.targetBucket !== undefined && input.targetBucket !== input.bucket) {
        throw new StorageError({ code: 'InvalidArgument', status: 0, provider: 'oss', message: 'OSS links cannot point into another bucket' });
      }
      const headers: Record<string, string> = {
        'x-oss-symlink-target': uriEncodePath(input.target),
        ...metaToHeaders(input.meta, 'x-oss-meta-'),
      };
      if (input.forbidOverwrite) headers['x-oss-forbid-overwrite'] = 'true';
      if (input.storageClass) headers['x-oss-storage-class'] = input.storageClass;
      if (input.acl) headers['x-oss-object-acl'] = input.acl;
      return sendForEtag(http, { method: 'PUT', bucket: input.bucket, key: input.key, query: { symlink: '' }, headers, signal: input.signal });
    },

    getSymlink,

    objectAcl: (bucket, key, signal) =>
      http.send({ method: 'GET', bucket, key, query: { acl: '' }, signal }, async (res) => {
        const grant = await http.parseBody(res, parseObjectAcl);
        const acl = cannedAcl(grant);
        if (acl === undefined) throw http.invalid(`GetObjectAcl answered an unknown grant "${grant.slice(0, 40)}"`, res);
        return acl;
      }),

    ...ossMultipart(http),
  };
}
