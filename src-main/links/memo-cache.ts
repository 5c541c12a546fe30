// A promise cache: concurrent callers for one key share one in-flight request; settled values are
// kept for `ttlMs`; failures are never cached, so the next caller retries.

export interface MemoCache<V> {
  get(key: string, compute: () => Promise<V>): Promise<V>;
  /** Drop every entry whose key satisfies the predicate (in-flight results are then not stored). */
  invalidate(match: (key: string) => boolean): void;
  readonly size: number;
}

interface Entry<V> {
  promise: Promise<V>;
  /** Undefined while in flight. */
  expiresAt?: number;
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
    get(key, compute) {
      const hit = entries.get(key);
      if (hit && (hit.expiresAt === undefined || hit.expiresAt > now())) return hit.promise;
      evictOldest();
      const entry: Entry<V> = { promise: compute() };
      entries.set(key, entry);
      entry.promise.then(
        () => {
          if (entries.get(key) === entry) entry.expiresAt = now() + options.ttlMs;
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.promise;
    },
    invalidate(match) {
      for (const key of [...entries.keys()]) if (match(key)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
