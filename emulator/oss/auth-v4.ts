// OSS Signature V4 (`OSS4-HMAC-SHA256`), header and presigned forms.
import { badRequest, forbidden } from '../errors';
import { hasQuery, queryParam, type AuthTarget, type EmuRequest, type QueryPair } from '../http-types';
import { SKEW_LIMIT_MS, hmac, parseIsoBasic, safeEqual, sha256Hex, uriEncode, uriEncodeExceptSlash } from '../sign-util';

export const V4_ALGORITHM = 'OSS4-HMAC-SHA256';

export interface V4Input {
  method: string;
  bucket?: string;
  key?: string;
  /** Decoded query pairs, x-oss-signature excluded. */
  query: QueryPair[];
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Lower-case, sorted, already filtered additional header names. */
  additionalHeaders: string[];
  /** 'bare': empty values written as bare keys (Go SDK); 'wire': as the client sent them (ali-oss qs). */
  emptyValues?: 'bare' | 'wire';
}

export function v4CanonicalUri(bucket: string | undefined, key: string | undefined): string {
  return uriEncodeExceptSlash(`/${bucket === undefined ? '' : `${bucket}/`}${key ?? ''}`);
}

export function v4CanonicalQuery(query: QueryPair[], emptyValues: 'bare' | 'wire' = 'bare'): string {
  const items = query.map((p) => ({ k: uriEncode(p.key), v: uriEncode(p.value), bare: emptyValues === 'bare' ? p.value === '' : p.bare }));
  items.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return items.map((i) => (i.bare ? i.k : `${i.k}=${i.v}`)).join('&');
}

/** Additional headers as the signer normalises them: lower-case, present, not default-signed, sorted. */
export function fixAdditionalHeaders(names: string[], headers: Record<string, string>): string[] {
  const lower = [...new Set(names.map((n) => n.toLowerCase()))];
  return lower.filter((n) => n in headers && !isDefaultSigned(n)).sort();
}

function isDefaultSigned(name: string): boolean {
  return name === 'content-type' || name === 'content-md5' || name.startsWith('x-oss-');
}

export function v4CanonicalRequest(input: V4Input): string {
  const h = input.headers;
  const names = new Set(input.additionalHeaders);
  for (const n of Object.keys(h)) if (isDefaultSigned(n)) names.add(n);
  const canonicalHeaders = [...names]
    .sort()
    .map((n) => `${n}:${(h[n] ?? '').trim()}\n`)
    .join('');
  return [
    input.method,
    v4CanonicalUri(input.bucket, input.key),
    v4CanonicalQuery(input.query, input.emptyValues),
    canonicalHeaders,
    input.additionalHeaders.join(';'),
    h['x-oss-content-sha256'] ?? 'UNSIGNED-PAYLOAD',
  ].join('\n');
}

export function v4StringToSign(datetime: string, scope: string, canonicalRequest: string): string {
  return `${V4_ALGORITHM}\n${datetime}\n${scope}\n${sha256Hex(canonicalRequest)}`;
}

export function v4Signature(secret: string, date: string, region: string, product: string, stringToSign: string): string {
  let key = hmac(`aliyun_v4${secret}`, date, 'sha256');
  key = hmac(key, region, 'sha256');
  key = hmac(key, product, 'sha256');
  key = hmac(key, 'aliyun_v4_request', 'sha256');
  return hmac(key, stringToSign, 'sha256').toString('hex');
}

export function isV4Request(req: EmuRequest): boolean {
  return (req.headers.authorization ?? '').startsWith(`${V4_ALGORITHM} `) || hasQuery(req, 'x-oss-signature-version');
}

interface V4Parts {
  credential: string;
  additional: string[];
  signature: string;
  datetime: string;
  presigned: boolean;
  expires?: number;
}

function parseV4(req: EmuRequest): V4Parts {
  const header = req.headers.authorization;
  if (header) {
    const fields = new Map<string, string>();
    for (const part of header.slice(V4_ALGORITHM.length + 1).split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    return {
      credential: fields.get('Credential') ?? '',
      additional: (fields.get('AdditionalHeaders') ?? '').split(';').filter(Boolean),
      signature: fields.get('Signature') ?? '',
      datetime: req.headers['x-oss-date'] ?? '',
      presigned: false,
    };
  }
  if (queryParam(req, 'x-oss-signature-version') !== V4_ALGORITHM) throw forbidden('AccessDenied', 'Unsupported signature version.');
  return {
    credential: queryParam(req, 'x-oss-credential') ?? '',
    additional: (queryParam(req, 'x-oss-additional-headers') ?? '').split(';').filter(Boolean),
    signature: queryParam(req, 'x-oss-signature') ?? '',
    datetime: queryParam(req, 'x-oss-date') ?? '',
    presigned: true,
    expires: Number(queryParam(req, 'x-oss-expires') ?? 'NaN'),
  };
}

const V4_MAX_EXPIRES = 604_800;

export function verifyV4(req: EmuRequest, t: AuthTarget): void {
  const p = parseV4(req);
  const [ak, date, region, product, terminator] = p.credential.split('/');
  if (ak !== t.creds.accessKeyId) throw forbidden('InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.');
  const when = parseIsoBasic(p.datetime);
  if (Number.isNaN(when)) throw forbidden('AccessDenied', 'x-oss-date is missing or invalid.');
  if (!date || p.datetime.slice(0, 8) !== date || terminator !== 'aliyun_v4_request' || !product) {
    throw forbidden('SignatureDoesNotMatch', 'Invalid credential scope.');
  }
  if (region !== t.region) throw forbidden('SignatureDoesNotMatch', `Invalid signing region "${region}": this endpoint is "${t.region}".`);
  if (when - t.now > SKEW_LIMIT_MS || (!p.presigned && t.now - when > SKEW_LIMIT_MS)) {
    throw forbidden('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  }
  // x-oss-expires may be at most 604800 s (7 days): OSS error EC 0002-00000232,
  // https://help.aliyun.com/zh/oss/user-guide/0002-00000232 (a past expiry is "expired" below).
  if (p.presigned && (p.expires ?? 0) > V4_MAX_EXPIRES) {
    throw badRequest('InvalidArgument', 'x-oss-expires must be between 1 and 604800 seconds (EC 0002-00000232).');
  }
  if (p.presigned && !(Number.isFinite(p.expires) && when + (p.expires ?? 0) * 1000 >= t.now)) {
    throw forbidden('AccessDenied', 'Request has expired.');
  }
  const scope = `${date}/${region}/${product}/aliyun_v4_request`;
  const query = req.query.filter((q) => q.key !== 'x-oss-signature');
  const additionalHeaders = fixAdditionalHeaders(p.additional, req.headers);
  // An empty value is signed as the bare key, whatever the wire form (OSS V4 doc; Go SDK v2
  // signer/v4.go, ali-oss): a signature over `key=` is refused as the service refuses it.
  const cr = v4CanonicalRequest({ method: req.method, bucket: t.bucket, key: t.key, query, headers: req.headers, additionalHeaders, emptyValues: 'bare' });
  const expected = v4Signature(t.creds.accessKeySecret, date, region, product, v4StringToSign(p.datetime, scope, cr));
  if (safeEqual(expected, p.signature)) return;
  throw forbidden('SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided. CanonicalRequest: ${JSON.stringify(cr)}`);
}
