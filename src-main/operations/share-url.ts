// Copy share URL…: a presigned GET, at most MAX_SHARE_SECONDS (7 days: the OSS V4 cap, see the contract).
import { AppFailure } from '../errors';
import { MAX_SHARE_SECONDS } from '../ipc/contract';
import type { StorageClient } from '../storage/types';

export interface ShareUrlInput {
  bucket: string;
  key: string;
  expiresSeconds: number;
  /** Ask the browser to save the file rather than show it. */
  attachment: boolean;
  /** For a link: the URL of its target instead of the link's own (GetObject follows a link either way). */
  ofTarget: boolean;
  signal?: AbortSignal;
}

export interface ShareUrl {
  url: string;
  bucket: string;
  key: string;
  /** ISO time the URL stops working. */
  expiresAt: string;
}

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name. */
export function attachmentDisposition(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1) || 'download';
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** OSS names the override `response-content-disposition`; BOS `responseContentDisposition` (bce-sdk-go api/object.go). */
const dispositionParam = (client: StorageClient): string => (client.provider === 'oss' ? 'response-content-disposition' : 'responseContentDisposition');

export async function shareUrl(client: StorageClient, input: ShareUrlInput, now: () => Date = () => new Date()): Promise<ShareUrl> {
  if (!Number.isInteger(input.expiresSeconds) || input.expiresSeconds < 1 || input.expiresSeconds > MAX_SHARE_SECONDS) {
    throw new AppFailure('INVALID_ARGUMENT', 'A share URL may last from 1 second to 7 days.');
  }
  let { bucket, key } = input;
  if (input.ofTarget) {
    const link = await client.getSymlink(bucket, key, input.signal);
    bucket = link.targetBucket ?? bucket;
    key = link.target;
  }
  const query = input.attachment ? { [dispositionParam(client)]: attachmentDisposition(key) } : undefined;
  const url = client.presign({ bucket, key, expiresSeconds: input.expiresSeconds, ...(query && { query }) });
  return { url, bucket, key, expiresAt: new Date(now().getTime() + input.expiresSeconds * 1000).toISOString() };
}
