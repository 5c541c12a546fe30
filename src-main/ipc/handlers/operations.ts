// ops.* channels over src-main/operations: each long job runs under its opId in the operation
// registry (ops.cancel aborts it), reports throttled `ops.progress` events, and every write
// announces the folders it changed with `objects.changed`.
import { AppFailure } from '../../errors';
import { affectedFolders } from '../../operations/affected-folders';
import { copyTree } from '../../operations/copy-tree';
import type { CopyLimits } from '../../operations/copy-one';
import { countTree } from '../../operations/count-tree';
import { deleteTree } from '../../operations/delete-tree';
import { throttledReporter, type JobContext } from '../../operations/job';
import { createFolder } from '../../operations/new-folder';
import { shareUrl } from '../../operations/share-url';
import type { Provider, StorageClient } from '../../storage/types';
import type { OperationRegistry } from './operation-registry';
import type { Emit, HandlerGroup } from './types';
import { numbered } from './numbered';

/** Clipboard access, injected (Electron `clipboard` in the app, a recorder in the browser host). */
export interface Clipboard {
  writeText(text: string): void | Promise<void>;
}

export interface OperationsHandlerDeps {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  invalidateLinks(profileId: string, bucket: string, keys: readonly string[], how: 'written' | 'deleted'): void;
  /** Links the copy re-created (the reverse index learns them). */
  recordLinks(profileId: string, bucket: string, links: readonly { key: string; target: string; targetBucket?: string }[]): void;
  ops: Pick<OperationRegistry, 'run'>;
  emit: Emit;
  clipboard?: Clipboard;
  limits: Record<Provider, CopyLimits>;
}

type OperationChannels = 'ops.newFolder' | 'ops.count' | 'ops.delete' | 'ops.copy' | 'ops.shareUrl' | 'clipboard.writeText';

export function createOperationsHandlers(deps: OperationsHandlerDeps): HandlerGroup<OperationChannels> {
  const announce = (profileId: string, bucket: string, keys: Iterable<string>) => {
    for (const prefix of affectedFolders(keys)) deps.emit('objects.changed', { profileId, bucket, prefix });
  };

  /** Runs a job under its opId with a progress reporter bound to it. */
  function runJob<T>(opId: string, work: (job: JobContext) => Promise<T>): Promise<T> {
    return deps.ops.run(opId, async (signal) => {
      const reporter = throttledReporter(numbered((p, seq) => deps.emit('ops.progress', { opId, seq, ...p })));
      try {
        return await work({ signal, report: reporter.report });
      } finally {
        reporter.flush();
      }
    });
  }

  return {
    'ops.newFolder': async ({ profileId, bucket, prefix, name }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const result = await createFolder(client, { bucket, prefix, name, ...(signal && { signal }) });
      announce(profileId, bucket, [result.key]);
      return result;
    },

    'ops.count': async ({ profileId, bucket, keys, opId }) => {
      const client = await deps.clientFor(profileId, bucket);
      return runJob(opId, (job) => countTree(client, { bucket, keys }, job));
    },

    'ops.delete': async ({ profileId, bucket, keys, opId }) => {
      const client = await deps.clientFor(profileId, bucket);
      const summary = await runJob(opId, (job) => deleteTree(client, { bucket, keys }, job));
      deps.invalidateLinks(profileId, bucket, summary.deleted, 'deleted');
      if (summary.deleted.length > 0) announce(profileId, bucket, keys);
      return { deleted: summary.deleted.length, failed: summary.failed, cancelled: summary.cancelled };
    },

    'ops.copy': async ({ profileId, sourceBucket, destBucket, items, move, linkBytes, overwrite, opId }) => {
      const [source, dest] = await Promise.all([deps.clientFor(profileId, sourceBucket), deps.clientFor(profileId, destBucket)]);
      const limits = deps.limits[dest.provider];
      const summary = await runJob(opId, (job) => copyTree(source, dest, { sourceBucket, destBucket, items, move, linkBytes, overwrite }, limits, job));
      deps.invalidateLinks(profileId, destBucket, summary.copied, 'written');
      deps.invalidateLinks(profileId, sourceBucket, summary.removed, 'deleted');
      deps.recordLinks(profileId, destBucket, summary.links);
      // One announcement per bucket, so a move within a bucket refetches each listing once.
      const touched = new Map<string, string[]>();
      const touch = (bucket: string, keys: string[]) => touched.set(bucket, [...(touched.get(bucket) ?? []), ...keys]);
      if (summary.copied.length > 0) touch(destBucket, items.map((i) => i.to));
      if (summary.removed.length > 0) touch(sourceBucket, items.map((i) => i.from));
      for (const [bucket, keys] of touched) announce(profileId, bucket, keys);
      return { copied: summary.copied.length, removed: summary.removed.length, failed: summary.failed, cancelled: summary.cancelled };
    },

    'ops.shareUrl': async ({ profileId, bucket, key, expiresSeconds, attachment, ofTarget }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      return shareUrl(client, { bucket, key, expiresSeconds, attachment, ofTarget, ...(signal && { signal }) });
    },

    'clipboard.writeText': async ({ text }) => {
      if (!deps.clipboard) throw new AppFailure('NOT_SUPPORTED', 'This host has no clipboard.');
      await deps.clipboard.writeText(text);
      return null;
    },
  };
}
