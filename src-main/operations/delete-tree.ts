// Delete…: every key of the selection, folders recursively, with DeleteMultipleObjects in
// batches of 1,000 (OSS) / BOS multi-delete; progress, cancel between batches, per-key failures.
import { StorageError } from '../storage/errors';
import type { StorageClient } from '../storage/types';
import { failureOf, type ItemFailure, type JobContext } from './job';
import { walkSelection } from './walk-tree';

export interface DeleteSummary {
  deleted: string[];
  failed: ItemFailure[];
  cancelled: boolean;
}

export async function deleteTree(client: StorageClient, input: { bucket: string; keys: readonly string[]; total?: number }, job: JobContext): Promise<DeleteSummary> {
  const summary: DeleteSummary = { deleted: [], failed: [], cancelled: false };
  try {
    for await (const rows of walkSelection(client, input.bucket, input.keys, job.signal)) {
      if (rows.length === 0) continue;
      // Listing pages hold at most 1,000 keys: one page is one multi-delete request.
      const r = await client.deleteMany(input.bucket, rows.map((row) => row.key), job.signal);
      summary.deleted.push(...r.deleted);
      summary.failed.push(...r.failed.map((f) => failureOf(f.key, new StorageError({ code: f.code, status: 0, provider: client.provider, message: f.message }))));
      job.report({ done: summary.deleted.length, ...(input.total !== undefined && { total: input.total }), failed: summary.failed.length });
      if (job.signal.aborted) break;
    }
  } catch (error) {
    if (!job.signal.aborted) throw error;
  }
  return job.signal.aborted ? { ...summary, cancelled: true } : summary;
}
