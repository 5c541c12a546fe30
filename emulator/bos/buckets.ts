// BOS service and bucket API: ListBuckets, Put/Head/Delete bucket, bucket ACL.
import { badRequest, conflict, forbidden } from '../errors';
import type { EmuResponse } from '../http-types';
import { requireBucket } from '../object-ops';
import { BOS_OWNER, emptyResponse, isoSeconds, jsonResponse, parseAcl, parseStorageClass, type BosCtx } from './common';

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

function requireSigned(c: BosCtx): void {
  if (c.anonymous) throw forbidden('AccessDenied', 'Anonymous access is forbidden for this operation.');
}

export function listBuckets(c: BosCtx): EmuResponse {
  requireSigned(c);
  const buckets = [...c.store.buckets.values()]
    .filter((b) => b.provider === 'bos')
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((b) => ({ name: b.name, location: c.region, creationDate: isoSeconds(b.created) }));
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

export function headBucket(c: BosCtx): EmuResponse {
  requireBucket(c.store, c.bucket, 'bos');
  return emptyResponse(200);
}

export function deleteBucket(c: BosCtx): EmuResponse {
  requireSigned(c);
  const b = requireBucket(c.store, c.bucket, 'bos');
  if (b.objects.size > 0) throw conflict('BucketNotEmpty', 'The bucket you tried to delete is not empty.');
  c.store.deleteBucket(b.name);
  return emptyResponse(200);
}

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
  requireSigned(c);
  const b = requireBucket(c.store, c.bucket, 'bos');
  const acl = parseAcl(c.req.headers['x-bce-acl'], b.acl);
  c.store.updateBucket(b.name, { acl });
  return emptyResponse(200);
}

export function getBucketStorageClass(c: BosCtx): EmuResponse {
  requireSigned(c);
  return jsonResponse({ storageClass: requireBucket(c.store, c.bucket, 'bos').storageClass });
}

