import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, openSegments, type SegmentSlots, withSegmentRetargeted, withSegmentsClosed, withSegmentUsed } from './segment-slots';
import { initialUiState, useUiStore } from './ui-store';

const openAll = (afters: string[], from: SegmentSlots = []): SegmentSlots => afters.reduce((slots, after) => withSegmentUsed(slots, after), from);
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

  it('retargets one segment in its own slot, evicting nothing; opens it as usual when the old one is gone', () => {
    const full = openAll(Array.from({ length: MAX_SEGMENTS }, (_, i) => `k${i}`));
    const moved = withSegmentRetargeted(full, 'k3', 'k3x');
    expect(slotsOf(moved)).toEqual(slotsOf(full).map((s) => (s === 'k3' ? 'k3x' : s)));
    expect(openSegments(moved).at(-1)).toBe('k3x');
    // Retargeted to a segment already open: the old one closes, the other is marked used.
    expect(slotsOf(withSegmentRetargeted(moved, 'k3x', 'k5'))).toEqual(slotsOf(full).map((s) => (s === 'k3' ? null : s)));
    expect(slotsOf(withSegmentRetargeted(openAll(['a']), 'gone', 'b'))).toEqual(['a', 'b']);
  });

  it('returns the same slots when nothing changes (no re-render)', () => {
    const slots = openAll(['a', 'b']);
    expect(withSegmentUsed(slots, 'b')).toBe(slots);
    expect(withSegmentsClosed(slots, ['zz'])).toBe(slots);
  });
});

describe('segments in the navigation state', () => {
  beforeEach(() => useUiStore.setState(initialUiState, true));
  const afters = () => openSegments(useUiStore.getState().segments);

  it('stay for the same folder again, start empty elsewhere, and come back with Back and Forward', () => {
    useUiStore.getState().selectProfile('p');
    const s = useUiStore.getState();
    s.openLocation('b', 'big/');
    s.openSegment('big/k1');
    s.openSegment('big/k2');
    useUiStore.getState().openLocation('b', 'big/', 'big/k3'); // a link into the same folder
    expect(afters()).toEqual(['big/k1', 'big/k2']);
    useUiStore.getState().openPrefix('other/');
    expect(afters()).toEqual([]);
    useUiStore.getState().goBack();
    expect([useUiStore.getState().prefix, afters()]).toEqual(['big/', ['big/k1', 'big/k2']]);
    useUiStore.getState().goForward();
    expect([useUiStore.getState().prefix, afters()]).toEqual(['other/', []]);
  });

  it('prefix search keeps one segment per folder: each text retargets it, the others stay', () => {
    const s = useUiStore.getState();
    s.selectProfile('p');
    s.openLocation('b', 'big/');
    useUiStore.getState().openSegment('big/goto');
    for (const text of ['big/a', 'big/ab', 'big/abc']) useUiStore.getState().openSegment(text, true);
    expect(afters()).toEqual(['big/goto', 'big/abc']);
    useUiStore.getState().openSegment('big/later'); // Go to key again: its own segment
    useUiStore.getState().openSegment('big/x', true);
    expect(afters()).toEqual(['big/goto', 'big/later', 'big/x']);
    useUiStore.getState().closeSegments(['big/x']); // closed (redundant): the next search opens anew
    useUiStore.getState().openSegment('big/y', true);
    expect(afters()).toEqual(['big/goto', 'big/later', 'big/y']);
    useUiStore.getState().openPrefix('other/'); // a new folder: a new search
    useUiStore.getState().openSegment('other/a', true);
    useUiStore.getState().openSegment('other/b', true);
    expect(afters()).toEqual(['other/b']);
  });

  it('a trim opens a tail after the dropped keys (a tail’s own trim moves it on in its slot) and drops those rows from the selection and cursor', () => {
    const s = useUiStore.getState();
    s.openLocation('b', 'big/');
    useUiStore.getState().openSegment('big/goto');
    useUiStore.setState({ selectedKeys: new Set(['big/a', 'big/m', 'big/t']), focusKey: 'big/m', anchorKey: 'big/a' });
    const trims = useUiStore.getState().rowsTrimmed;
    useUiStore.getState().trimSegment(undefined, false, 'big/p', { from: 'big/b', to: 'big/p' }); // the folder's start
    const after = useUiStore.getState();
    expect(after.segments).toEqual([
      { after: 'big/goto', used: 1 },
      { after: 'big/p', used: 2, tail: true },
    ]);
    expect([[...after.selectedKeys], after.focusKey, after.anchorKey, after.rowsTrimmed]).toEqual([['big/a', 'big/t'], null, 'big/a', trims + 1]);
    useUiStore.getState().trimSegment('big/p', true, 'big/s', { from: 'big/p', to: 'big/s' });
    expect(slotsOf(useUiStore.getState().segments)).toEqual(['big/goto', 'big/s']);
    expect(useUiStore.getState().segments[1]?.tail).toBe(true);
    expect([...useUiStore.getState().selectedKeys]).toEqual(['big/a', 'big/t']);
  });

  it('close when asked, leaving the others in their slots', () => {
    const s = useUiStore.getState();
    s.openLocation('b', 'big/');
    for (const k of ['a', 'b', 'c']) useUiStore.getState().openSegment(`big/${k}`);
    useUiStore.getState().closeSegments(['big/b']);
    expect(slotsOf(useUiStore.getState().segments)).toEqual(['big/a', null, 'big/c']);
  });
});
