// OSS Signature V1 (header `OSS ak:sig` and presigned `OSSAccessKeyId/Expires/Signature`).
import { forbidden } from '../errors';
import { hasQuery, queryParam, type AuthTarget, type EmuRequest, type QueryPair } from '../http-types';
import { SKEW_LIMIT_MS, hmac, safeEqual } from '../sign-util';

/** Query keys that V1 signs as sub-resources (requiredSignedParametersMap in the Go SDK). */
export const V1_SUB_RESOURCES = new Set([
  'acl', 'bucketInfo', 'location', 'stat', 'delete', 'append', 'tagging', 'objectMeta', 'uploads', 'uploadId',
  'partNumber', 'security-token', 'position', 'response-content-type', 'response-content-language', 'response-expires',
  'response-cache-control', 'response-content-disposition', 'response-content-encoding', 'restore', 'callback',
  'callback-var', 'versions', 'versioning', 'versionId', 'sequential', 'continuation-token', 'regionList', 'cloudboxes',
  'symlink',
]);
const PRESIGN_PARAMS = new Set(['OSSAccessKeyId', 'Expires', 'Signature']);

export interface V1Input {
  method: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The Date line: Date header, or Expires for presigned URLs. */
  date: string;
  bucket?: string;
  key?: string;
  query: QueryPair[];
  /** Which query keys are signed; defaults to the standard sub-resource rule. */
  isSigned?: (key: string) => boolean;
}

const standardSigned = (k: string): boolean => V1_SUB_RESOURCES.has(k) || k.startsWith('x-oss-');

export function v1CanonicalResource(input: V1Input): string {
  const isSigned = input.isSigned ?? standardSigned;
  let resource = input.bucket === undefined ? '/' : `/${input.bucket}/${input.key ?? ''}`;
  const params = input.query.filter((p) => !PRESIGN_PARAMS.has(p.key) && isSigned(p.key));
  params.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (params.length) resource += '?' + params.map((p) => (p.value === '' ? p.key : `${p.key}=${p.value}`)).join('&');
  return resource;
}

export function v1StringToSign(input: V1Input): string {
  const h = input.headers;
  const ossHeaders = Object.keys(h)
    .filter((k) => k.startsWith('x-oss-'))
    .sort()
    .map((k) => `${k}:${h[k]!.trim()}\n`)
    .join('');
  return `${input.method}\n${h['content-md5'] ?? ''}\n${h['content-type'] ?? ''}\n${input.date}\n${ossHeaders}${v1CanonicalResource(input)}`;
}

export function v1Signature(secret: string, stringToSign: string): string {
  return hmac(secret, stringToSign, 'sha1').toString('base64');
}

export function isV1Request(req: EmuRequest): boolean {
  return (req.headers.authorization ?? '').startsWith('OSS ') || (hasQuery(req, 'OSSAccessKeyId') && hasQuery(req, 'Signature'));
}

export function verifyV1(req: EmuRequest, t: AuthTarget): void {
  const header = req.headers.authorization;
  const presigned = !header;
  let ak: string;
  let signature: string;
  let dates: string[];
  if (header) {
    const m = /^OSS ([^:]+):(.+)$/.exec(header);
    if (!m) throw forbidden('InvalidArgument', 'Authorization header is invalid.');
    ak = m[1]!;
    signature = m[2]!;
    // ali-oss signs x-oss-date in the Date line and sends no Date header; accept either.
    dates = [req.headers.date, req.headers['x-oss-date']].filter((d): d is string => d !== undefined);
    if (!dates.length) throw forbidden('AccessDenied', 'Date header is required.');
  } else {
    ak = queryParam(req, 'OSSAccessKeyId') ?? '';
    signature = queryParam(req, 'Signature') ?? '';
    dates = [queryParam(req, 'Expires') ?? ''];
  }
  if (ak !== t.creds.accessKeyId) throw forbidden('InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.');
  if (presigned) {
    const expires = Number(dates[0]);
    if (!Number.isFinite(expires) || expires * 1000 < t.now) throw forbidden('AccessDenied', 'Request has expired.');
  } else {
    const when = Date.parse(req.headers['x-oss-date'] ?? req.headers.date ?? '');
    if (Number.isNaN(when)) throw forbidden('AccessDenied', 'Invalid date format.');
    if (Math.abs(when - t.now) > SKEW_LIMIT_MS) {
      throw forbidden('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
    }
  }
  // Only the standard sub-resources are signed: the real service rejects a signature computed
  // over list-type, max-keys, prefix and the like (protocol-notes.md, Go SDK v2 signer/v1.go).
  const modes = [standardSigned];
  let first = '';
  for (const date of dates) {
    for (const isSigned of modes) {
      const sts = v1StringToSign({ method: req.method, headers: req.headers, date, bucket: t.bucket, key: t.key, query: req.query, isSigned });
      first ||= sts;
      if (safeEqual(v1Signature(t.creds.accessKeySecret, sts), signature)) return;
    }
  }
  throw forbidden('SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided. StringToSign: ${JSON.stringify(first)}`);
}
