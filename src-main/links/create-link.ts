// Creating one link safely: validate, refuse a link to a link unless asked, never overwrite an
// existing object unless asked. The guard is the services' own: PutSymlink with forbid-overwrite
// (x-oss-forbid-overwrite / x-bce-forbid-overwrite) answers 409 FileAlreadyExists, so a guarded
// write is one request and has no HEAD-then-PUT race; only a conflict costs a look at what is there.
import type { z } from 'zod';
import { AppFailure } from '../errors';
import type { CreateLinkResult, ExistingObject } from '../ipc/contract';
import { isStorageError } from '../storage/errors';
import type { StorageClient } from '../storage/types';
import type { Limiter, LimiterFor } from './limiter';
import { limited, natureOf, readSymlink, type ObjectNature } from './link-probes';
import type { ClientFor } from './link-resolver';
import { checkBucketClass, validateLinkRequest } from './link-validation';

type Existing = z.infer<typeof ExistingObject>;

export interface CreateLinkRequest {
  profileId: string;
  bucket: string;
  key: string;
  target: string;
  targetBucket?: string;
  overwrite?: boolean;
  allowChain?: boolean;
  meta?: Record<string, string>;
  storageClass?: string;
}

export interface CreateLinkDeps {
  clientFor: ClientFor;
  /** The request cap of the client's endpoint. */
  limitFor: LimiterFor;
  /** The bucket's default storage class, upper-case; undefined when it cannot be known. */
  bucketStorageClass(profileId: string, bucket: string): Promise<string | undefined>;
  /** Called after a write so that caches forget the key. */
  onWritten(profileId: string, bucket: string, key: string): void;
  /** Called once the link exists (after onWritten): the reverse index learns it without reading it back. */
  onCreated?(profileId: string, bucket: string, key: string, link: { target: string; targetBucket?: string }): void;
  /** What a target is; a batch passes a memo so that each distinct target is checked once. */
  targetNature?: (client: StorageClient, bucket: string, key: string) => Promise<ObjectNature>;
}

/** HEAD failures that may hide a link: a broken one (404) or a link to a link (400); BOS answers them without a code. */
function mayBeLink(e: unknown): boolean {
  return isStorageError(e) && (e.status === 404 || e.status === 400);
}

/** What already sits at `key`, or null. HEAD follows links, so a link with a bad target shows up as an error. */
export async function describeExisting(client: StorageClient, limit: Limiter, bucket: string, key: string): Promise<Existing | null> {
  let isLink: boolean;
  let size = 0;
  let lastModified = '';
  try {
    const head = await limited(limit, undefined, () => client.head(bucket, key));
    isLink = head.objectType.toLowerCase() === 'symlink';
    size = head.size;
    lastModified = head.lastModified;
  } catch (e) {
    if (!mayBeLink(e)) throw e;
    // The object's own type (no link following) tells a missing key from a link with a bad target.
    const nature = await natureOf(client, limit, bucket, key);
    if (nature === 'missing') return null;
    if (nature !== 'link') throw e;
    isLink = true;
  }
  if (!isLink) return { key, kind: 'object', size, lastModified };
  const link = await readSymlink(client, limit, bucket, key);
  const existing: Existing = { key, kind: 'symlink', size, lastModified };
  if (link) existing.target = link.target;
  return existing;
}

async function refuseChain(deps: CreateLinkDeps, profileId: string, bucket: string, target: string): Promise<void> {
  const client = await deps.clientFor(profileId, bucket);
  const nature = await (deps.targetNature ?? ((c, b, k) => natureOf(c, deps.limitFor(c), b, k)))(client, bucket, target);
  if (nature === 'link') {
    throw new AppFailure('INVALID_TARGET', 'The target is itself a link; providers cannot read through a link to a link.');
  }
}

export async function createLink(deps: CreateLinkDeps, req: CreateLinkRequest): Promise<CreateLinkResult> {
  const client = await deps.clientFor(req.profileId, req.bucket);
  const valid = validateLinkRequest(client.provider, req);
  checkBucketClass(client.provider, await deps.bucketStorageClass(req.profileId, req.bucket), valid.storageClass);
  if (!req.allowChain) await refuseChain(deps, req.profileId, valid.targetBucket ?? valid.bucket, valid.target);

  const overwrite = req.overwrite === true;
  const input = {
    bucket: valid.bucket,
    key: valid.key,
    target: valid.target,
    ...(valid.targetBucket !== undefined && { targetBucket: valid.targetBucket }),
    ...(valid.storageClass !== undefined && { storageClass: valid.storageClass }),
    meta: valid.meta,
    forbidOverwrite: !overwrite,
  };
  const created = (): CreateLinkResult => {
    deps.onCreated?.(req.profileId, valid.bucket, valid.key, { target: valid.target, ...(valid.targetBucket !== undefined && { targetBucket: valid.targetBucket }) });
    return { status: 'created', key: valid.key };
  };
  try {
    await limited(deps.limitFor(client), undefined, () => client.putSymlink(input));
  } catch (e) {
    deps.onWritten(req.profileId, valid.bucket, valid.key);
    if (overwrite || !isStorageError(e, 'FileAlreadyExists')) throw e;
    // A retried write whose first attempt succeeded (its answer lost) meets its own link.
    if (e.attempts > 1 && (await isOurLink(client, deps.limitFor(client), input))) return created();
    const existing = await describeExisting(client, deps.limitFor(client), valid.bucket, valid.key);
    if (existing) return { status: 'exists', key: valid.key, existing };
    throw e;
  }
  deps.onWritten(req.profileId, valid.bucket, valid.key);
  return created();
}

/** The link at `key` points where we asked (GetSymlink): after a retry, that is the one we wrote. */
async function isOurLink(client: StorageClient, limit: Limiter, wanted: { bucket: string; key: string; target: string; targetBucket?: string }): Promise<boolean> {
  const link = await readSymlink(client, limit, wanted.bucket, wanted.key).catch(() => null);
  return link !== null && link.target === wanted.target && (link.targetBucket ?? wanted.bucket) === (wanted.targetBucket ?? wanted.bucket);
}
