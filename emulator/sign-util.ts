// Small crypto and encoding helpers shared by the three signature verifiers.
import crypto from 'node:crypto';

export const SKEW_LIMIT_MS = 15 * 60 * 1000;

export function hmac(key: string | Buffer, data: string, algo: 'sha1' | 'sha256'): Buffer {
  return crypto.createHmac(algo, key).update(data, 'utf8').digest();
}

export function sha256Hex(data: string): string {
  return crypto.createHash('sha256').update(data, 'utf8').digest('hex');
}

/** RFC 3986 encoding: only A-Z a-z 0-9 - . _ ~ stay literal; upper-case %XX otherwise. */
const SUB_DELIMS = /[!'()*]/;
const SUB_DELIMS_ALL = /[!'()*]/g;
const hexEscape = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

export function uriEncode(s: string): string {
  // The test first: listings encode every key, and most have none of these.
  const out = encodeURIComponent(s);
  return SUB_DELIMS.test(s) ? out.replace(SUB_DELIMS_ALL, hexEscape) : out;
}

export function uriEncodeExceptSlash(s: string): string {
  return uriEncode(s).replace(/%2F/g, '/');
}

/** Constant-time string comparison (lengths may differ). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Node hands header values over as latin1; clients that send raw UTF-8 bytes need this. */
export function latin1ToUtf8(v: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(v) ? Buffer.from(v, 'latin1').toString('utf8') : v;
}

/** Parses ISO 8601 basic (`20231216T162057Z`) as used by OSS V4. */
export function parseIsoBasic(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}
