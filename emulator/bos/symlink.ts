// BOS PutSymlink / GetSymlink, including cross-bucket links (x-bce-symlink-bucket).
import { badRequest } from '../errors';
import type { EmuResponse } from '../http-types';
import { checkAnonymousRead, checkAnonymousWrite, pickMeta, requireBucket } from '../object-ops';
import { uriEncodeExceptSlash } from '../sign-util';
import { decodeTarget, getSymlink, putSymlink } from '../symlink-ops';
import { forbidOverwrite } from '../dialect';
import { BOS_DIALECT, BOS_META_LIMIT, bosEtag, emptyResponse, parseAcl, parseStorageClass, type BosCtx } from './common';

export function putBosSymlink(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousWrite(c.anonymous, b);
  const storageClass = parseStorageClass(c.req.headers['x-bce-storage-class'], b.storageClass);
  if (storageClass === 'ARCHIVE') throw badRequest('InvalidArgument', 'A symlink cannot use the ARCHIVE storage class.');
  const target = decodeTarget(c.req.headers['x-bce-symlink-target'], 'x-bce-symlink-target');
  const targetBucket = c.req.headers['x-bce-symlink-bucket']?.trim() || undefined;
  const rec = putSymlink(
    c.store,
    b,
    {
      key: c.key!,
      targetBucket,
      forbidOverwrite: forbidOverwrite(BOS_DIALECT, c.req),
      meta: pickMeta(c.req.headers, 'x-bce-meta-'),
      metaLimit: BOS_META_LIMIT,
      storageClass,
      acl: parseAcl(c.req.headers['x-bce-acl'], 'default'),
      contentType: c.req.headers['content-type'] || 'application/octet-stream',
    },
    target,
  );
  return emptyResponse(200, { etag: bosEtag(rec.etag) });
}

export function getBosSymlink(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  const rec = getSymlink(b, c.key!);
  checkAnonymousRead(c.anonymous, b, rec);
  const headers: Record<string, string> = {
    'x-bce-symlink-target': uriEncodeExceptSlash(rec.symlinkTarget ?? ''),
    etag: bosEtag(rec.etag),
    'last-modified': new Date(rec.lastModified).toUTCString(),
  };
  if (rec.symlinkBucket) headers['x-bce-symlink-bucket'] = rec.symlinkBucket;
  // The link's own user metadata, as OSS GetSymlink answers it (its HEAD follows the link).
  for (const [k, v] of Object.entries(rec.meta)) headers[`x-bce-meta-${k}`] = v;
  return emptyResponse(200, headers);
}
