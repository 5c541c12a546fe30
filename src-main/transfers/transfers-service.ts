// The transfers feature behind the IPC handlers: the queue with its journal and batched
// progress events, upload planning (conflicts), downloads into a chosen directory, Open
// (download to the per-profile cache, then the OS default app) and Reveal.
import { basename, join } from 'node:path';
import type { StorageClient } from '../storage/types';
import { AppFailure } from '../errors';
import type { ConflictChoice, TransferDto, TransferSnapshot, TransferTotals, UploadResult } from '../ipc/contract';
import { planDownloads, type DownloadRow } from './download-planner';
import { NO_DIALOGS, type Dialogs, type OsShell } from './host-seams';
import { createJournal } from './journal';
import type { LocalFs } from './local-fs';
import { localPathFor } from './local-names';
import { DEFAULT_LIMITS, type TransferLimits } from './part-plan';
import { createBatchedEmitter } from './progress-events';
import { createTransferQueue, type QueueAction } from './transfer-queue';
import { isFinished, type TransferItem } from './types';
import { createUploadPlanner, type UploadTarget } from './upload-planner';

export interface TransfersServiceDeps {
  userDataDir: string;
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  dialogs?: Dialogs;
  shell?: OsShell;
  /** Receives the batched 'transfers.changed' payloads. */
  emit(payload: { items: TransferDto[]; removed: string[]; totals: TransferTotals }): void;
  limits?: TransferLimits;
  /** The local file system (tests inject failures). */
  fs?: LocalFs;
  progressIntervalMs?: number;
  /** An upload finished: the key now holds a plain object (link caches and the reverse index forget it). */
  onUploaded?(profileId: string, bucket: string, key: string): void;
}

export interface TransfersService {
  snapshot(): TransferSnapshot;
  uploadPaths(target: UploadTarget, paths: readonly string[]): Promise<UploadResult>;
  uploadWithDialog(target: UploadTarget, kind: 'files' | 'folder'): Promise<UploadResult>;
  resolveConflicts(planId: string, decisions: Record<string, ConflictChoice>): Promise<UploadResult>;
  download(target: { profileId: string; bucket: string }, rows: readonly DownloadRow[]): Promise<{ status: 'queued'; count: number } | { status: 'cancelled' }>;
  open(ref: { profileId: string; bucket: string; key: string }): Promise<{ id: string }>;
  control(action: QueueAction, ids?: readonly string[]): void;
  reveal(id: string): void;
  clearFinished(): void;
  idle(): Promise<void>;
  close(): Promise<void>;
}

const eta = (left: number, rate: number): number | undefined => (rate > 0 ? Math.ceil(left / rate) : undefined);

function toDto(item: TransferItem, rate: number): TransferDto {
  const dto: TransferDto = {
    id: item.id,
    direction: item.direction,
    name: item.name,
    bucket: item.bucket,
    key: item.key,
    localPath: item.localPath,
    size: item.size,
    transferred: item.transferred,
    state: item.state,
    rate,
  };
  if (item.error) dto.error = item.error;
  if (item.viaLink !== undefined) dto.viaLink = item.viaLink;
  const left = eta(item.size - item.transferred, rate);
  if (left !== undefined) dto.etaSeconds = left;
  return dto;
}

export function createTransfersService(deps: TransfersServiceDeps): TransfersService {
  const dialogs = deps.dialogs ?? NO_DIALOGS;
  const rates = new Map<string, number>();
  const journal = createJournal(join(deps.userDataDir, 'transfers', 'journal.json'), () => queue.list());

  const totals = (): TransferTotals => {
    let size = 0;
    let transferred = 0;
    let rate = 0;
    let active = 0;
    for (const item of queue.list()) {
      if (item.state !== 'queued' && item.state !== 'running') continue;
      active++;
      size += item.size;
      transferred += item.transferred;
      rate += rates.get(item.id) ?? 0;
    }
    const left = eta(size - transferred, rate);
    return left === undefined ? { active, size, transferred, rate } : { active, size, transferred, rate, etaSeconds: left };
  };

  const events = createBatchedEmitter(
    (id) => queue.get(id),
    (batch) => {
      for (const [id, rate] of batch.rates) rates.set(id, rate);
      for (const id of batch.removed) rates.delete(id);
      deps.emit({ items: batch.changed.map((i) => toDto(i, rates.get(i.id) ?? 0)), removed: batch.removed, totals: totals() });
    },
    { intervalMs: deps.progressIntervalMs ?? 100 },
  );

  const queue = createTransferQueue(
    {
      clientFor: deps.clientFor,
      onChange: (id) => events.changed(id),
      onRemove: (id) => events.removed(id),
      onPersist: () => journal.touch(),
      onDone: (item) => {
        if (item.direction === 'upload') deps.onUploaded?.(item.profileId, item.bucket, item.key);
        if (item.openWhenDone && deps.shell) void deps.shell.openPath(item.localPath).catch(() => undefined);
      },
    },
    deps.limits ?? DEFAULT_LIMITS,
    deps.fs,
  );
  queue.restore(journal.load());

  const planner = createUploadPlanner({ clientFor: deps.clientFor, enqueue: (items) => queue.add(items) });

  const pendingPaths = () => new Set(queue.list().filter((i) => i.direction === 'download' && !isFinished(i.state)).map((i) => i.localPath));

  return {
    snapshot: () => ({ items: queue.list().map((i) => toDto(i, rates.get(i.id) ?? 0)), totals: totals() }),
    uploadPaths: (target, paths) => planner.plan(target, paths),

    async uploadWithDialog(target, kind) {
      const paths = kind === 'files' ? await dialogs.openFiles() : [await dialogs.openDirectory()].filter((p): p is string => p !== undefined);
      if (paths.length === 0) return { status: 'cancelled' };
      return planner.plan(target, paths);
    },

    resolveConflicts: (planId, decisions) => planner.resolve(planId, decisions),

    async download(target, rows) {
      const directory = await dialogs.saveDirectory();
      if (directory === undefined) return { status: 'cancelled' };
      const client = await deps.clientFor(target.profileId, target.bucket);
      const items = await planDownloads(client, { ...target, directory }, rows, pendingPaths());
      queue.add(items);
      return { status: 'queued', count: items.length };
    },

    async open(ref) {
      // One cache per profile: the same key opens the same local file (replaced by a fresh download).
      const localPath = localPathFor(join(deps.userDataDir, 'open-cache', encodeURIComponent(ref.profileId), encodeURIComponent(ref.bucket)), ref.key, '');
      const [item] = queue.add([
        { direction: 'download', ...ref, localPath, name: basename(localPath), size: 0, openWhenDone: true, replaceLocal: true },
      ]);
      return { id: item!.id };
    },

    control: (action, ids) => queue.control(action, ids),

    reveal(id) {
      const item = queue.get(id);
      if (!item) throw new AppFailure('NOT_FOUND', 'This transfer is no longer in the list.');
      if (!deps.shell) throw new AppFailure('NOT_SUPPORTED', 'Revealing files is not available here.');
      deps.shell.showItemInFolder(item.localPath);
    },

    clearFinished: () => queue.clearFinished(),
    idle: () => queue.idle(),

    async close() {
      await queue.stop();
      events.close();
      await journal.close();
    },
  };
}
