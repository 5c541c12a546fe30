// A transfer as the engine, the journal and the panel know it. Plain data: the journal
// writes it as JSON, the contract's TransferDto is a subset.
import type { AppError } from '../ipc/contract';

export type TransferState = 'queued' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';
export type Direction = 'upload' | 'download';

export interface DonePart {
  partNumber: number;
  size: number;
  /** Uploads: the part's ETag (needed to complete). */
  etag?: string;
  /** Decimal CRC-64 of the part's bytes (combined into the object's CRC); '' in BOS uploads journaled before BOS parts kept theirs. */
  crc64: string;
}

export interface TransferItem {
  id: string;
  direction: Direction;
  profileId: string;
  bucket: string;
  key: string;
  /** Upload: the file read; download: the final file written (`.part` until verified). */
  localPath: string;
  /** What the panel names it by: the file name. */
  name: string;
  size: number;
  transferred: number;
  state: TransferState;
  error?: AppError;
  /** Download of a link: the target key the bytes come from. */
  viaLink?: string;
  /** Open with the OS default app once downloaded. */
  openWhenDone?: boolean;
  /** The local file is ours to replace (Open's cache), not a user's file to keep. */
  replaceLocal?: boolean;
  /** Multipart upload id (uploads) once initiated. */
  uploadId?: string;
  /** Part size chosen for this item (stable across a resume). */
  partSize?: number;
  /** CompleteMultipartUpload was sent for `uploadId`: its answer may have been lost (paused, app quit). */
  completing?: boolean;
  /** Finished parts, journaled so a restart resumes instead of starting over. */
  parts?: DonePart[];
  /** Upload: the source file's size and mtime when the transfer began (a change restarts it). */
  sourceMtimeMs?: number;
  /** Download: the object's ETag when the transfer began (a change restarts it). */
  etag?: string;
}

export const isFinished = (s: TransferState): boolean => s === 'done' || s === 'failed' || s === 'cancelled';
