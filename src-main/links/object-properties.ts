// What the Properties panel shows for one key. A plain object: its HEAD (every response header
// too) and ACL. A link: its own listing entry (size, ETag, time, storage class: HEAD reports the
// target's size and ETag), its own metadata (GetSymlink), its ACL (GetObjectAcl acts on the link
// itself), where it points and the target's state, size, type and last modified.
import { AppFailure, toAppError } from '../errors';
import type { AppError, LinkState, ObjectProperties } from '../ipc/contract';
import type { HeadResult, ObjectRow, StorageClient } from '../storage/types';
import type { LimiterFor } from './limiter';
import { limited, natureOf, ownEntry, readSymlink, stateForTarget } from './link-probes';
import type { ClientFor } from './link-resolver';

export interface PropertiesDeps {
  clientFor: ClientFor;
  limitFor: LimiterFor;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

async function attempt<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, error: toAppError(e) };
  }
}

type TargetInfo = NonNullable<ObjectProperties['link']>;

async function describeTarget(deps: PropertiesDeps, profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<Pick<TargetInfo, 'state' | 'targetDetails'>> {
  let client: StorageClient;
  try {
    client = await deps.clientFor(profileId, bucket);
  } catch (e) {
    // The profile knows no such bucket (local demo: no client owns it): the target is missing.
    if (toAppError(e).code === 'NOT_FOUND') return { state: 'broken' };
    throw e;
  }
  const limit = deps.limitFor(client);
  const nature = await natureOf(client, limit, bucket, key, signal);
  const state: LinkState = stateForTarget(nature);
  if (nature === 'object') {
    const head = await limited(limit, signal, () => client.head(bucket, key, signal));
    return { state, targetDetails: { size: head.size, contentType: head.contentType, lastModified: head.lastModified, objectType: head.objectType } };
  }
  if (nature === 'link') {
    // A link to a link: HEAD cannot read through it, its own entry still says what it is.
    const entry = await ownEntry(client, limit, bucket, key, signal);
    if (entry) return { state, targetDetails: { size: entry.size, contentType: '', lastModified: entry.lastModified, objectType: 'Symlink' } };
  }
  return { state };
}

function fromHead(key: string, head: HeadResult): Omit<ObjectProperties, 'checkedAt' | 'headers' | 'acl'> {
  return {
    key,
    isLink: false,
    size: head.size,
    etag: head.etag,
    lastModified: head.lastModified,
    contentType: head.contentType,
    storageClass: head.storageClass,
    objectType: head.objectType,
    meta: head.meta,
  };
}

function fromEntry(key: string, entry: ObjectRow | null, meta: Record<string, string>): Omit<ObjectProperties, 'checkedAt' | 'headers' | 'acl'> {
  return {
    key,
    isLink: true,
    size: entry?.size ?? 0,
    etag: entry?.etag ?? '',
    lastModified: entry?.lastModified ?? '',
    contentType: '',
    storageClass: entry?.storageClass ?? '',
    objectType: 'Symlink',
    meta,
  };
}

export async function readProperties(deps: PropertiesDeps, profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<ObjectProperties> {
  const client = await deps.clientFor(profileId, bucket);
  const limit = deps.limitFor(client);
  const [head, acl] = await Promise.all([
    attempt(() => limited(limit, signal, () => client.head(bucket, key, signal)), signal),
    attempt(() => limited(limit, signal, () => client.objectAcl(bucket, key, signal)), signal),
  ]);
  const checkedAt = new Date().toISOString();
  const shared = { checkedAt, headers: head.ok ? (head.value.headers ?? {}) : {}, ...(acl.ok && { acl: acl.value }), ...(!head.ok && { headError: head.error }) };
  // HEAD follows a link: only an answer saying "Normal" (or the like) is a plain object for sure.
  if (head.ok && head.value.objectType.toLowerCase() !== 'symlink') return { ...fromHead(key, head.value), ...shared };

  const link = await readSymlink(client, limit, bucket, key, signal);
  if (!link) {
    if (head.ok) return { ...fromHead(key, head.value), ...shared };
    throw new AppFailure(head.error.code, head.error.message, head.error.details);
  }
  const entry = await ownEntry(client, limit, bucket, key, signal);
  const targetBucket = link.targetBucket || bucket;
  const crossBucket = targetBucket !== bucket;
  const target = await describeTarget(deps, profileId, targetBucket, link.target, signal);
  return {
    ...fromEntry(key, entry, link.meta ?? {}),
    ...shared,
    link: { target: link.target, ...(crossBucket && { targetBucket }), crossBucket, ...target },
  };
}
