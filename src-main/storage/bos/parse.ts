// BOS JSON bodies validated with zod. Every shape mismatch becomes a BosShapeError (the client
// turns it into InvalidResponse); BOS listings carry no object type, so rows are kind 'object'.
import { z } from 'zod';
import { compareKeys } from '../../ipc/rules';
import { type BucketInfo, type CannedAcl, type DeleteManyResult, type ObjectRow } from '../types';

export class BosShapeError extends Error {
  override readonly name = 'BosShapeError';
}

export function parseJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BosShapeError(`${what}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BosShapeError(`${what}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

// The envelope is checked with zod; the (up to 1,000) entries with a hand-written loop: the same
// rules, at a fraction of the cost on the listing's hot path.
const ListObjectsBody = z.object({
  name: z.string(),
  prefix: z.string().default(''),
  delimiter: z.string().default(''),
  marker: z.string().default(''),
  maxKeys: z.number().int().optional(),
  isTruncated: z.boolean(),
  nextMarker: z.string().optional(),
  contents: z.array(z.unknown()).default([]),
  commonPrefixes: z.array(z.unknown()).default([]),
});

export interface BosListResult {
  folders: ObjectRow[];
  objects: ObjectRow[];
  /** Marker of the next page, undefined on the last page. */
  nextMarker?: string;
}

function shapeError(path: string, expected: string): BosShapeError {
  return new BosShapeError(`ListObjects: ${path}: expected ${expected}`);
}

function stringField(entry: Record<string, unknown>, name: string, path: string, fallback?: string): string {
  const value = entry[name] === undefined ? fallback : entry[name];
  if (typeof value !== 'string') throw shapeError(`${path}.${name}`, 'string');
  return value;
}

function objectRow(entry: unknown, i: number): ObjectRow {
  const path = `contents.${i}`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw shapeError(path, 'object');
  const e = entry as Record<string, unknown>;
  const size = e.size;
  if (typeof size !== 'number' || !(size >= 0)) throw shapeError(`${path}.size`, 'a non-negative number');
  const etag = stringField(e, 'eTag', path, '');
  return {
    kind: 'object',
    key: stringField(e, 'key', path),
    size,
    lastModified: stringField(e, 'lastModified', path),
    etag: etag.charCodeAt(0) === 34 ? etag.replace(/^"|"$/g, '') : etag,
    storageClass: stringField(e, 'storageClass', path, '').toUpperCase(),
  };
}

function folderRow(entry: unknown, i: number): ObjectRow {
  const path = `commonPrefixes.${i}`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw shapeError(path, 'object');
  return { kind: 'folder', key: stringField(entry as Record<string, unknown>, 'prefix', path), size: 0, lastModified: '', etag: '', storageClass: '' };
}

export function parseBosListObjects(text: string): BosListResult {
  const body = parseJson(text, ListObjectsBody, 'ListObjects');
  const objects = body.contents.map(objectRow);
  const folders = body.commonPrefixes.map(folderRow);
  if (!body.isTruncated) return { folders, objects };
  // S3 semantics: without nextMarker the last key (or folder) of the page is the marker.
  const nextMarker = body.nextMarker || [...objects, ...folders].map((r) => r.key).sort(compareKeys).at(-1);
  if (!nextMarker) throw new BosShapeError('ListObjects: isTruncated without nextMarker or entries');
  return { folders, objects, nextMarker };
}

const ListBucketsBody = z.object({
  buckets: z.array(z.object({ name: z.string().min(1), location: z.string().default(''), creationDate: z.string().default('') })).default([]),
});

export function parseBosListBuckets(text: string): BucketInfo[] {
  return parseJson(text, ListBucketsBody, 'ListBuckets').buckets.map((b) => ({
    name: b.name,
    region: b.location,
    creationDate: b.creationDate,
    storageClass: '',
  }));
}

const DeleteBody = z.object({
  errors: z.array(z.object({ key: z.string(), code: z.string(), message: z.string().default('') })).default([]),
});

/** DeleteMultipleObjects: an empty body means every key was deleted. */
export function parseBosDeleteResult(text: string, requested: readonly string[]): DeleteManyResult {
  const failed = text.trim() === '' ? [] : parseJson(text, DeleteBody, 'DeleteMultipleObjects').errors;
  const failedKeys = new Set(failed.map((f) => f.key));
  return { deleted: requested.filter((k) => !failedKeys.has(k)), failed };
}

const CopyBody = z.object({ eTag: z.string() });

export function parseBosCopyResult(text: string): { etag: string } {
  return { etag: parseJson(text, CopyBody, 'CopyObject').eTag.replace(/^"|"$/g, '') };
}

export const parseBosInitiateResult = (text: string): string => parseJson(text, z.object({ uploadId: z.string().min(1) }), 'InitiateMultipartUpload').uploadId;
export const parseBosCompleteResult = (text: string): { etag: string } => parseBosCopyResult(text);

const AclBody = z.object({
  accessControlList: z.array(z.object({ grantee: z.array(z.object({ id: z.string() })), permission: z.array(z.string()) })),
});

/**
 * GetObjectAcl as a canned ACL: what everyone ('*') may do decides it (BOS ACL docs: READ is
 * public-read, READ and WRITE public-read-write); owner-only grants are private.
 */
export function parseBosObjectAcl(text: string): CannedAcl {
  const everyone = new Set<string>();
  for (const grant of parseJson(text, AclBody, 'GetObjectAcl').accessControlList) {
    if (grant.grantee.some((g) => g.id === '*')) for (const p of grant.permission) everyone.add(p.toUpperCase());
  }
  if (everyone.has('WRITE') || everyone.has('FULL_CONTROL')) return 'public-read-write';
  return everyone.has('READ') ? 'public-read' : 'private';
}
