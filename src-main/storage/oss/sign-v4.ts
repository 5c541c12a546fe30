// OSS Signature V4 (OSS4-HMAC-SHA256): header form and presigned URL form. The OSS default.
// Spec: shared/reference/signing-vectors.md section 2.
import { buildQueryString, compareAsciiNames, uriEncodePath } from '../encoding';
import { type Credentials, type SignableRequest, hmac, isoBasic, rfc1123, sha256Hex } from '../signing-common';

const ALGORITHM = 'OSS4-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export interface OssV4Options {
  /** Region id without the `oss-` prefix, e.g. cn-hangzhou. */
  region: string;
  /** `oss` (default) or `oss-cloudbox`. */
  product?: string;
  /** Headers to sign beyond the defaults (x-oss-*, content-type, content-md5). */
  additionalHeaders?: readonly string[];
}

function isDefaultSigned(name: string): boolean {
  return name.startsWith('x-oss-') || name === 'content-type' || name === 'content-md5';
}

function lowerHeaders(headers: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(headers)) out.set(k.toLowerCase(), v.trim());
  return out;
}

/** Lower-cased, present in the request, not already default-signed, sorted, unique. */
function effectiveAdditional(headers: Map<string, string>, requested: readonly string[] = []): string[] {
  const names = new Set(requested.map((h) => h.toLowerCase()).filter((h) => headers.has(h) && !isDefaultSigned(h)));
  return [...names].sort(compareAsciiNames);
}

function canonicalUri(req: SignableRequest): string {
  return uriEncodePath(req.bucket ? `/${req.bucket}/${req.key ?? ''}` : '/');
}

export function ossV4CanonicalRequest(req: SignableRequest, additional: readonly string[]): string {
  const headers = lowerHeaders(req.headers);
  const lines = [...headers]
    .filter(([k]) => isDefaultSigned(k) || additional.includes(k))
    .sort(([a], [b]) => compareAsciiNames(a, b))
    .map(([k, v]) => `${k}:${v}\n`)
    .join('');
  return [
    req.method.toUpperCase(),
    canonicalUri(req),
    buildQueryString(req.query),
    lines,
    additional.join(';'),
    headers.get('x-oss-content-sha256') ?? UNSIGNED_PAYLOAD,
  ].join('\n');
}

function scope(stamp: string, options: OssV4Options): string {
  return `${stamp.slice(0, 8)}/${options.region}/${options.product ?? 'oss'}/aliyun_v4_request`;
}

/** The derived signing key changes once a day: kept per credentials object, not derived per request. */
const signingKeys = new WeakMap<Credentials, { scope: string; secret: string; key: Buffer }>();

function signingKey(creds: Credentials, stamp: string, options: OssV4Options): Buffer {
  const keyScope = scope(stamp, options);
  const cached = signingKeys.get(creds);
  if (cached && cached.scope === keyScope && cached.secret === creds.accessKeySecret) return cached.key;
  let key = hmac(`aliyun_v4${creds.accessKeySecret}`, stamp.slice(0, 8));
  key = hmac(key, options.region);
  key = hmac(key, options.product ?? 'oss');
  key = hmac(key, 'aliyun_v4_request');
  signingKeys.set(creds, { scope: keyScope, secret: creds.accessKeySecret, key });
  return key;
}

function signature(creds: Credentials, stamp: string, options: OssV4Options, stringToSign: string): string {
  return hmac(signingKey(creds, stamp, options), stringToSign).toString('hex');
}

function stringToSignFor(canonicalRequest: string, stamp: string, options: OssV4Options): string {
  return [ALGORITHM, stamp, scope(stamp, options), sha256Hex(canonicalRequest)].join('\n');
}

export interface OssV4Signed {
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
}

/** Header auth: adds x-oss-date, Date, x-oss-content-sha256, the STS header and Authorization. */
export function signOssV4Header(req: SignableRequest, creds: Credentials, now: Date, options: OssV4Options): OssV4Signed {
  const headers: Record<string, string> = { ...req.headers };
  const stamp = isoBasic(now);
  const present = lowerHeaders(headers);
  if (!present.has('x-oss-content-sha256')) headers['x-oss-content-sha256'] = UNSIGNED_PAYLOAD;
  headers['x-oss-date'] = stamp;
  headers.Date = rfc1123(now);
  if (creds.securityToken) headers['x-oss-security-token'] = creds.securityToken;
  const additional = options.additionalHeaders?.length ? effectiveAdditional(lowerHeaders(headers), options.additionalHeaders) : [];
  const canonicalRequest = ossV4CanonicalRequest({ ...req, headers }, additional);
  const stringToSign = stringToSignFor(canonicalRequest, stamp, options);
  const extra = additional.length ? `,AdditionalHeaders=${additional.join(';')}` : '';
  headers.Authorization =
    `${ALGORITHM} Credential=${creds.accessKeyId}/${scope(stamp, options)}${extra},` +
    `Signature=${signature(creds, stamp, options, stringToSign)}`;
  return { headers, canonicalRequest, stringToSign };
}

export interface OssV4Presigned {
  query: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
}

/** Query auth: `expiresSeconds` is relative to `now`. The returned query includes x-oss-signature. */
export function presignOssV4(
  req: SignableRequest,
  creds: Credentials,
  now: Date,
  expiresSeconds: number,
  options: OssV4Options,
): OssV4Presigned {
  const additional = effectiveAdditional(lowerHeaders(req.headers), options.additionalHeaders);
  const stamp = isoBasic(now);
  const query: Record<string, string> = {
    ...req.query,
    'x-oss-signature-version': ALGORITHM,
    'x-oss-date': stamp,
    'x-oss-expires': String(expiresSeconds),
    'x-oss-credential': `${creds.accessKeyId}/${scope(stamp, options)}`,
  };
  if (additional.length) query['x-oss-additional-headers'] = additional.join(';');
  if (creds.securityToken) query['x-oss-security-token'] = creds.securityToken;
  const canonicalRequest = ossV4CanonicalRequest({ ...req, query }, additional);
  const stringToSign = stringToSignFor(canonicalRequest, stamp, options);
  query['x-oss-signature'] = signature(creds, stamp, options, stringToSign);
  return { query, canonicalRequest, stringToSign };
}
