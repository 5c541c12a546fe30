// What one running transfer gets from the queue: its client, the global part cap, the limits,
// its abort signal, the local file system, and two callbacks (bytes moved; state worth journaling changed).
import { setMaxListeners } from 'node:events';
import type { StorageClient } from '../storage/types';
import type { Limiter } from '../links/limiter';
import type { LocalFs } from './local-fs';
import type { TransferLimits } from './part-plan';

export interface RunContext {
  client: StorageClient;
  parts: Limiter;
  limits: TransferLimits;
  fs: LocalFs;
  signal: AbortSignal;
  progress(deltaBytes: number): void;
  checkpoint(): void;
}

/** Runs every task; the first failure aborts the others (they share `signal`) and is rethrown. */
export async function allOrAbort(tasks: ((signal: AbortSignal) => Promise<void>)[], outer: AbortSignal): Promise<void> {
  const inner = new AbortController();
  // Every waiting part listens on it (limiter, request): hundreds of parts are expected.
  setMaxListeners(0, inner.signal);
  const onOuter = () => inner.abort(outer.reason);
  outer.addEventListener('abort', onOuter, { once: true });
  let first: unknown;
  try {
    await Promise.all(
      tasks.map((task) =>
        task(inner.signal).catch((e: unknown) => {
          first ??= e;
          inner.abort(e);
        }),
      ),
    );
  } finally {
    outer.removeEventListener('abort', onOuter);
  }
  if (first !== undefined) throw outer.aborted ? outer.reason : first;
}
