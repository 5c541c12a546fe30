// Small pieces every signer needs: request shape, HMAC/hash helpers, date formats.
import { createHash, createHmac } from 'node:crypto';

/** What a signer sees of a request. Keys and query values are decoded (raw UTF-8). */
export interface SignableRequest {
  method: string;
  bucket?: string;
  key?: string;
  /** One value per name; '' means a bare `?name`. */
  query: Readonly<Record<string, string>>;
  headers: Readonly<Record<string, string>>;
}

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** The signing part of a profile's config (the secret stays in main, never logged). */
export function credentialsOf(config: Pick<Credentials, 'accessKeyId' | 'accessKeySecret' | 'securityToken'>): Credentials {
  return { accessKeyId: config.accessKeyId, accessKeySecret: config.accessKeySecret, securityToken: config.securityToken };
}

export function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

export function hmacSha1Base64(key: string, data: string): string {
  return createHmac('sha1', key).update(data, 'utf8').digest('base64');
}

export function sha256Hex(data: string): string {
  return createHash('sha256').update(data, 'utf8').digest('hex');
}

/** Case-insensitive header lookup. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** RFC 1123, e.g. `Wed, 28 Dec 2022 10:27:41 GMT`. */
export function rfc1123(date: Date): string {
  return date.toUTCString();
}

/** ISO 8601 basic, e.g. `20231216T162057Z` (OSS V4). */
export function isoBasic(date: Date): string {
  const iso = date.toISOString(); // 2023-12-16T16:20:57.123Z; slices: no regex on every request
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 13) + iso.slice(14, 16) + iso.slice(17, 19) + 'Z';
}

/** ISO 8601 without milliseconds, e.g. `2015-04-27T08:23:49Z` (BCE). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
