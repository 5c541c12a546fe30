// A promise cache: concurrent callers for one key share one in-flight request; settled values are
// kept for `ttlMs`; failures are never cached, so the next caller retries.
// Cancellation: each caller may pass its own signal. It stops waiting as soon as that signal aborts;
// the shared request itself is aborted only once every caller waiting on it has gone.

export interface MemoCache<V> {
  /** `compute` receives the shared request's signal (aborted when every caller has gone). */
  get(key: string, compute: (signal: AbortSignal) => Promise<V>, signal?: AbortSignal): Promise<V>;
  /** Drop every entry whose key satisfies the predicate (in-flight results are then not stored). */
  invalidate(match: (key: string) => boolean): void;
  readonly size: number;
}

interface Entry<V> {
  promise: Promise<V>;
  /** Undefined while in flight. */
  expiresAt?: number;
  /** Present while in flight. */
  callers?: SharedCallers;
}

/** Counts the callers of one in-flight request; a caller without a signal never leaves. */
interface SharedCallers {
  controller: AbortController;
  staying: number;
  detach: (() => void)[];
}

function abortError(): Error {
  return Object.assign(new Error('The operation was cancelled.'), { name: 'AbortError' });
}

function join<V>(entry: Entry<V>, signal: AbortSignal | undefined): Promise<V> {
  const callers = entry.callers;
  if (!callers) return entry.promise;
  if (signal === undefined) {
    callers.staying = Infinity;
    return entry.promise;
  }
  if (signal.aborted) return Promise.reject(abortError());
  callers.staying += 1;
  return new Promise<V>((resolve, reject) => {
    const leave = (): void => {
      reject(abortError());
      callers.staying -= 1;
      if (callers.staying === 0) callers.controller.abort();
    };
    signal.addEventListener('abort', leave, { once: true });
    callers.detach.push(() => signal.removeEventListener('abort', leave));
    entry.promise.then(resolve, reject);
  });
}

export function createMemoCache<V>(options: { ttlMs: number; maxEntries?: number; now?: () => number }): MemoCache<V> {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 20_000;
  const entries = new Map<string, Entry<V>>();

  const evictOldest = (): void => {
    // Map iteration order is insertion order: the first keys are the oldest.
    for (const key of entries.keys()) {
      if (entries.size < maxEntries) return;
      entries.delete(key);
    }
  };

  return {
    get(key, compute, signal) {
      const hit = entries.get(key);
      // An in-flight entry whose callers have all gone is dying: start afresh instead of joining it.
      const live = hit && !hit.callers?.controller.signal.aborted && (hit.expiresAt === undefined || hit.expiresAt > now());
      if (hit && live) return join(hit, signal);
      if (signal?.aborted) return Promise.reject(abortError());
      evictOldest();
      const callers: SharedCallers = { controller: new AbortController(), staying: 0, detach: [] };
      const entry: Entry<V> = { promise: compute(callers.controller.signal), callers };
      entries.set(key, entry);
      const settle = (): void => {
        delete entry.callers;
        for (const detach of callers.detach) detach();
      };
      entry.promise.then(
        () => {
          settle();
          if (entries.get(key) === entry) entry.expiresAt = now() + options.ttlMs;
        },
        () => {
          settle();
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return join(entry, signal);
    },
    invalidate(match) {
      for (const key of [...entries.keys()]) if (match(key)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
