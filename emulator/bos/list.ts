// BOS ListObjects: JSON, marker paging, maxKeys <= 1000, delimiter.
import { badRequest } from '../errors';
import { queryParam, type EmuResponse } from '../http-types';
import { listPage } from '../list-core';
import { checkAnonymousRead, requireBucket } from '../object-ops';
import { BOS_OWNER, isoSeconds, jsonResponse, type BosCtx } from './common';

export function listObjects(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousRead(c.anonymous, b);
  const prefix = queryParam(c.req, 'prefix') ?? '';
  const delimiter = queryParam(c.req, 'delimiter') ?? '';
  const marker = queryParam(c.req, 'marker') ?? '';
  const rawMax = queryParam(c.req, 'maxKeys');
  const maxKeys = rawMax === undefined || rawMax === '' ? 1000 : Number(rawMax);
  if (!Number.isInteger(maxKeys) || maxKeys < 1 || maxKeys > 1000) throw badRequest('InvalidArgument', 'maxKeys must be an integer between 1 and 1000.');
  const page = listPage(b, { prefix, delimiter, after: marker, maxKeys });
  const body: Record<string, unknown> = {
    name: b.name,
    prefix,
    delimiter,
    marker,
    maxKeys,
    isTruncated: page.truncated,
    contents: page.objects.map((o) => ({
      key: o.key,
      lastModified: isoSeconds(o.lastModified),
      eTag: o.etag,
      size: o.size,
      storageClass: o.storageClass,
      owner: BOS_OWNER,
    })),
    commonPrefixes: page.prefixes.map((p) => ({ prefix: p })),
  };
  if (page.truncated) body.nextMarker = page.last;
  return jsonResponse(body);
}
