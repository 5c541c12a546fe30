// OSS PutSymlink / GetSymlink.
import { badRequest } from '../errors';
import type { EmuResponse } from '../http-types';
import { checkAnonymousRead, checkAnonymousWrite, pickMeta, requireBucket } from '../object-ops';
import { uriEncodeExceptSlash } from '../sign-util';
import { decodeTarget, getSymlink, putSymlink } from '../symlink-ops';
import { forbidOverwrite } from '../dialect';
import { OSS_DIALECT, OSS_META_LIMIT, emptyResponse, ossEtag, parseAcl, parseStorageClass, type OssCtx } from './common';

export function putOssSymlink(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousWrite(c.anonymous, b);
  if (b.storageClass === 'Archive') throw badRequest('OperationNotSupported', 'PutSymlink is not supported in an Archive bucket.');
  const target = decodeTarget(c.req.headers['x-oss-symlink-target'], 'x-oss-symlink-target');
  const rec = putSymlink(
    c.store,
    b,
    {
      key: c.key!,
      forbidOverwrite: forbidOverwrite(OSS_DIALECT, c.req),
      meta: pickMeta(c.req.headers, 'x-oss-meta-'),
      metaLimit: OSS_META_LIMIT,
      storageClass: parseStorageClass(c.req.headers['x-oss-storage-class'], b.storageClass),
      acl: parseAcl(c.req.headers['x-oss-object-acl'], 'default'),
      contentType: c.req.headers['content-type'] || 'application/octet-stream',
    },
    target,
  );
  return emptyResponse(200, { etag: ossEtag(rec.etag) });
}

export function getOssSymlink(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  const rec = getSymlink(b, c.key!);
  checkAnonymousRead(c.anonymous, b, rec);
  const headers: Record<string, string> = {
    'x-oss-symlink-target': uriEncodeExceptSlash(rec.symlinkTarget ?? ''),
    etag: ossEtag(rec.etag),
    'last-modified': new Date(rec.lastModified).toUTCString(),
    'content-type': rec.contentType,
  };
  for (const [k, v] of Object.entries(rec.meta)) headers[`x-oss-meta-${k}`] = v;
  return emptyResponse(200, headers);
}
