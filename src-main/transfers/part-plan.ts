// How a file is cut: one request up to the multipart threshold, otherwise parts of the default
// size, grown (in whole MiB) so that no file needs more than the services' 10,000 parts.
export const MiB = 1024 * 1024;
export const MAX_PARTS = 10_000;

export interface TransferLimits {
  /** Files larger than this go multipart (default 16 MiB). */
  multipartThreshold: number;
  /** Default part size (8 MiB). */
  partSize: number;
  /** Parts (or single requests) in flight over the whole queue (4). */
  maxParts: number;
  /** Files in flight (3). */
  maxFiles: number;
}

export const DEFAULT_LIMITS: TransferLimits = { multipartThreshold: 16 * MiB, partSize: 8 * MiB, maxParts: 4, maxFiles: 3 };

export interface PartRange {
  /** 1-based, as the services number parts. */
  partNumber: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export function partSizeFor(size: number, partSize: number): number {
  const needed = Math.ceil(size / MAX_PARTS);
  return needed <= partSize ? partSize : Math.ceil(needed / MiB) * MiB;
}

/** One part for a small file (no multipart); otherwise consecutive ranges covering it. */
export function planParts(size: number, limits: Pick<TransferLimits, 'multipartThreshold' | 'partSize'>): { multipart: boolean; parts: PartRange[] } {
  if (size <= limits.multipartThreshold) return { multipart: false, parts: [{ partNumber: 1, start: 0, end: size }] };
  const step = partSizeFor(size, limits.partSize);
  const parts: PartRange[] = [];
  for (let start = 0, n = 1; start < size; start += step, n++) parts.push({ partNumber: n, start, end: Math.min(size, start + step) });
  return { multipart: true, parts };
}
