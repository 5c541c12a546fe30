// BOS service and bucket API: ListBuckets, Put/Head/Delete bucket, bucket ACL.
import { badRequest, conflict } from '../errors';
import type { EmuResponse } from '../http-types';
import { requireBucket } from '../object-ops';
import { deleteEmptyBucket, headBucket as headProviderBucket, providerBuckets, requireSigned, updateBucketAcl } from '../shared-handlers';
import { BOS_OWNER, emptyResponse, isoSeconds, jsonResponse, parseAcl, parseStorageClass, type BosCtx } from './common';

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function listBuckets(c: BosCtx): EmuResponse {
  const buckets = providerBuckets(c, 'bos').map((b) => ({ name: b.name, location: c.region, creationDate: isoSeconds(b.created) }));
  return jsonResponse({ owner: BOS_OWNER, buckets });
}

export function putBucket(c: BosCtx): EmuResponse {
  requireSigned(c);
  const name = c.bucket!;
  if (!BUCKET_NAME.test(name)) throw badRequest('InvalidBucketName', 'The specified bucket is not valid.');
  if (c.store.bucket(name)) throw conflict('BucketAlreadyExists', 'The requested bucket name is not available.');
  const storageClass = parseStorageClass(c.req.headers['x-bce-storage-class'], 'STANDARD');
  const acl = parseAcl(c.req.headers['x-bce-acl'], 'private');
  c.store.createBucket({ name, provider: 'bos', storageClass, acl: acl === 'default' ? 'private' : acl });
  return emptyResponse(200, { location: `/${name}` });
}

export const headBucket = (c: BosCtx): EmuResponse => headProviderBucket(c, 'bos');

export const deleteBucket = (c: BosCtx): EmuResponse => deleteEmptyBucket(c, 'bos', 200);

export function aclJson(acl: string): unknown {
  const grants: unknown[] = [{ grantee: [{ id: BOS_OWNER.id }], permission: ['FULL_CONTROL'] }];
  if (acl === 'public-read' || acl === 'public-read-write') {
    grants.push({ grantee: [{ id: '*' }], permission: acl === 'public-read' ? ['READ'] : ['READ', 'WRITE'] });
  }
  return { owner: { id: BOS_OWNER.id }, accessControlList: grants };
}

export function getBucketAcl(c: BosCtx): EmuResponse {
  requireSigned(c);
  return jsonResponse(aclJson(requireBucket(c.store, c.bucket, 'bos').acl));
}

export function putBucketAcl(c: BosCtx): EmuResponse {
  return updateBucketAcl(c, 'bos', (current) => parseAcl(c.req.headers['x-bce-acl'], current));
}

export function getBucketStorageClass(c: BosCtx): EmuResponse {
  requireSigned(c);
  return jsonResponse({ storageClass: requireBucket(c.store, c.bucket, 'bos').storageClass });
}

