// OSS ListObjects (v1, marker) and ListObjectsV2 (continuation token, start-after).
import { badRequest } from '../errors';
import { queryParam, type EmuResponse } from '../http-types';
import { compareKeys } from '../key-order';
import { listPage, type ListPage } from '../list-core';
import { checkAnonymousRead, requireBucket } from '../object-ops';
import { uriEncode } from '../sign-util';
import { isoDate, ossEtag, ownerXml, xmlResponse, type OssCtx } from './common';
import { el } from './xml';

export function parseMaxKeys(raw: string | undefined, fallback = 100): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw badRequest('InvalidArgument', 'max-keys must be an integer between 0 and 1000.');
  return n;
}

export const encodeToken = (last: string): string => Buffer.from(last, 'utf8').toString('base64url');

function decodeToken(token: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) throw badRequest('InvalidArgument', 'The continuation token is not valid.');
  return Buffer.from(token, 'base64url').toString('utf8');
}

/** One string built in a loop (no per-row template, array or join): the page's hot path. */
function entriesXml(page: ListPage, encode: (s: string) => string, withOwner: boolean): string {
  const owner = withOwner ? ownerXml() : '';
  let xml = '';
  for (const o of page.objects) {
    xml +=
      '<Contents>' + el('Key', encode(o.key)) + el('LastModified', isoDate(o.lastModified)) + el('ETag', ossEtag(o.etag)) +
      el('Type', o.objectType) + el('Size', o.size) + el('StorageClass', o.storageClass) + owner + '</Contents>';
  }
  for (const p of page.prefixes) xml += '<CommonPrefixes>' + el('Prefix', encode(p)) + '</CommonPrefixes>';
  return xml;
}

export function listObjects(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousRead(c.anonymous, b);
  const q = (name: string): string => queryParam(c.req, name) ?? '';
  const encodingType = q('encoding-type');
  if (encodingType && encodingType !== 'url') throw badRequest('InvalidArgument', 'encoding-type must be url.');
  // The service encodes every reserved byte, '/' included (Go SDK v2 mock ListObjectVersions:
  // <Delimiter>%2F</Delimiter>, <Key>demo%2F</Key>, <NextKeyMarker>demo%2FREADME-CN.md</NextKeyMarker>).
  const encode = encodingType === 'url' ? uriEncode : (s: string) => s;
  const prefix = q('prefix');
  const delimiter = q('delimiter');
  const maxKeys = parseMaxKeys(queryParam(c.req, 'max-keys'));
  const common = `${el('Name', b.name)}${el('Prefix', encode(prefix))}`;
  const encodingXml = encodingType ? el('EncodingType', 'url') : '';
  if (q('list-type') === '2') {
    const token = queryParam(c.req, 'continuation-token');
    const startAfter = q('start-after');
    const fromToken = token ? decodeToken(token) : '';
    const after = compareKeys(fromToken, startAfter) > 0 ? fromToken : startAfter;
    const page = listPage(b, { prefix, delimiter, after, maxKeys });
    const xml =
      `<ListBucketResult>${common}${startAfter ? el('StartAfter', encode(startAfter)) : ''}` +
      `${token !== undefined ? el('ContinuationToken', token) : ''}${el('MaxKeys', maxKeys)}${el('Delimiter', encode(delimiter))}` +
      `${encodingXml}${el('IsTruncated', page.truncated)}` +
      `${page.truncated ? el('NextContinuationToken', encodeToken(page.last)) : ''}` +
      `${el('KeyCount', page.objects.length + page.prefixes.length)}` +
      `${entriesXml(page, encode, q('fetch-owner') === 'true')}</ListBucketResult>`;
    return xmlResponse(xml);
  }
  const marker = q('marker');
  const page = listPage(b, { prefix, delimiter, after: marker, maxKeys });
  const xml =
    `<ListBucketResult>${common}${el('Marker', encode(marker))}${el('MaxKeys', maxKeys)}${el('Delimiter', encode(delimiter))}` +
    `${encodingXml}${el('IsTruncated', page.truncated)}${page.truncated ? el('NextMarker', encode(page.last)) : ''}` +
    `${entriesXml(page, encode, true)}</ListBucketResult>`;
  return xmlResponse(xml);
}
