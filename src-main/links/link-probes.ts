// Single requests that classify objects for the links module. Each goes through the limiter
// and turns the provider's expected answers into values; anything unexpected is rethrown.
import { isStorageError } from '../storage/errors';
import type { ObjectRow, StorageClient, SymlinkInfo } from '../storage/types';
import type { LinkState } from '../ipc/contract';
import type { Limiter } from './limiter';

export type ObjectNature = 'link' | 'object' | 'missing' | 'forbidden';

/** HEAD answers that only a link can give: its target is missing, or is itself a link. */
const linkOnlyErrors = new Set(['SymlinkTargetNotExist', 'InvalidTargetType']);
const missingErrors = new Set(['NoSuchKey', 'NoSuchBucket']);

/** 403 codes that concern the request as a whole, not the permission on one object. */
const requestWide403 = new Set(['SignatureDoesNotMatch', 'InvalidAccessKeyId', 'RequestTimeTooSkewed', 'RequestExpired', 'InvalidSecurityToken', 'SecurityTokenExpired']);

export function isForbidden(e: unknown): boolean {
  return isStorageError(e) && (e.code === 'AccessDenied' || (e.status === 403 && !requestWide403.has(e.code)));
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw Object.assign(new Error('The operation was cancelled.'), { name: 'AbortError' });
}

/** Runs one request under the limiter, skipping it when the caller gave up while it waited. */
export function limited<T>(limit: Limiter, signal: AbortSignal | undefined, request: () => Promise<T>): Promise<T> {
  return limit(() => {
    throwIfAborted(signal);
    return request();
  }, signal);
}

/** What a key is, judged by a HEAD of its own type (objectType). */
export async function natureOf(client: StorageClient, limit: Limiter, bucket: string, key: string, signal?: AbortSignal): Promise<ObjectNature> {
  try {
    const type = await limited(limit, signal, () => client.objectType(bucket, key, signal));
    if (type === null) return 'missing';
    return type.toLowerCase() === 'symlink' ? 'link' : 'object';
  } catch (e) {
    if (isStorageError(e) && linkOnlyErrors.has(e.code)) return 'link';
    if (isStorageError(e) && (missingErrors.has(e.code) || e.status === 404)) return 'missing';
    if (isForbidden(e)) return 'forbidden';
    throw e;
  }
}

/**
 * What a BOS listing row is. The listing has no type; HEAD's x-bce-object-type says Symlink on
 * the service we know, but a HEAD on a link reports the target's size and ETag, so when those
 * differ from the row the listing gave, the row is asked with GetSymlink instead of trusting the
 * type header alone ('maybe-link').
 */
export async function listedRowNature(
  client: StorageClient,
  limit: Limiter,
  bucket: string,
  row: { key: string; etag: string; size?: number },
  signal?: AbortSignal,
): Promise<ObjectNature | 'maybe-link'> {
  try {
    const head = await limited(limit, signal, () => client.head(bucket, row.key, signal));
    if (head.objectType.toLowerCase() === 'symlink') return 'link';
    const etagDiffers = row.etag !== '' && head.etag.toLowerCase() !== row.etag.toLowerCase();
    const sizeDiffers = row.size !== undefined && head.size !== row.size;
    return etagDiffers || sizeDiffers ? 'maybe-link' : 'object';
  } catch (e) {
    if (isStorageError(e) && linkOnlyErrors.has(e.code)) return 'link';
    // BOS answers HEAD errors without a body: a listed row that HEAD calls missing (a link to
    // nothing), bad (a link to a link) or forbidden (a link into a private target) is asked directly.
    if (isStorageError(e) && (e.status === 404 || e.status === 400 || isForbidden(e))) return 'maybe-link';
    throw e;
  }
}

/** The state a link has when it points at an object of this nature. */
export function stateForTarget(nature: ObjectNature): LinkState {
  switch (nature) {
    case 'object':
      return 'ok';
    case 'link':
      return 'chain';
    case 'missing':
      return 'broken';
    case 'forbidden':
      return 'forbidden';
  }
}

/** The link's target, or null when the key is not a link (any more) or is gone. */
export async function readSymlink(client: StorageClient, limit: Limiter, bucket: string, key: string, signal?: AbortSignal): Promise<SymlinkInfo | null> {
  try {
    return await limited(limit, signal, () => client.getSymlink(bucket, key, signal));
  } catch (e) {
    if (isStorageError(e, 'NotSymlink') || isStorageError(e, 'NoSuchKey')) return null;
    throw e;
  }
}

export function parentPrefixOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1);
}

/**
 * The key's own listing entry (one-key listing from the key itself: it sorts before every longer
 * key it prefixes). For a link this is the link's own size, ETag, time and storage class, which a
 * HEAD would report for the target instead. Null when there is no such key.
 */
export async function ownEntry(client: StorageClient, limit: Limiter, bucket: string, key: string, signal?: AbortSignal): Promise<ObjectRow | null> {
  const page = await limited(limit, signal, () => client.listObjects({ bucket, prefix: key, maxKeys: 1, ...(signal && { signal }) }));
  const row = page.objects[0];
  return row?.key === key ? row : null;
}
