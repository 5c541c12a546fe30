// Edit metadata… of one key. An object is copied onto itself with the metadata directive REPLACE
// (OSS "modify object metadata": copy to itself; BOS CopyObject x-bce-metadata-directive), keeping
// its content type, standard headers, storage class and ACL; a link is written again with
// PutSymlink to the same target, keeping its own storage class and ACL. The metadata rules are
// the Create link dialog's (ipc/rules.ts through links/link-validation).
import { storageClassRule } from '../ipc/rules';
import { limited, natureOf, ownEntry } from '../links/link-probes';
import type { Limiter } from '../links/limiter';
import { checkMeta } from '../links/link-validation';
import { isStorageError } from '../storage/errors';
import { standardHeadersOf } from '../storage/standard-headers';
import type { CannedAcl, HeadResult, StorageClient } from '../storage/types';
import { AppFailure } from '../errors';
import type { CopyLimits } from './copy-one';

export interface EditMetadataInput {
  bucket: string;
  key: string;
  /** The complete new user metadata (names as typed; the services lower-case them). */
  meta: Record<string, string>;
  signal?: AbortSignal;
}

/** The ACL to write again; undefined when it cannot be read (the service's default then applies). */
async function aclOf(client: StorageClient, limit: Limiter, bucket: string, key: string, signal?: AbortSignal): Promise<CannedAcl | undefined> {
  try {
    return await limited(limit, signal, () => client.objectAcl(bucket, key, signal));
  } catch (e) {
    if (signal?.aborted) throw e;
    return undefined;
  }
}

/** The provider's spelling of a storage class read back from the service ('' and unknown: none). */
function spelled(client: StorageClient, raw: string): string | undefined {
  return raw ? storageClassRule(client.provider, raw)?.id : undefined;
}

/** HEAD, or null when it fails in a way only a link can (its target is missing or is a link). */
async function headOrLink(client: StorageClient, limit: Limiter, bucket: string, key: string, signal?: AbortSignal): Promise<HeadResult | null> {
  try {
    return await limited(limit, signal, () => client.head(bucket, key, signal));
  } catch (e) {
    if (!isStorageError(e) || (e.status !== 404 && e.status !== 400)) throw e;
    const nature = await natureOf(client, limit, bucket, key, signal);
    if (nature === 'link') return null;
    if (nature === 'missing') throw new AppFailure('NOT_FOUND', `"${key}" does not exist (any more).`);
    throw e;
  }
}

async function rewriteLink(client: StorageClient, limit: Limiter, input: EditMetadataInput): Promise<void> {
  const { bucket, key, meta, signal } = input;
  const [link, entry, acl] = await Promise.all([
    limited(limit, signal, () => client.getSymlink(bucket, key, signal)),
    ownEntry(client, limit, bucket, key, signal),
    aclOf(client, limit, bucket, key, signal),
  ]);
  const storageClass = spelled(client, entry?.storageClass ?? '');
  const targetBucket = link.targetBucket && link.targetBucket !== bucket ? link.targetBucket : undefined;
  await limited(limit, signal, () =>
    client.putSymlink({
      bucket,
      key,
      target: link.target,
      meta,
      ...(targetBucket !== undefined && { targetBucket }),
      ...(storageClass !== undefined && { storageClass }),
      ...(acl !== undefined && { acl }),
      ...(signal && { signal }),
    }),
  );
}

async function rewriteObject(client: StorageClient, limit: Limiter, head: HeadResult, input: EditMetadataInput, limits: CopyLimits): Promise<void> {
  const { bucket, key, meta, signal } = input;
  const acl = await aclOf(client, limit, bucket, key, signal);
  // BOS leaves x-bce-storage-class out for STANDARD objects.
  const storageClass = spelled(client, head.storageClass) ?? (client.provider === 'bos' ? 'STANDARD' : undefined);
  // Stored with the object besides its type and metadata: REPLACE (and a new upload) drops them unless sent again.
  const headers = standardHeadersOf(client.provider, head.headers);
  const base = { bucket, key, sourceBucket: bucket, sourceKey: key, ...(storageClass !== undefined && { storageClass }), ...(acl !== undefined && { acl }), ...(signal && { signal }) };
  if (head.size > limits.multipartThreshold) {
    // Too big for one CopyObject: the parts are copied onto the key with the new attributes.
    await client.copyMultipart({ ...base, size: head.size, partSize: limits.partSize, contentType: head.contentType, meta, headers });
  } else {
    await limited(limit, signal, () => client.copy({ ...base, replace: { contentType: head.contentType, meta, headers } }));
  }
}

/** Replaces the user metadata of the object or link at `key`; whether it was a link. */
export async function editMetadata(client: StorageClient, limit: Limiter, input: EditMetadataInput, limits: CopyLimits): Promise<{ isLink: boolean }> {
  if (input.key.endsWith('/')) throw new AppFailure('BAD_REQUEST', 'A folder has no metadata of its own.');
  checkMeta(client.provider, input.meta);
  const head = await headOrLink(client, limit, input.bucket, input.key, input.signal);
  const isLink = head === null || head.objectType.toLowerCase() === 'symlink';
  if (isLink) await rewriteLink(client, limit, input);
  else await rewriteObject(client, limit, head, input, limits);
  return { isLink };
}
