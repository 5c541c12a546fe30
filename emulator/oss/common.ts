// Shared OSS protocol bits: handler context, header/format conventions, enums.
import { ossCrcHeaders } from '../integrity/digests';
import type { EmuResponse } from '../http-types';
import type { Dialect } from '../dialect';
import type { MetaRules } from '../object-ops';
import { rememberLast } from '../memo';
import { aclParser, emptyResponse, parseHeaderEnum, type ProviderCtx } from '../shared-handlers';
import { XML_DECL } from './xml';

export type OssCtx = ProviderCtx;

// OSS EC 0011-00000002/-04: names letters, digits and '-' only ('_' rejected); 8 KB over all
// x-oss-meta-* header names and values (help.aliyun.com/en/oss/user-guide/0011-00000004).
export const OSS_META_LIMIT: MetaRules = { limit: 8 * 1024, prefix: 'x-oss-meta-', name: /^[a-z0-9-]+$/ };
export const OWNER_ID = '1000000000000000';

export const ossEtag = rememberLast((etag: string): string => `"${etag.toUpperCase()}"`);
export const isoDate = rememberLast((ms: number): string => new Date(ms).toISOString());

export function xmlResponse(xml: string, status = 200, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': 'application/xml', ...headers }, body: XML_DECL + xml };
}

export { emptyResponse };

const STORAGE_CLASSES = ['Standard', 'IA', 'Archive', 'ColdArchive', 'DeepColdArchive'];

/** Storage class strings are accepted case-insensitively and stored in OSS spelling. */
export function parseStorageClass(raw: string | undefined, fallback: string): string {
  return parseHeaderEnum(raw, fallback, (t) => STORAGE_CLASSES.find((c) => c.toLowerCase() === t.toLowerCase()), 'Invalid storage class');
}

export const parseAcl = aclParser(['default', 'private', 'public-read', 'public-read-write']);

export const OSS_DIALECT: Dialect = {
  provider: 'oss',
  prefix: 'x-oss-',
  aclHeader: 'x-oss-object-acl',
  metaLimit: OSS_META_LIMIT,
  // OSS "Manage object metadata": the five standard HTTP headers kept with an object.
  storedHeaders: ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'],
  etag: ossEtag,
  objectType: (t) => t,
  parseStorageClass,
  parseAcl,
  // OSS answers PUT, GET and HEAD with the whole object's CRC-64, also for a ranged GET (ali-oss
  // and the Go SDK compare it only for full reads).
  integrity: ossCrcHeaders,
  uploadChecksums: (_req, digests) => ossCrcHeaders(digests.crc64),
};

export function ownerXml(): string {
  return `<Owner><ID>${OWNER_ID}</ID><DisplayName>${OWNER_ID}</DisplayName></Owner>`;
}
