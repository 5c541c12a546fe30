// Shared OSS protocol bits: handler context, header/format conventions, enums.
import { badRequest } from '../errors';
import type { EmuRequest, EmuResponse } from '../http-types';
import type { Dialect } from '../dialect';
import type { Acl, Store } from '../store';
import { XML_DECL } from './xml';

export interface OssCtx {
  store: Store;
  req: EmuRequest;
  bucket?: string;
  key?: string;
  anonymous: boolean;
  region: string;
}

export const OSS_META_LIMIT = 8 * 1024;
export const OWNER_ID = '1000000000000000';

export const ossEtag = (etag: string): string => `"${etag.toUpperCase()}"`;
export const isoDate = (ms: number): string => new Date(ms).toISOString();

export function xmlResponse(xml: string, status = 200, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': 'application/xml', ...headers }, body: XML_DECL + xml };
}

export function emptyResponse(status = 200, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers };
}

const STORAGE_CLASSES = ['Standard', 'IA', 'Archive', 'ColdArchive', 'DeepColdArchive'];

/** Storage class strings are accepted case-insensitively and stored in OSS spelling. */
export function parseStorageClass(raw: string | undefined, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  const found = STORAGE_CLASSES.find((c) => c.toLowerCase() === raw.trim().toLowerCase());
  if (!found) throw badRequest('InvalidArgument', `Invalid storage class: ${raw}`);
  return found;
}

const ACLS: Acl[] = ['default', 'private', 'public-read', 'public-read-write'];

export function parseAcl(raw: string | undefined, fallback: Acl): Acl {
  if (raw === undefined || raw === '') return fallback;
  const found = ACLS.find((a) => a === raw.trim().toLowerCase());
  if (!found) throw badRequest('InvalidArgument', `Invalid ACL: ${raw}`);
  return found;
}

export const OSS_DIALECT: Dialect = {
  provider: 'oss',
  prefix: 'x-oss-',
  aclHeader: 'x-oss-object-acl',
  metaLimit: OSS_META_LIMIT,
  etag: ossEtag,
  objectType: (t) => t,
  parseStorageClass,
  parseAcl,
};

export function ownerXml(): string {
  return `<Owner><ID>${OWNER_ID}</ID><DisplayName>${OWNER_ID}</DisplayName></Owner>`;
}
