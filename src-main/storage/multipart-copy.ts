// Server-side copy in parts (UploadPartCopy), for objects too large for one CopyObject: the
// provider-neutral driver; oss/ and bos/ supply the wire calls.
import { abortedError } from './errors';
import { initiateWithoutOrphans } from './initiate-without-orphans';
import type { CannedAcl, MultipartCopyInput, PendingUpload, Provider } from './types';

export interface PartCopyWire {
  provider: Provider;
  /** Not under the caller's signal: a cancel landing while the service creates the upload would orphan it. */
  initiate(): Promise<string>;
  /** ListMultipartUploads of the destination key: finds the uploads of an Initiate retried after a lost answer. */
  listUploads(): Promise<PendingUpload[]>;
  /** Copies bytes [start, end] of the source as part `n`; answers the part's ETag. */
  copyPart(uploadId: string, n: number, start: number, end: number): Promise<string>;
  /** Not under the caller's signal: once it is sent the service may complete the object whatever
   * the client does, so a cancel then would report Aborted for an object that was made. */
  complete(uploadId: string, parts: { partNumber: number; etag: string }[]): Promise<{ etag: string }>;
  abort(uploadId: string): Promise<void>;
  /** PutObjectAcl of the completed key. Not under the caller's signal: once Complete has replaced
   * the object, a cancel must not leave it with the service's default ACL instead of its own. */
  putAcl(acl: Exclude<CannedAcl, 'default'>): Promise<void>;
}

/** Both providers allow 10,000 parts; parts grow beyond `partSize` when the object needs it. */
const MAX_PARTS = 10_000;

export function partRanges(size: number, partSize: number): { start: number; end: number }[] {
  const step = Math.max(partSize, Math.ceil(size / MAX_PARTS));
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; start < size; start += step) ranges.push({ start, end: Math.min(size, start + step) - 1 });
  return ranges;
}

/**
 * Parts are copied in order; any failure (or the caller's abort) aborts the upload, and uploads
 * made by retried Initiate attempts are aborted too, so nothing half-made stays. A cancel before
 * Complete ends with the storage error Aborted, as a cancel during a request does; one that lands
 * while Complete is under way lets the copy finish, since the service may complete it anyway. The
 * completed object starts with the service's default ACL (initiateCopyHeaders sends none),
 * so an ACL asked for is put on it after Complete: a private object in a public-read bucket stays
 * private when Edit metadata… copies it onto itself in parts.
 */
export async function copyInParts(wire: PartCopyWire, input: Pick<MultipartCopyInput, 'bucket' | 'key' | 'size' | 'partSize' | 'signal' | 'onPart' | 'acl'>): Promise<{ etag: string }> {
  const api = {
    initiateMultipart: async () => ({ uploadId: await wire.initiate() }),
    listMultipartUploads: () => wire.listUploads(),
    abortMultipart: (_bucket: string, _key: string, uploadId: string) => wire.abort(uploadId),
  };
  const cancelled = () => input.signal?.aborted === true;
  if (cancelled()) throw abortedError(wire.provider, input.signal?.reason);
  const uploadId = await initiateWithoutOrphans(api, { bucket: input.bucket, key: input.key });
  let completed: { etag: string };
  try {
    const parts: { partNumber: number; etag: string }[] = [];
    for (const [i, range] of partRanges(input.size, input.partSize).entries()) {
      if (cancelled()) throw abortedError(wire.provider, input.signal?.reason);
      parts.push({ partNumber: i + 1, etag: await wire.copyPart(uploadId, i + 1, range.start, range.end) });
      input.onPart?.(range.end + 1);
    }
    // The last moment a cancel leaves nothing behind; from Complete on, the copy finishes.
    if (cancelled()) throw abortedError(wire.provider, input.signal?.reason);
    completed = await wire.complete(uploadId, parts);
  } catch (error) {
    await wire.abort(uploadId).catch(() => undefined);
    throw error;
  }
  if (input.acl !== undefined && input.acl !== 'default') await wire.putAcl(input.acl);
  return completed;
}
