// Delete's first step: what the selection holds ("N objects, M links, total size"), with
// progress and cancel. BOS listings do not mark links, so there each row costs a HEAD.
import { createLimiter } from '../links/limiter';
import type { StorageClient } from '../storage/types';
import type { JobContext } from './job';
import { rowIsLink, walkSelection } from './walk-tree';

export interface TreeCount {
  objects: number;
  links: number;
  bytes: number;
  cancelled: boolean;
}

export async function countTree(client: StorageClient, input: { bucket: string; keys: readonly string[] }, job: JobContext): Promise<TreeCount> {
  const count: TreeCount = { objects: 0, links: 0, bytes: 0, cancelled: false };
  const limit = createLimiter(8);
  try {
    for await (const rows of walkSelection(client, input.bucket, input.keys, job.signal)) {
      const flags = await Promise.all(rows.map((row) => limit(() => rowIsLink(client, input.bucket, row, job.signal).catch(() => false))));
      rows.forEach((row, i) => {
        if (flags[i]) count.links += 1;
        else {
          count.objects += 1;
          count.bytes += row.size;
        }
      });
      job.report({ done: count.objects + count.links, bytes: count.bytes, failed: 0 });
    }
  } catch (error) {
    if (!job.signal.aborted) throw error;
  }
  return job.signal.aborted ? { ...count, cancelled: true } : count;
}
