// OSS object API: Put/Get/Head/Delete/Copy, object ACL and DeleteMultipleObjects.
import crypto from 'node:crypto';
import { EmulatorError, badRequest } from '../errors';
import { queryParam, type EmuResponse } from '../http-types';
import { checkAnonymousRead, checkAnonymousWrite, checkForbidOverwrite, requireBucket, requireObject, validateKey } from '../object-ops';
import { strictDecode } from '../decode';
import { copiedRecord, forbidOverwrite, responseOverrides, serveObject } from '../dialect';
import { receiveObject } from '../uploads';
import {
  OSS_DIALECT, emptyResponse, isoDate, ossEtag, ownerXml, parseAcl, xmlResponse, type OssCtx,
} from './common';
import { childText, childrenNamed, el, parseXml } from './xml';

export async function putObject(c: OssCtx): Promise<EmuResponse> {
  const { rec, checksums } = await receiveObject(OSS_DIALECT, c);
  return emptyResponse(200, { etag: ossEtag(rec.etag), ...checksums });
}

export function getOrHeadObject(c: OssCtx): EmuResponse {
  return serveObject(OSS_DIALECT, c, responseOverrides(c.req, 'oss'));
}

/** Deleting acts on the key itself (a link, never its target); missing keys are 204 too. */
export function deleteObject(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousWrite(c.anonymous, b);
  c.store.deleteObject(b.name, c.key!);
  return emptyResponse(204);
}

export function parseCopySource(raw: string, fallbackBucket: string): { bucket: string; key: string } {
  const path = strictDecode(raw).replace(/^\//, '');
  const slash = path.indexOf('/');
  if (slash <= 0) return { bucket: fallbackBucket, key: path };
  return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}

/** Copies the source object as stored: a link is copied as a link. */
export function copyObject(c: OssCtx): EmuResponse {
  const dest = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousWrite(c.anonymous, dest);
  const src = parseCopySource(c.req.headers['x-oss-copy-source']!, dest.name);
  validateKey(src.key);
  const srcBucket = requireBucket(c.store, src.bucket, 'oss');
  const source = requireObject(srcBucket, src.key);
  checkAnonymousRead(c.anonymous, srcBucket, source);
  checkForbidOverwrite(dest, c.key!, forbidOverwrite(OSS_DIALECT, c.req));
  const rec = copiedRecord(OSS_DIALECT, c.req, dest, c.key!, source);
  c.store.putObject(dest.name, rec);
  return xmlResponse(`<CopyObjectResult>${el('ETag', ossEtag(rec.etag))}${el('LastModified', isoDate(rec.lastModified))}</CopyObjectResult>`);
}

export function putObjectAcl(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousWrite(c.anonymous, b);
  const obj = requireObject(b, c.key!);
  const acl = parseAcl(c.req.headers['x-oss-object-acl'], obj.acl);
  c.store.putObject(b.name, { ...obj, acl });
  return emptyResponse(200);
}

export function getObjectAcl(c: OssCtx): EmuResponse {
  const b = requireBucket(c.store, c.bucket, 'oss');
  const obj = requireObject(b, c.key!);
  checkAnonymousRead(c.anonymous, b, obj);
  return xmlResponse(`<AccessControlPolicy>${ownerXml()}<AccessControlList>${el('Grant', obj.acl)}</AccessControlList></AccessControlPolicy>`);
}

// With encoding-type=url the body's Keys are percent-encoded too, as aliyun-oss-python-sdk's
// to_batch_delete_objects_request sends them (urllib.quote); a key left unencoded (`a=b.data`)
// is rejected: https://help.aliyun.com/zh/oss/support/0016-00000614
const ENCODED_KEY = /^[A-Za-z0-9\-._~/%]+$/;

function decodeBodyKey(text: string): string {
  if (!ENCODED_KEY.test(text)) {
    const message = 'The Key of an Object in the request body must be URL-encoded when encoding-type is url.';
    throw new EmulatorError(400, 'InvalidArgument', message, { 'x-oss-ec': '0016-00000614' });
  }
  return strictDecode(text);
}

/** POST /?delete with `<Delete><Quiet/><Object><Key/></Object>...</Delete>` and Content-MD5. */
export async function deleteMultiple(c: OssCtx): Promise<EmuResponse> {
  const b = requireBucket(c.store, c.bucket, 'oss');
  checkAnonymousWrite(c.anonymous, b);
  const md5 = c.req.headers['content-md5'];
  if (md5 === undefined) throw badRequest('MissingArgument', 'Content-MD5 is required for DeleteMultipleObjects.');
  const body = await c.req.body.bytes();
  if (md5 !== crypto.createHash('md5').update(body).digest('base64')) {
    throw badRequest('InvalidDigest', 'The Content-MD5 you specified did not match what we received.');
  }
  const root = parseXml(body);
  if (root.name !== 'Delete') throw badRequest('MalformedXML', 'The root element must be Delete.');
  const objects = childrenNamed(root, 'Object');
  if (objects.length === 0 || objects.length > 1000) throw badRequest('MalformedXML', 'Between 1 and 1000 objects may be deleted per request.');
  const urlEncoded = queryParam(c.req, 'encoding-type') === 'url';
  const keys = objects.map((o) => {
    const text = childText(o, 'Key');
    if (!text) throw badRequest('MalformedXML', 'Every Object needs a Key.');
    const k = urlEncoded ? decodeBodyKey(text) : text;
    validateKey(k);
    return k;
  });
  for (const k of keys) c.store.deleteObject(b.name, k);
  const quiet = (childText(root, 'Quiet') ?? '').trim().toLowerCase() === 'true';
  const deleted = quiet ? '' : keys.map((k) => `<Deleted>${el('Key', urlEncoded ? encodeURIComponent(k) : k)}</Deleted>`).join('');
  return xmlResponse(`<DeleteResult>${urlEncoded ? el('EncodingType', 'url') : ''}${deleted}</DeleteResult>`);
}

