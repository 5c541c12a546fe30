// OSS service and bucket API: ListBuckets, Put/Delete/Head bucket, info, location, ACL.
import { badRequest, conflict } from '../errors';
import type { EmuResponse } from '../http-types';
import { requireBucket } from '../object-ops';
import { deleteEmptyBucket, headBucket as headProviderBucket, providerBuckets, requireSigned, updateBucketAcl } from '../shared-handlers';
import { emptyResponse, isoDate, ownerXml, parseAcl, parseStorageClass, xmlResponse, type OssCtx } from './common';
import { childText, el, parseXml } from './xml';

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function validateBucketName(name: string): void {
  if (!BUCKET_NAME.test(name)) throw badRequest('InvalidBucketName', 'The specified bucket is not valid.');
}

export function listBuckets(c: OssCtx): EmuResponse {
  const buckets = providerBuckets(c, 'oss')
    .map(
      (b) =>
        `<Bucket>${el('CreationDate', isoDate(b.created))}${el('ExtranetEndpoint', `oss-${c.region}.aliyuncs.com`)}` +
        `${el('IntranetEndpoint', `oss-${c.region}-internal.aliyuncs.com`)}${el('Location', `oss-${c.region}`)}` +
        `${el('Name', b.name)}${el('Region', c.region)}${el('StorageClass', b.storageClass)}</Bucket>`,
    )
    .join('');
  return xmlResponse(`<ListAllMyBucketsResult>${ownerXml()}<Buckets>${buckets}</Buckets></ListAllMyBucketsResult>`);
}

export async function putBucket(c: OssCtx): Promise<EmuResponse> {
  requireSigned(c);
  const name = c.bucket!;
  validateBucketName(name);
  const existing = c.store.bucket(name);
  if (existing) {
    if (existing.provider === 'oss') return emptyResponse(200); // idempotent for the owner
    throw conflict('BucketAlreadyExists', 'The requested bucket name is not available.');
  }
  let bodyClass: string | undefined;
  const body = await c.req.body.bytes();
  if (body.length) bodyClass = childText(parseXml(body), 'StorageClass');
  const storageClass = parseStorageClass(c.req.headers['x-oss-storage-class'] ?? bodyClass, 'Standard');
  const acl = parseAcl(c.req.headers['x-oss-acl'], 'private');
  c.store.createBucket({ name, provider: 'oss', storageClass, acl: acl === 'default' ? 'private' : acl });
  return emptyResponse(200, { location: `/${name}` });
}

export const deleteBucket = (c: OssCtx): EmuResponse => deleteEmptyBucket(c, 'oss', 204);

export const headBucket = (c: OssCtx): EmuResponse => headProviderBucket(c, 'oss');

export function getBucketInfo(c: OssCtx): EmuResponse {
  requireSigned(c);
  const b = requireBucket(c.store, c.bucket, 'oss');
  return xmlResponse(
    `<BucketInfo><Bucket>${el('CreationDate', isoDate(b.created))}${el('ExtranetEndpoint', `oss-${c.region}.aliyuncs.com`)}` +
      `${el('IntranetEndpoint', `oss-${c.region}-internal.aliyuncs.com`)}${el('Location', `oss-${c.region}`)}` +
      `${el('Name', b.name)}${el('Region', c.region)}${el('StorageClass', b.storageClass)}${ownerXml()}` +
      `<AccessControlList>${el('Grant', b.acl)}</AccessControlList></Bucket></BucketInfo>`,
  );
}

export function getBucketLocation(c: OssCtx): EmuResponse {
  requireSigned(c);
  requireBucket(c.store, c.bucket, 'oss');
  return xmlResponse(el('LocationConstraint', `oss-${c.region}`));
}

export function getBucketAcl(c: OssCtx): EmuResponse {
  requireSigned(c);
  const b = requireBucket(c.store, c.bucket, 'oss');
  return xmlResponse(`<AccessControlPolicy>${ownerXml()}<AccessControlList>${el('Grant', b.acl)}</AccessControlList></AccessControlPolicy>`);
}

export function putBucketAcl(c: OssCtx): EmuResponse {
  return updateBucketAcl(c, 'oss', (current) => {
    const acl = parseAcl(c.req.headers['x-oss-acl'], current);
    return acl === 'default' ? 'private' : acl;
  });
}
