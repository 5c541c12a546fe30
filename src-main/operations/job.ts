// The one shape of a long job (STYLE.md §10): a plain async function given a signal and a
// progress sink; per-item failures go into its summary, only a whole-job failure throws.
import { toAppError } from '../errors';
import type { ErrorCode } from '../ipc/contract';

/** Progress is data; the renderer words it. `total` is known once a job has counted. */
export interface Progress {
  done: number;
  total?: number;
  bytes?: number;
  failed: number;
}

export interface JobContext {
  signal: AbortSignal;
  report(progress: Progress): void;
}

export interface ItemFailure {
  key: string;
  code: ErrorCode;
  message: string;
}

export const failureOf = (key: string, error: unknown): ItemFailure => {
  const { code, message } = toAppError(error);
  return { key, code, message };
};

/** A job context without a listener, for callers that only want the summary. */
export const quietJob = (signal: AbortSignal = new AbortController().signal): JobContext => ({ signal, report: () => {} });

/**
 * Batches progress to at most one event per `intervalMs` (10 a second by default); the last
 * state is always delivered by `flush()`, so a job never ends half-reported.
 */
export function throttledReporter(send: (p: Progress) => void, intervalMs = 100, now: () => number = Date.now): { report: (p: Progress) => void; flush: () => void } {
  let last = -Infinity;
  let pending: Progress | undefined;
  return {
    report(p) {
      if (now() - last >= intervalMs) {
        last = now();
        pending = undefined;
        send(p);
      } else pending = p;
    },
    flush() {
      if (pending) send(pending);
      pending = undefined;
    },
  };
}
