import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_SLOTS, assignSlots } from './row-slots';

const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `k${from + i}`);

describe('assignSlots', () => {
  it('gives a window that replaces the last one the same slots in the same order', () => {
    const a = assignSlots(NO_SLOTS, keys(0, 40));
    const b = assignSlots(a, keys(5_000, 5_040));
    expect(b.order).toEqual(a.order);
    expect(b.next).toBe(40);
  });

  it('keeps the slots of rows that stay and hands the freed ones to the rows coming in', () => {
    const a = assignSlots(NO_SLOTS, keys(0, 40));
    const b = assignSlots(a, keys(3, 43));
    for (const key of keys(3, 40)) expect(b.slots.get(key)).toBe(a.slots.get(key));
    expect(keys(40, 43).map((k) => b.slots.get(k))).toEqual([0, 1, 2]);
    expect(b.next).toBe(40);
  });

  it('opens new slots only when the window grows', () => {
    const a = assignSlots(NO_SLOTS, keys(0, 10));
    const b = assignSlots(a, keys(100, 125));
    expect(b.next).toBe(25);
    expect(new Set(b.order).size).toBe(25);
  });

  it('never gives two drawn rows one slot, whatever the sequence of windows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2_000), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 30 }), (windows) => {
        let state = NO_SLOTS;
        for (const [start, size] of windows) {
          const drawn = keys(start, start + size);
          const next = assignSlots(state, drawn);
          expect(new Set(next.order).size).toBe(drawn.length);
          for (const key of drawn) if (state.slots.has(key)) expect(next.slots.get(key)).toBe(state.slots.get(key));
          state = next;
        }
      }),
      { seed: 10_2026, numRuns: 300 },
    );
  });
});
