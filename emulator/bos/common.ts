// Shared BOS protocol bits: handler context, JSON responses, enums, object headers.
import { badRequest } from '../errors';
import { BOS_CRC32_HEADER, bosCrc64Headers, checkBosCrc32 } from '../integrity/digests';
import type { EmuResponse } from '../http-types';
import type { Dialect } from '../dialect';
import type { MetaRules } from '../object-ops';
import { rememberLast } from '../memo';
import { aclParser, emptyResponse, parseHeaderEnum, type ProviderCtx } from '../shared-handlers';

export type BosCtx = ProviderCtx;

// BOS: 2 KB of user metadata, counted like OSS (prefix + name + value); names are lower-cased.
export const BOS_META_LIMIT: MetaRules = { limit: 2 * 1024, prefix: 'x-bce-meta-', name: /^[a-z0-9_-]+$/ };
export const BOS_OWNER = { id: '7c0e5f0b4c2a4b6f9e1d3a5b7c9d1e3f', displayName: 'symbucket' };

export const bosEtag = (etag: string): string => `"${etag}"`;
export const isoSeconds = rememberLast((ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));

export function jsonResponse(value: unknown, status = 200, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export { emptyResponse };

export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw badRequest('MalformedJSON', 'The JSON you provided was not well-formed.');
  }
}

const STORAGE_CLASSES = ['STANDARD', 'STANDARD_IA', 'COLD', 'ARCHIVE', 'MAZ_STANDARD', 'MAZ_STANDARD_IA'];

export function parseStorageClass(raw: string | undefined, fallback: string): string {
  return parseHeaderEnum(raw, fallback, (t) => STORAGE_CLASSES.find((c) => c === t.toUpperCase()), 'Invalid storage class');
}

export const parseAcl = aclParser(['private', 'public-read', 'public-read-write']);

export const BOS_DIALECT: Dialect = {
  provider: 'bos',
  prefix: 'x-bce-',
  aclHeader: 'x-bce-acl',
  metaLimit: BOS_META_LIMIT,
  // No Content-Language: BOS PutObject and InitiateMultipartUpload docs name Cache-Control,
  // Content-Disposition, Expires (and Content-Encoding), and @baiducloud/sdk's object-header
  // allow-list (bos_client.js _prepareObjectHeaders) drops Content-Language before sending.
  storedHeaders: ['cache-control', 'content-disposition', 'content-encoding', 'expires'],
  etag: bosEtag,
  // BOS reports Normal | Appendable | Symlink; a completed multipart object is Normal.
  objectType: (t) => (t === 'Multipart' ? 'Normal' : t),
  parseStorageClass,
  parseAcl,
  // HEAD and GET name the object's CRC-64/ECMA-182, multipart objects included: bce-sdk-go
  // records it in its GetObjectMeta mock answer (services/bos/api/object_test.go,
  // x-bce-content-crc64ecma beside x-bce-content-crc32) and checks it on PutObject (option.go Crc64Handler).
  integrity: bosCrc64Headers,
  uploadChecksums: (req, digests) => ({ ...checkBosCrc32(req.headers[BOS_CRC32_HEADER], digests.crc32), ...bosCrc64Headers(digests.crc64) }),
};
