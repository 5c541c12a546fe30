// Progress for the whole queue in at most one event per interval (default 100 ms: ≤ 10 a
// second), carrying only the items that changed since the last one, plus totals. Rates are
// smoothed per item so ETA does not jump with every chunk.
import type { TransferItem } from './types';

export interface RateSample {
  rate: number;
  lastBytes: number;
  lastAt: number;
}

export interface ProgressBatch {
  changed: TransferItem[];
  removed: string[];
  rates: Map<string, number>;
}

export interface BatchedEmitter {
  changed(id: string): void;
  removed(id: string): void;
  /** Sends what is pending now (tests, shutdown). */
  flush(): void;
  close(): void;
}

export function createBatchedEmitter(
  lookup: (id: string) => TransferItem | undefined,
  send: (batch: ProgressBatch) => void,
  { intervalMs = 100, now = () => Date.now() }: { intervalMs?: number; now?: () => number } = {},
): BatchedEmitter {
  const dirty = new Set<string>();
  const gone = new Set<string>();
  const samples = new Map<string, RateSample>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = Number.NEGATIVE_INFINITY; // the first batch goes out at once

  const rateOf = (item: TransferItem, at: number): number => {
    const s = samples.get(item.id);
    if (item.state !== 'running') {
      samples.delete(item.id);
      return 0;
    }
    if (!s) {
      samples.set(item.id, { rate: 0, lastBytes: item.transferred, lastAt: at });
      return 0;
    }
    const dt = (at - s.lastAt) / 1000;
    if (dt > 0) {
      const instant = Math.max(0, item.transferred - s.lastBytes) / dt;
      s.rate = s.rate === 0 ? instant : 0.7 * s.rate + 0.3 * instant;
      s.lastBytes = item.transferred;
      s.lastAt = at;
    }
    return s.rate;
  };

  function flush(): void {
    timer = undefined;
    if (dirty.size === 0 && gone.size === 0) return;
    const at = now();
    const changedItems: TransferItem[] = [];
    const rates = new Map<string, number>();
    for (const id of dirty) {
      const item = lookup(id);
      if (!item) continue;
      changedItems.push(item);
      rates.set(id, rateOf(item, at));
    }
    const removed = [...gone];
    dirty.clear();
    gone.clear();
    for (const id of removed) samples.delete(id);
    send({ changed: changedItems, removed, rates });
    // Counted from the end of this delivery: a big batch cannot squeeze the next one closer.
    lastSent = now();
  }

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(flush, Math.max(0, intervalMs - (now() - lastSent)));
  };

  return {
    changed(id) {
      dirty.add(id);
      schedule();
    },
    removed(id) {
      dirty.delete(id);
      gone.add(id);
      schedule();
    },
    flush() {
      if (timer) clearTimeout(timer);
      flush();
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
