// The queue: items in states queued / running / paused / done / failed / cancelled, at most
// `maxFiles` running and `maxParts` requests in flight over all of them. Pause keeps what was
// done (journaled parts), cancel throws it away (aborts the multipart upload, removes `.part`),
// retry re-queues a failed or cancelled item. Retries of single requests on 5xx and dropped
// connections happen inside storage/ (its one retry policy); a failure here is final for the item.
// Items keep their own ids rather than the operation registry's (ipc/handlers/operation-registry.ts):
// an opId lives as long as one pending request and can only be cancelled, while an item outlives
// its request (journaled across restarts) and is paused, resumed and retried. What could still use
// an opId is the planning request itself (walking a huge local folder, listing a remote one), so
// the renderer can cancel it while it is pending: not done yet (needs an opId in the contract).
import { randomUUID } from 'node:crypto';
import { toAppError } from '../errors';
import type { StorageClient } from '../storage/types';
import { downloadFile, discardDownload } from './download-file';
import { createLimiter } from '../links/limiter';
import { DEFAULT_LIMITS, type TransferLimits } from './part-plan';
import { type LocalFs, NODE_FS } from './local-fs';
import type { RunContext } from './run-context';
import { isFinished, type TransferItem, type TransferState } from './types';
import { discardUpload, uploadFile } from './upload-file';

export type NewTransfer = Omit<TransferItem, 'id' | 'state' | 'transferred'> & { state?: 'queued' | 'paused' | 'failed' };

export interface QueueHooks {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  /** An item's visible state changed (progress, state, error). */
  onChange(id: string): void;
  onRemove(id: string): void;
  /** State worth journaling changed (added, parts finished, state). */
  onPersist(): void;
  /** An item finished successfully. */
  onDone?(item: TransferItem): void;
}

export type QueueAction = 'pause' | 'resume' | 'cancel' | 'retry';

export interface TransferQueue {
  add(items: NewTransfer[]): TransferItem[];
  /** Items restored from the journal: running ones go back to queued. */
  restore(items: TransferItem[]): void;
  get(id: string): TransferItem | undefined;
  list(): TransferItem[];
  control(action: QueueAction, ids?: readonly string[]): void;
  clearFinished(): void;
  /** Resolves once nothing is queued or running (tests, benchmarks). */
  idle(): Promise<void>;
  /** Stops running items without changing their journaled state (app shutdown). */
  stop(): Promise<void>;
}

export function createTransferQueue(hooks: QueueHooks, limits: TransferLimits = DEFAULT_LIMITS, fs: LocalFs = NODE_FS): TransferQueue {
  const items = new Map<string, TransferItem>();
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const parts = createLimiter(limits.maxParts);
  const discarding = new Map<string, Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let stopped = false;

  const changed = (item: TransferItem) => hooks.onChange(item.id);

  const settleIdle = () => {
    if (running.size > 0 || [...items.values()].some((i) => i.state === 'queued')) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  function pump(): void {
    if (stopped) return;
    for (const item of items.values()) {
      if (running.size >= limits.maxFiles) break;
      if (item.state === 'queued' && !running.has(item.id)) start(item);
    }
    settleIdle();
  }

  function start(item: TransferItem): void {
    const controller = new AbortController();
    item.state = 'running';
    item.error = undefined;
    changed(item);
    hooks.onPersist();
    const done = run(item, controller).finally(() => {
      running.delete(item.id);
      pump();
    });
    running.set(item.id, { controller, done });
  }

  async function run(item: TransferItem, controller: AbortController): Promise<void> {
    const signal = controller.signal;
    // A cancel's clean-up of an earlier run (abort upload, remove `.part`) finishes first.
    await discarding.get(item.id);
    let outcome: TransferState | 'stopped';
    try {
      const client = await hooks.clientFor(item.profileId, item.bucket);
      const ctx: RunContext = {
        client,
        parts,
        limits,
        fs,
        signal,
        progress: (delta) => {
          item.transferred = Math.max(0, item.transferred + delta);
          changed(item);
        },
        checkpoint: () => hooks.onPersist(),
      };
      await (item.direction === 'upload' ? uploadFile(item, ctx) : downloadFile(item, ctx));
      outcome = 'done';
    } catch (e) {
      const reason: unknown = signal.aborted ? signal.reason : undefined;
      outcome = reason === 'pause' ? 'paused' : reason === 'stop' ? 'stopped' : reason === 'cancel' ? 'cancelled' : 'failed';
      if (outcome === 'failed') item.error = toAppError(e);
    }
    // The item stays "running" (no Retry offered) until a cancel has cleaned up after itself:
    // a Retry racing the abort of the old multipart upload would otherwise reuse its id.
    if (outcome === 'cancelled') await discard(item);
    if (outcome === 'done') {
      item.transferred = item.size;
      item.parts = undefined;
    }
    if (outcome !== 'stopped') item.state = outcome; // a stopped item is journaled as running: resumed at the next start
    if (outcome === 'done') hooks.onDone?.(item);
    changed(item);
    hooks.onPersist();
  }

  /** Clean-ups run one after the other per item; `run` waits for them before starting. */
  function discard(item: TransferItem): Promise<void> {
    const next = (discarding.get(item.id) ?? Promise.resolve()).then(() => discardNow(item));
    discarding.set(item.id, next);
    void next.finally(() => {
      if (discarding.get(item.id) === next) discarding.delete(item.id);
    });
    return next;
  }

  async function discardNow(item: TransferItem): Promise<void> {
    item.transferred = 0;
    if (item.direction === 'download') return discardDownload(item, fs);
    const client = await hooks.clientFor(item.profileId, item.bucket).catch(() => undefined);
    if (client) await discardUpload(item, client);
  }

  function apply(action: QueueAction, item: TransferItem): void {
    const active = running.get(item.id);
    switch (action) {
      case 'pause':
        if (active) active.controller.abort('pause');
        else if (item.state === 'queued') item.state = 'paused';
        break;
      case 'resume':
        if (item.state === 'paused') item.state = 'queued';
        break;
      case 'cancel':
        if (active) active.controller.abort('cancel');
        else if (item.state === 'queued' || item.state === 'paused' || item.state === 'failed') {
          item.state = 'cancelled';
          void discard(item).then(() => hooks.onPersist());
        }
        break;
      case 'retry':
        if (item.state === 'failed' || item.state === 'cancelled') {
          item.state = 'queued';
          item.error = undefined;
        }
        break;
    }
    changed(item);
  }

  return {
    add(newItems) {
      const added = newItems.map((n): TransferItem => ({ ...n, id: randomUUID(), state: n.state ?? 'queued', transferred: 0 }));
      for (const item of added) {
        items.set(item.id, item);
        changed(item);
      }
      hooks.onPersist();
      pump();
      return added;
    },
    restore(restored) {
      for (const item of restored) {
        items.set(item.id, { ...item, state: item.state === 'running' ? 'queued' : item.state });
        changed(item);
      }
      pump();
    },
    get: (id) => items.get(id),
    list: () => [...items.values()],
    control(action, ids) {
      const targets = ids ? ids.map((id) => items.get(id)).filter((i): i is TransferItem => i !== undefined) : [...items.values()];
      for (const item of targets) apply(action, item);
      hooks.onPersist();
      pump();
    },
    clearFinished() {
      for (const item of [...items.values()]) {
        if (!isFinished(item.state)) continue;
        if (item.state === 'failed') void discard(item); // a kept `.part` or multipart upload goes too
        items.delete(item.id);
        hooks.onRemove(item.id);
      }
      hooks.onPersist();
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      }),
    async stop() {
      stopped = true;
      for (const { controller } of running.values()) controller.abort('stop');
      await Promise.all([...running.values()].map((r) => r.done));
    },
  };
}
