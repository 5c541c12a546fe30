// objects.search (Search whole folder): the folder search job under its opId in the operation
// registry (ops.cancel stops it within one page), its matches streamed as numbered
// objects.searchProgress events, at most 10 a second, each carrying the matches since the last.
import { searchFolder, type SearchBatch, type SearchCounts } from '../../operations/folder-search';
import type { StorageClient } from '../../storage/types';
import type { EventPayload } from '../contract';
import { encodeObjectPage } from './object-page';
import type { OperationRegistry } from './operation-registry';
import type { Emit, HandlerGroup } from './types';

export interface SearchHandlerDeps {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  ops: Pick<OperationRegistry, 'run'>;
  emit: Emit;
  now?: () => number;
}

/** Gathers pages' matches and sends them with the counts at most once per `intervalMs`; `flush` sends what is left. */
export function searchStreamer(send: (counts: SearchCounts, batch: SearchBatch | undefined, seq: number) => void, intervalMs = 100, now: () => number = Date.now) {
  let seq = 0;
  let last = -Infinity;
  let counts: SearchCounts | undefined;
  let pending: SearchBatch = { folders: [], objects: [] };
  const emit = (): void => {
    if (!counts) return;
    const batch = pending.folders.length + pending.objects.length > 0 ? pending : undefined;
    send(counts, batch, seq);
    seq += 1;
    last = now();
    counts = undefined;
    pending = { folders: [], objects: [] };
  };
  return {
    add(next: SearchCounts, batch: SearchBatch): void {
      counts = next;
      pending.folders.push(...batch.folders);
      pending.objects.push(...batch.objects);
      if (now() - last >= intervalMs) emit();
    },
    flush: emit,
    get sent(): number {
      return seq;
    },
  };
}

export function createSearchHandlers(deps: SearchHandlerDeps): HandlerGroup<'objects.search'> {
  return {
    'objects.search': async ({ profileId, bucket, prefix, text, recursive, maxMatches, opId }) => {
      const client = await deps.clientFor(profileId, bucket);
      const stream = searchStreamer(
        (counts, batch, seq) => {
          const payload: EventPayload<'objects.searchProgress'> = { opId, seq, ...counts };
          if (batch) payload.batch = encodeObjectPage(client.provider, prefix, batch);
          deps.emit('objects.searchProgress', payload);
        },
        100,
        deps.now,
      );
      return deps.ops.run(opId, async (signal) => {
        try {
          const summary = await searchFolder(client, { bucket, prefix, text, recursive, maxMatches }, { signal, onPage: stream.add });
          stream.flush();
          return { ...summary, batches: stream.sent };
        } finally {
          // A failed search still delivers the matches it found before the failure.
          stream.flush();
        }
      });
    },
  };
}
