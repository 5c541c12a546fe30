// One key copied server-side. A link stays a link (GetSymlink + PutSymlink with its own
// target and meta) unless the caller asks for the target's bytes; big objects go in parts.
import { AppFailure } from '../errors';
import { standardHeadersOf } from '../storage/standard-headers';
import type { ObjectRow, StorageClient } from '../storage/types';

export interface CopyLimits {
  /** Objects larger than this are copied with UploadPartCopy (1 GiB on OSS, 5 GiB on BOS by default). */
  multipartThreshold: number;
  partSize: number;
}

export interface CopyOneInput {
  row: ObjectRow;
  isLink: boolean;
  sourceBucket: string;
  destBucket: string;
  destKey: string;
  /** Copy what a link points at instead of re-creating the link. */
  linkBytes: boolean;
  overwrite: boolean;
  signal: AbortSignal;
  onBytes?: (bytes: number) => void;
}

export const OSS_CROSS_BUCKET_LINK = 'OSS links cannot point into another bucket, so this link cannot be placed in a different bucket; copy the target instead.';

/** The bucket a link must name when it is written into `destBucket` (BOS cross-bucket links). */
function linkTargetBucket(client: StorageClient, linkBucket: string, targetBucket: string | undefined, destBucket: string): string | undefined {
  const effective = targetBucket ?? linkBucket;
  if (effective === destBucket) return undefined;
  if (client.provider === 'oss') throw new AppFailure('NOT_SUPPORTED', OSS_CROSS_BUCKET_LINK, { reason: 'OSS_CROSS_BUCKET_LINK' });
  return effective;
}

/** A link re-created at the destination: where it points (the reverse index learns it). */
export interface CopiedLink {
  target: string;
  targetBucket?: string;
}

export async function copyOne(client: StorageClient, input: CopyOneInput, limits: CopyLimits): Promise<CopiedLink | undefined> {
  const { row, sourceBucket, destBucket, destKey, signal } = input;
  let from = { bucket: sourceBucket, key: row.key };
  let size = row.size;
  let storageClass = row.storageClass || undefined;
  if (input.isLink) {
    const link = await client.getSymlink(sourceBucket, row.key, signal);
    if (!input.linkBytes) {
      const targetBucket = linkTargetBucket(client, sourceBucket, link.targetBucket, destBucket);
      await client.putSymlink({
        bucket: destBucket,
        key: destKey,
        target: link.target,
        ...(targetBucket !== undefined && { targetBucket }),
        ...(link.meta && { meta: link.meta }),
        ...(storageClass && { storageClass }),
        forbidOverwrite: !input.overwrite,
        signal,
      });
      return { target: link.target, ...(targetBucket !== undefined && { targetBucket }) };
    }
    // The target's bytes: copy from the target itself (CopyObject of a link copies the link).
    from = { bucket: link.targetBucket ?? sourceBucket, key: link.target };
    const target = await client.head(from.bucket, from.key, signal);
    size = target.size;
    storageClass = target.storageClass || undefined;
  }
  const base = { bucket: destBucket, key: destKey, sourceBucket: from.bucket, sourceKey: from.key, signal, ...(storageClass && { storageClass }) };
  if (size > limits.multipartThreshold) {
    // In parts the copy is a new upload: it carries what CopyObject (directive COPY) would keep.
    const head = await client.head(from.bucket, from.key, signal);
    await client.copyMultipart({ ...base, size, partSize: limits.partSize, contentType: head.contentType, meta: head.meta, headers: standardHeadersOf(client.provider, head.headers), ...(input.onBytes && { onPart: input.onBytes }) });
  } else {
    await client.copy(base);
    input.onBytes?.(size);
  }
  return undefined;
}
