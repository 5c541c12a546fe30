// Copy to… / Move to… / Rename…: each item (a key, or a folder ending in '/') goes to its new
// key, folders recursively. A move deletes a source key only after its copy succeeded.
import { AppFailure } from '../errors';
import { createLimiter } from '../links/limiter';
import type { ObjectRow, StorageClient } from '../storage/types';
import { copyOne, type CopiedLink, type CopyLimits } from './copy-one';
import { failureOf, type ItemFailure, type JobContext } from './job';
import { isFolderKey, rowIsLink, walkSelection } from './walk-tree';

export interface CopyItem {
  from: string;
  to: string;
}

export interface CopyRequest {
  sourceBucket: string;
  destBucket: string;
  items: readonly CopyItem[];
  move: boolean;
  linkBytes: boolean;
  overwrite: boolean;
}

export interface CopySummary {
  /** Destination keys written. */
  copied: string[];
  /** Source keys removed (moves). */
  removed: string[];
  /** Destination keys that are links re-created by the copy, with their targets. */
  links: ({ key: string } & CopiedLink)[];
  failed: ItemFailure[];
  cancelled: boolean;
}

/** Refuses what cannot work before anything is written. */
function checkItems(req: CopyRequest): void {
  for (const { from, to } of req.items) {
    if (isFolderKey(from) !== isFolderKey(to)) throw new AppFailure('BAD_REQUEST', 'A folder must be copied to a folder key and an object to an object key.');
    if (req.sourceBucket !== req.destBucket) continue;
    if (from === to) throw new AppFailure('INVALID_ARGUMENT', 'The source and the destination are the same.', { reason: 'SAME_PLACE' });
    if (isFolderKey(from) && to.startsWith(from)) throw new AppFailure('INVALID_ARGUMENT', 'A folder cannot be copied into itself.', { reason: 'INTO_ITSELF' });
  }
}

/** Keys already at the destinations (one recursive listing per folder item), unless overwriting. */
async function existingKeys(client: StorageClient, req: CopyRequest, signal: AbortSignal): Promise<Set<string>> {
  const taken = new Set<string>();
  if (req.overwrite) return taken;
  for (const { to } of req.items) {
    if (isFolderKey(to)) {
      for await (const page of client.listAll({ bucket: req.destBucket, prefix: to, signal })) for (const r of page.objects) taken.add(r.key);
    } else {
      const page = await client.listObjects({ bucket: req.destBucket, prefix: to, maxKeys: 1, signal });
      if (page.objects.some((r) => r.key === to)) taken.add(to);
    }
  }
  return taken;
}

const destKeyOf = (item: CopyItem, key: string): string => (isFolderKey(item.from) ? item.to + key.slice(item.from.length) : item.to);

export async function copyTree(source: StorageClient, dest: StorageClient, req: CopyRequest, limits: CopyLimits, job: JobContext): Promise<CopySummary> {
  // Server-side copy works within one provider (the local demo profile holds OSS and BOS buckets).
  if (source.provider !== dest.provider) throw new AppFailure('NOT_SUPPORTED', 'Copying between OSS and BOS is not possible server-side.', { reason: 'CROSS_PROVIDER' });
  checkItems(req);
  const summary: CopySummary = { copied: [], removed: [], links: [], failed: [], cancelled: false };
  const limit = createLimiter(8);
  let bytes = 0;
  try {
    const taken = await existingKeys(dest, req, job.signal);
    for (const item of req.items) {
      for await (const rows of walkSelection(source, req.sourceBucket, [item.from], job.signal)) {
        const copiedHere: string[] = [];
        await Promise.all(
          rows.map((row: ObjectRow) =>
            limit(async () => {
              if (job.signal.aborted) return;
              const destKey = destKeyOf(item, row.key);
              try {
                if (taken.has(destKey)) throw new AppFailure('ALREADY_EXISTS', 'An object with this name already exists at the destination.', { key: destKey });
                const isLink = await rowIsLink(source, req.sourceBucket, row, job.signal);
                const onBytes = (n: number) => {
                  bytes += n;
                };
                const link = await copyOne(dest, { row, isLink, sourceBucket: req.sourceBucket, destBucket: req.destBucket, destKey, linkBytes: req.linkBytes, overwrite: req.overwrite, signal: job.signal, onBytes }, limits);
                summary.copied.push(destKey);
                if (link) summary.links.push({ key: destKey, ...link });
                copiedHere.push(row.key);
              } catch (error) {
                if (!job.signal.aborted) summary.failed.push(failureOf(row.key, error));
              }
            }),
          ),
        );
        if (req.move && copiedHere.length > 0) {
          // Only keys whose copy succeeded; a failed copy leaves its source where it was.
          const r = await source.deleteMany(req.sourceBucket, copiedHere, job.signal);
          summary.removed.push(...r.deleted);
          for (const f of r.failed) summary.failed.push({ key: f.key, code: 'UNKNOWN', message: 'The copy was made but the source could not be removed.' });
        }
        job.report({ done: summary.copied.length, bytes, failed: summary.failed.length });
        if (job.signal.aborted) break;
      }
    }
  } catch (error) {
    if (!job.signal.aborted) throw error;
  }
  return job.signal.aborted ? { ...summary, cancelled: true } : summary;
}
