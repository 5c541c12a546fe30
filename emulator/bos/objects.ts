// BOS object API: Put/Get/Head/Delete/Copy, object ACL and DeleteMultipleObjects (JSON).
import { badRequest } from '../errors';
import { type EmuResponse } from '../http-types';
import { strictDecode } from '../decode';
import { copiedRecord, forbidOverwrite, responseOverrides, serveObject } from '../dialect';
import { checkAnonymousRead, checkAnonymousWrite, checkForbidOverwrite, requireBucket, requireObject, validateKey } from '../object-ops';
import { receiveObject } from '../uploads';
import { aclJson } from './buckets';
import {
  BOS_DIALECT, bosEtag, emptyResponse, isoSeconds, jsonResponse, parseAcl, parseJson, type BosCtx,
} from './common';

export async function putObject(c: BosCtx): Promise<EmuResponse> {
  const { rec, checksums } = await receiveObject(BOS_DIALECT, c);
  return emptyResponse(200, { etag: bosEtag(rec.etag), ...checksums });
}

export function getOrHeadObject(c: BosCtx): EmuResponse {
  return serveObject(BOS_DIALECT, c, responseOverrides(c.req, 'bos'));
}

/** Acts on the key itself (a link, never its target). */
export function deleteObject(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousWrite(c.anonymous, b);
  requireObject(b, c.key!);
  c.store.deleteObject(b.name, c.key!);
  return emptyResponse(204);
}

/** `x-bce-copy-source: /bucket/key` (percent-encoded); BOS has no bucket-less form. */
export function parseBosCopySource(raw: string): { bucket: string; key: string } {
  const path = strictDecode(raw).replace(/^\//, '');
  const slash = path.indexOf('/');
  if (slash <= 0) throw badRequest('InvalidArgument', 'x-bce-copy-source must be /bucket/key.');
  const key = path.slice(slash + 1);
  validateKey(key);
  return { bucket: path.slice(0, slash), key };
}

export function copyObject(c: BosCtx): EmuResponse {
  const dest = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousWrite(c.anonymous, dest);
  const { bucket: srcName, key: srcKey } = parseBosCopySource(c.req.headers['x-bce-copy-source']!);
  const srcBucket = requireBucket(c.store, srcName, 'bos');
  const source = requireObject(srcBucket, srcKey);
  checkAnonymousRead(c.anonymous, srcBucket, source);
  checkForbidOverwrite(dest, c.key!, forbidOverwrite(BOS_DIALECT, c.req));
  const rec = copiedRecord(BOS_DIALECT, c.req, dest, c.key!, source);
  c.store.putObject(dest.name, rec);
  return jsonResponse({ lastModified: isoSeconds(rec.lastModified), eTag: rec.etag }, 200, { etag: bosEtag(rec.etag) });
}

export function getObjectAcl(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  const obj = requireObject(b, c.key!);
  checkAnonymousRead(c.anonymous, b, obj);
  return jsonResponse(aclJson(obj.acl === 'default' ? b.acl : obj.acl));
}

export function putObjectAcl(c: BosCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousWrite(c.anonymous, b);
  const obj = requireObject(b, c.key!);
  c.store.putObject(b.name, { ...obj, acl: parseAcl(c.req.headers['x-bce-acl'], obj.acl) });
  return emptyResponse(200);
}

/** POST /bucket?delete with `{"objects":[{"key":"..."}]}`; answers only the failures. */
export async function deleteMultiple(c: BosCtx): Promise<EmuResponse> {
  const b = requireBucket(c.store, c.bucket, 'bos');
  checkAnonymousWrite(c.anonymous, b);
  const parsed = parseJson(await c.req.body.bytes()) as { objects?: unknown };
  const list = parsed && typeof parsed === 'object' ? parsed.objects : undefined;
  if (!Array.isArray(list) || list.length === 0 || list.length > 1000) {
    throw badRequest('MalformedJSON', 'Expected {"objects":[{"key":"..."}]} with 1 to 1000 entries.');
  }
  const errors: { key: string; code: string; message: string }[] = [];
  for (const item of list as unknown[]) {
    const key = item && typeof item === 'object' ? (item as { key?: unknown }).key : undefined;
    if (typeof key !== 'string' || key === '') throw badRequest('MalformedJSON', 'Every object needs a string key.');
    validateKey(key);
    if (!c.store.deleteObject(b.name, key)) errors.push({ key, code: 'NoSuchKey', message: 'The specified key does not exist.' });
  }
  return errors.length ? jsonResponse({ errors }) : emptyResponse(200);
}
