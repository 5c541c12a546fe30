// OSS Signature V1 (HMAC-SHA1): header form and presigned URL form.
// Spec: shared/reference/signing-vectors.md section 1.
import { compareAsciiNames } from '../encoding';
import { type Credentials, type SignableRequest, headerValue, hmacSha1Base64, rfc1123 } from '../signing-common';

/** Query parameters V1 signs (requiredSignedParametersMap of the Go SDK v2). Others are left out. */
const SIGNED_SUB_RESOURCES = new Set([
  'acl', 'bucketInfo', 'location', 'stat', 'delete', 'append', 'tagging', 'objectMeta', 'uploads', 'uploadId',
  'partNumber', 'security-token', 'position', 'response-content-type', 'response-content-language',
  'response-expires', 'response-cache-control', 'response-content-disposition', 'response-content-encoding',
  'restore', 'callback', 'callback-var', 'versions', 'versioning', 'versionId', 'sequential', 'continuation-token',
  'regionList', 'cloudboxes', 'symlink',
]);

export interface OssV1Options {
  /** Extra query names to sign (e.g. `resourceGroup`). */
  subResources?: readonly string[];
}

function canonicalResource(req: SignableRequest, extra: readonly string[]): string {
  const path = req.bucket ? `/${req.bucket}/${req.key ?? ''}` : '/';
  const signed = Object.entries(req.query)
    .filter(([k]) => SIGNED_SUB_RESOURCES.has(k) || k.startsWith('x-oss-') || extra.includes(k))
    .sort(([a], [b]) => compareAsciiNames(a, b))
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`));
  return signed.length ? `${path}?${signed.join('&')}` : path;
}

function canonicalOssHeaders(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim()] as const)
    .filter(([k]) => k.startsWith('x-oss-'))
    .sort(([a], [b]) => compareAsciiNames(a, b))
    .map(([k, v]) => `${k}:${v}\n`)
    .join('');
}

/** StringToSign; `dateLine` is the Date header (header form) or the absolute Expires (presign). */
export function ossV1StringToSign(req: SignableRequest, dateLine: string, options: OssV1Options = {}): string {
  return [
    req.method.toUpperCase(),
    headerValue(req.headers, 'content-md5') ?? '',
    headerValue(req.headers, 'content-type') ?? '',
    dateLine,
    canonicalOssHeaders(req.headers) + canonicalResource(req, options.subResources ?? []),
  ].join('\n');
}

/** Returns the headers to send: the request's plus Date, Authorization and the STS header. */
export function signOssV1Header(
  req: SignableRequest,
  creds: Credentials,
  now: Date,
  options: OssV1Options = {},
): { headers: Record<string, string>; stringToSign: string } {
  const headers: Record<string, string> = { ...req.headers, Date: rfc1123(now) };
  if (creds.securityToken) headers['x-oss-security-token'] = creds.securityToken;
  const stringToSign = ossV1StringToSign({ ...req, headers }, headers.Date ?? '', options);
  headers.Authorization = `OSS ${creds.accessKeyId}:${hmacSha1Base64(creds.accessKeySecret, stringToSign)}`;
  return { headers, stringToSign };
}

/** Returns the full query for a presigned URL (request query + Expires, OSSAccessKeyId, Signature). */
export function presignOssV1(
  req: SignableRequest,
  creds: Credentials,
  expiresUnixSeconds: number,
  options: OssV1Options = {},
): { query: Record<string, string>; stringToSign: string } {
  const query: Record<string, string> = { ...req.query };
  // STS: the token joins the query before signing and is a signed sub-resource.
  if (creds.securityToken) query['security-token'] = creds.securityToken;
  const expires = String(expiresUnixSeconds);
  const stringToSign = ossV1StringToSign({ ...req, query }, expires, options);
  query.Expires = expires;
  query.OSSAccessKeyId = creds.accessKeyId;
  query.Signature = hmacSha1Base64(creds.accessKeySecret, stringToSign);
  return { query, stringToSign };
}
