// StorageClient for Baidu BOS: bce-auth-v1, JSON listings (rows are 'object': BOS listings carry
// no type; the links module detects links with objectType/getSymlink).
import { metaFromHeaders, metaToHeaders, withMeta } from '../common-headers';
import { copyAttributeHeaders, deleteObject, getObject, getObjectInto, headBucket, headObject, objectTypeOf, probeAnswer, putObject, sendForEtag } from '../object-ops';
import { buildQueryString, decodeTargetHeader, uriEncodePath } from '../encoding';
import { type StorageError } from '../errors';
import { resolveTarget, targetUrl } from '../endpoints';
import { StringDecoder } from 'node:string_decoder';
import { LIST_PAGE_BYTE_LIMIT, chunked, listAllPrefetching, untilRequestSent, pageSize } from '../list-helpers';
import { earlyMarkerScanner, tailMarker } from './early-marker';
import { type ClientDeps, type RequestSigner, createRequester } from '../requester';
import { credentialsOf, isoSeconds } from '../signing-common';
import { type TransportResponse } from '../transport';
import { type ClientConfig, type DeleteManyResult, type ListObjectsInput, type ListObjectsPage, type StorageClient, type SymlinkInfo } from '../types';
import { parseBosError } from './errors';
import { bosCopyMultipart } from './multipart-copy';
import { parseBosCopyResult, parseBosDeleteResult, parseBosListBuckets, parseBosListObjects, parseBosObjectAcl } from './parse';
import { presignBce, signBce } from './sign';
import { bosMultipart } from './multipart';

const DELETE_BATCH = 1000;

const isAmbiguousBosHeadError = (e: StorageError): boolean => (e.status === 404 || e.status === 400) && e.code !== 'NoSuchKey' && e.code !== 'NoSuchBucket';

function bosSigner(config: ClientConfig): RequestSigner {
  const creds = credentialsOf(config);
  return (req, now) => {
    const headers: Record<string, string> = { ...req.headers, 'x-bce-date': isoSeconds(now) };
    // STS: the token header is set before canonicalisation, so it is signed (bce-sdk-go).
    if (creds.securityToken) headers['x-bce-security-token'] = creds.securityToken;
    const { authorization } = signBce({ method: req.method, path: req.target.path, query: req.query, headers }, creds, now);
    return { ...headers, authorization };
  };
}

export function createBosClient(config: ClientConfig, deps: ClientDeps = {}): StorageClient {
  const http = createRequester(config, bosSigner(config), parseBosError, deps);
  const parsed = <T>(parse: (text: string) => T) => (res: Parameters<typeof http.parseBody>[0]) => http.parseBody(res, parse);

  const head = (bucket: string, key: string, signal?: AbortSignal) => headObject(http, 'x-bce-', bucket, key, signal);

  const symlinkRequest = (bucket: string, key: string, signal?: AbortSignal) => ({ method: 'GET', bucket, key, query: { symlink: '' }, signal });
  const symlinkOf = async (res: TransportResponse): Promise<SymlinkInfo> => {
    const h = await http.headersOf(res);
    const raw = h['x-bce-symlink-target'];
    if (raw === undefined || raw === '') throw http.invalid('GetSymlink answer without x-bce-symlink-target', res);
    const target = decodeTargetHeader(raw);
    const targetBucket = h['x-bce-symlink-bucket'];
    return withMeta(targetBucket ? { target, targetBucket } : { target }, metaFromHeaders(h, 'x-bce-meta-'));
  };
  const getSymlink: StorageClient['getSymlink'] = (bucket, key, signal) => http.send(symlinkRequest(bucket, key, signal), symlinkOf);
  const hasLink = (bucket: string, key: string, signal?: AbortSignal): Promise<boolean> =>
    http.send(symlinkRequest(bucket, key, signal), async (res) => Boolean(await symlinkOf(res)), probeAnswer(false)).catch(() => false);

  const listObjects = (input: ListObjectsInput, onNextCursor?: (cursor: string) => void): Promise<ListObjectsPage> => {
    const query: Record<string, string> = { maxKeys: String(pageSize(input.maxKeys)) };
    if (input.prefix) query.prefix = input.prefix;
    if (input.delimiter) query.delimiter = input.delimiter;
    // BOS pages with the marker alone: a listing opened at a key starts from that key.
    const marker = input.cursor ?? input.startAfter;
    if (marker) query.marker = marker;
    return http.send({ method: 'GET', bucket: input.bucket, query, signal: input.signal }, async (res) => {
      // The body is read as it arrives so that a nextMarker ahead of the entries starts the next page early.
      let announced = false;
      const scanner = earlyMarkerScanner((marker) => {
        announced = true;
        onNextCursor?.(marker);
      });
      const decoder = new StringDecoder('utf8');
      const parts: string[] = [];
      let bytes = 0;
      for await (const chunk of res.body) {
        bytes += (chunk as Buffer).length;
        if (bytes > LIST_PAGE_BYTE_LIMIT) {
          res.body.destroy();
          throw http.invalid(`ListObjects page larger than ${LIST_PAGE_BYTE_LIMIT} bytes`, res);
        }
        const text = decoder.write(chunk as Buffer);
        scanner.push(text);
        parts.push(text);
      }
      parts.push(decoder.end());
      const body = parts.join('');
      const tail = onNextCursor && !announced ? tailMarker(body) : undefined;
      if (tail !== undefined) {
        onNextCursor?.(tail);
        await untilRequestSent(); // the next page's request leaves before this one is parsed
      }
      const r = http.parseText(body, res, parseBosListObjects);
      return { folders: r.folders, objects: r.objects, nextCursor: r.nextMarker };
    });
  };

  return {
    provider: 'bos',
    listBuckets: (signal) => http.send({ method: 'GET', signal }, parsed(parseBosListBuckets)),
    listObjects: (input) => listObjects(input),
    listAll: (input) => listAllPrefetching('bos', listObjects, input),
    head,
    headBucket: (bucket, signal) => headBucket(http, bucket, signal),

    // BOS HEAD errors carry no body: any 404/400 that is not plainly a missing key may be a link.
    objectType: (bucket, key, signal) => objectTypeOf(http, 'x-bce-', hasLink, isAmbiguousBosHeadError, bucket, key, signal),

    get: (input) => getObject(http, input),
    getInto: (input, sink) => getObjectInto(http, input, sink),
    put: (input) => putObject(http, 'x-bce-', { ...input, storageClass: input.storageClass?.toUpperCase() }),
    delete: (bucket, key, signal) => deleteObject(http, bucket, key, signal),

    async deleteMany(bucket, keys, signal) {
      const result: DeleteManyResult = { deleted: [], failed: [] };
      for (const batch of chunked(keys, DELETE_BATCH)) {
        const body = Buffer.from(JSON.stringify({ objects: batch.map((key) => ({ key })) }), 'utf8');
        const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) };
        const r = await http.send({ method: 'POST', bucket, query: { delete: '' }, headers, body, signal }, parsed((text) => parseBosDeleteResult(text, batch)));
        // A retried batch finds keys the first attempt already deleted: NoSuchKey means "gone", as asked.
        const gone = r.failed.filter((f) => f.code === 'NoSuchKey').map((f) => f.key);
        result.deleted.push(...r.deleted, ...gone);
        result.failed.push(...r.failed.filter((f) => f.code !== 'NoSuchKey'));
      }
      return result;
    },

    copy: (input) => {
      const headers: Record<string, string> = { 'x-bce-copy-source': uriEncodePath(`/${input.sourceBucket}/${input.sourceKey}`), ...copyAttributeHeaders('x-bce-', input) };
      return http.send({ method: 'PUT', bucket: input.bucket, key: input.key, headers, signal: input.signal }, parsed(parseBosCopyResult));
    },

    copyMultipart: (input) => bosCopyMultipart(http, input),

    presign({ bucket, key, expiresSeconds, query: extra }) {
      const target = resolveTarget(config, bucket, key);
      const creds = credentialsOf(config);
      // STS: a URL carries no headers, so the token travels (signed) in the query.
      const tokenQuery: Record<string, string> = creds.securityToken ? { ...extra, 'x-bce-security-token': creds.securityToken } : { ...extra };
      const query = presignBce({ method: 'GET', path: target.path, query: tokenQuery, headers: { host: target.host } }, creds, http.clock.now(), expiresSeconds);
      return targetUrl(target, buildQueryString(query));
    },

    async putSymlink(input) {
      const headers: Record<string, string> = {
        'x-bce-symlink-target': uriEncodePath(input.target),
        ...metaToHeaders(input.meta, 'x-bce-meta-'),
      };
      if (input.targetBucket) headers['x-bce-symlink-bucket'] = input.targetBucket;
      if (input.forbidOverwrite !== undefined) headers['x-bce-forbid-overwrite'] = String(input.forbidOverwrite);
      if (input.storageClass) headers['x-bce-storage-class'] = input.storageClass.toUpperCase();
      if (input.acl && input.acl !== 'default') headers['x-bce-acl'] = input.acl;
      return sendForEtag(http, { method: 'PUT', bucket: input.bucket, key: input.key, query: { symlink: '' }, headers, signal: input.signal });
    },

    getSymlink,
    objectAcl: (bucket, key, signal) => http.send({ method: 'GET', bucket, key, query: { acl: '' }, signal }, parsed(parseBosObjectAcl)),
    ...bosMultipart(http),
  };
}
