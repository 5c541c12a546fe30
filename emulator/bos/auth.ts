// BOS bce-auth-v1 (Authorization header or `authorization` query parameter).
import { forbidden } from '../errors';
import { queryParam, type AuthTarget, type EmuRequest, type QueryPair } from '../http-types';
import { SKEW_LIMIT_MS, hmac, safeEqual, uriEncode } from '../sign-util';

export interface BceInput {
  method: string;
  /** Canonical URI, already encoded. */
  uri: string;
  query: QueryPair[];
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Lower-case names to sign; empty = the default set. */
  signedHeaders: string[];
  /** bce-sdk-js leaves query keys unencoded. */
  encodeQueryKeys?: boolean;
}

const DEFAULT_SIGNED = new Set(['host', 'content-length', 'content-type', 'content-md5']);

export function bceCanonicalQuery(query: QueryPair[], encodeKeys = true): string {
  return query
    .filter((p) => p.key.toLowerCase() !== 'authorization')
    .map((p) => `${encodeKeys ? uriEncode(p.key) : p.key}=${uriEncode(p.value)}`)
    .sort()
    .join('&');
}

export function bceCanonicalHeaders(headers: Record<string, string>, signedHeaders: string[]): string {
  const wanted = signedHeaders.length
    ? (n: string) => signedHeaders.includes(n)
    : (n: string) => DEFAULT_SIGNED.has(n) || n.startsWith('x-bce-');
  return Object.keys(headers)
    .filter((n) => wanted(n) && headers[n]!.trim() !== '')
    .map((n) => `${uriEncode(n)}:${uriEncode(headers[n]!.trim())}`)
    .sort()
    .join('\n');
}

export function bceCanonicalRequest(i: BceInput): string {
  return `${i.method}\n${i.uri}\n${bceCanonicalQuery(i.query, i.encodeQueryKeys ?? true)}\n${bceCanonicalHeaders(i.headers, i.signedHeaders)}`;
}

export function bceSigningKey(secret: string, authPrefix: string): string {
  return hmac(secret, authPrefix, 'sha256').toString('hex');
}

export function bceSignature(signingKey: string, canonicalRequest: string): string {
  return hmac(signingKey, canonicalRequest, 'sha256').toString('hex');
}

export function hasBceAuth(req: EmuRequest): boolean {
  return req.headers.authorization !== undefined || queryParam(req, 'authorization') !== undefined;
}

function parseTimestamp(s: string): number {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s) ? Date.parse(s) : NaN;
}

export function verifyBce(req: EmuRequest, t: AuthTarget): void {
  const auth = req.headers.authorization ?? queryParam(req, 'authorization') ?? '';
  const parts = auth.split('/');
  if (parts.length !== 6 || parts[0] !== 'bce-auth-v1') throw forbidden('AccessDenied', 'Invalid authorization string.');
  const [, ak, timestamp, expRaw, signed, signature] = parts as [string, string, string, string, string, string];
  if (ak !== t.creds.accessKeyId) throw forbidden('InvalidAccessKeyId', 'The access key ID you provided does not exist.');
  const when = parseTimestamp(timestamp);
  const exp = Number(expRaw);
  // -1 means "never expires" and no upper limit is documented: cloud.baidu.com/doc/BOS/s/Cl5jgit2o
  // ("如果要设置为永久不失效的时间,可以将expirationInSeconds参数设置为 -1,不可设置为其他负数").
  const forever = exp === -1;
  if (Number.isNaN(when) || !Number.isInteger(exp) || (exp <= 0 && !forever)) throw forbidden('AccessDenied', 'Invalid authorization timestamp or expiration.');
  if (when - t.now > SKEW_LIMIT_MS) throw forbidden('RequestTimeTooSkewed', 'The request timestamp is too far in the future.');
  if (!forever && when + exp * 1000 < t.now) throw forbidden('RequestExpired', 'The request has expired.');
  const signingKey = bceSigningKey(t.creds.accessKeySecret, `bce-auth-v1/${ak}/${timestamp}/${expRaw}`);
  const signedHeaders = signed ? signed.split(';').map((h) => h.trim().toLowerCase()) : [];
  // One canonical URI: the path exactly as sent (protocol-notes.md). A client that signs another
  // encoding than it sends fails here, as it would against BOS.
  const uris = [req.rawPath];
  let first = '';
  for (const uri of uris) {
    for (const encodeQueryKeys of [true, false]) {
      const cr = bceCanonicalRequest({ method: req.method, uri, query: req.query, headers: req.headers, signedHeaders, encodeQueryKeys });
      first ||= cr;
      if (safeEqual(bceSignature(signingKey, cr), signature)) return;
    }
  }
  throw forbidden('SignatureDoesNotMatch', `The request signature we calculated does not match the signature you provided. CanonicalRequest: ${JSON.stringify(first)}`);
}
