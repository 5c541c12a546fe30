import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, openSegments, type SegmentSlots, withSegmentsClosed, withSegmentUsed } from './segment-slots';

const openAll = (afters: string[], from: SegmentSlots = []): SegmentSlots => afters.reduce(withSegmentUsed, from);
const slotsOf = (slots: SegmentSlots): (string | null)[] => slots.map((s) => s?.after ?? null);

describe('segment slots', () => {
  it('keeps each open segment in its slot while others open, get used and close', () => {
    let slots = openAll(['a', 'b', 'c']);
    expect(slotsOf(slots)).toEqual(['a', 'b', 'c']);
    slots = withSegmentUsed(slots, 'a'); // used again: most recent, same slot
    expect(slotsOf(slots)).toEqual(['a', 'b', 'c']);
    expect(openSegments(slots)).toEqual(['b', 'c', 'a']);
    slots = withSegmentsClosed(slots, ['b']);
    expect(slotsOf(slots)).toEqual(['a', null, 'c']);
    slots = withSegmentUsed(slots, 'd'); // the free slot
    expect(slotsOf(slots)).toEqual(['a', 'd', 'c']);
  });

  it(`holds at most ${MAX_SEGMENTS}, replacing the least recently used (never the one just used)`, () => {
    const afters = Array.from({ length: MAX_SEGMENTS }, (_, i) => `k${i}`);
    let slots = openAll(afters);
    slots = withSegmentUsed(slots, 'k0'); // k1 is now the least recently used
    slots = withSegmentUsed(slots, 'new');
    expect(slots).toHaveLength(MAX_SEGMENTS);
    expect(slotsOf(slots)[1]).toBe('new');
    expect(openSegments(slots)).not.toContain('k1');
    expect(openSegments(slots).at(-1)).toBe('new');
  });

  it('returns the same slots when nothing changes (no re-render)', () => {
    const slots = openAll(['a', 'b']);
    expect(withSegmentUsed(slots, 'b')).toBe(slots);
    expect(withSegmentsClosed(slots, ['zz'])).toBe(slots);
  });
});
