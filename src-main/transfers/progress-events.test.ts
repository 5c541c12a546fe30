import { describe, expect, it, vi } from 'vitest';
import { createBatchedEmitter, type ProgressBatch } from './progress-events';
import type { TransferItem } from './types';

const item = (id: string, transferred: number, state: TransferItem['state'] = 'running'): TransferItem => ({
  id, direction: 'upload', profileId: 'p', bucket: 'b', key: id, localPath: `/tmp/${id}`, name: id, size: 1000, transferred, state,
});

describe('createBatchedEmitter', () => {
  it('sends at most one batch per interval, with each changed item once', () => {
    vi.useFakeTimers();
    try {
      const items = new Map([['a', item('a', 0)], ['b', item('b', 0)]]);
      const batches: ProgressBatch[] = [];
      let clock = 0;
      const e = createBatchedEmitter((id) => items.get(id), (b) => batches.push(b), { intervalMs: 100, now: () => clock });
      for (let i = 0; i < 50; i++) {
        e.changed('a');
        e.changed('b');
      }
      vi.advanceTimersByTime(0);
      expect(batches).toHaveLength(1);
      expect(batches[0]!.changed.map((i) => i.id)).toEqual(['a', 'b']);
      clock = 10;
      e.changed('a');
      vi.advanceTimersByTime(50);
      expect(batches).toHaveLength(1); // not before 100 ms after the last one
      clock = 100;
      vi.advanceTimersByTime(50);
      expect(batches).toHaveLength(2);
      e.removed('b');
      vi.advanceTimersByTime(100);
      expect(batches[2]!.removed).toEqual(['b']);
      e.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a smoothed rate for running items and 0 otherwise', () => {
    const it1 = item('a', 0);
    let clock = 0;
    const batches: ProgressBatch[] = [];
    const e = createBatchedEmitter(() => it1, (b) => batches.push(b), { intervalMs: 100, now: () => clock });
    e.changed('a');
    e.flush();
    clock = 1000;
    it1.transferred = 500;
    e.changed('a');
    e.flush();
    expect(batches[1]!.rates.get('a')).toBe(500);
    it1.state = 'paused';
    e.changed('a');
    e.flush();
    expect(batches[2]!.rates.get('a')).toBe(0);
    e.close();
  });
});
