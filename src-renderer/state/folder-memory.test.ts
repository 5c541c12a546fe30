// Segments (and scroll position) survive every way of leaving a folder, per (profile, bucket,
// folder), for the FOLDER_MEMORY_LIMIT folders left most recently, while their pages are cached.
import { beforeEach, describe, expect, it } from 'vitest';
import { FOLDER_MEMORY_LIMIT, forget, recall, remember } from './folder-memory';
import { registerScrollReader } from './nav-slice';
import { openSegments } from './segment-slots';
import { initialUiState, useUiStore } from './ui-store';

const store = () => useUiStore.getState();
const afters = () => openSegments(store().segments);
const seekTwice = () => {
  store().openSegment(`${store().prefix}k1`);
  store().openSegment(`${store().prefix}k2`);
};

describe('folder memory', () => {
  const memo = (prefix: string, after = `${prefix}k`) => ({ profileId: 'p', bucket: 'b', prefix, segments: [{ after, used: 1 }], scrollTop: 10, focusKey: null });

  it(`keeps one entry per folder, the ${FOLDER_MEMORY_LIMIT} left most recently`, () => {
    let memory = remember([], memo('a/'));
    memory = remember(memory, memo('a/', 'a/other'));
    expect(memory).toHaveLength(1);
    expect(memory[0]?.segments[0]?.after).toBe('a/other');
    for (let i = 0; i < FOLDER_MEMORY_LIMIT; i += 1) memory = remember(memory, memo(`f${i}/`));
    expect(memory).toHaveLength(FOLDER_MEMORY_LIMIT);
    expect(recall(memory, { profileId: 'p', bucket: 'b', prefix: 'a/' }).memo).toBeNull();
    expect(recall(memory, { profileId: 'p', bucket: 'b', prefix: 'f0/' }).memo?.scrollTop).toBe(10);
    expect(recall(memory, { profileId: 'other', bucket: 'b', prefix: 'f0/' }).memo).toBeNull();
  });

  it('forgets a dropped segment or a whole folder, and returns the same memory when it held neither', () => {
    const memory = remember(remember([], memo('a/')), memo('b/'));
    const place = { profileId: 'p', bucket: 'b', prefix: 'a/' };
    expect(forget(memory, place, ['a/zz'])).toBe(memory);
    expect(forget(memory, { ...place, prefix: 'c/' }, null)).toBe(memory);
    expect(openSegments(recall(forget(memory, place, ['a/k']), place).memo?.segments ?? ['x' as never])).toEqual([]);
    expect(forget(memory, place, null).map((m) => m.prefix)).toEqual(['b/']);
  });
});

describe('segments after leaving a folder', () => {
  beforeEach(() => {
    useUiStore.setState(initialUiState, true);
    store().selectProfile('p');
    store().openLocation('b', 'big/');
    seekTwice();
  });

  it('come back after another folder, the path bar, Up, Location, another bucket and another profile', () => {
    const stop = registerScrollReader(() => 4800);
    const leaves: [string, () => void][] = [
      ['another folder', () => store().openPrefix('big/sub/')],
      ['the path bar (the bucket root)', () => store().openLocation('b', '')],
      ['Up', () => store().goUp()],
      ['another bucket', () => store().openLocation('b2', 'big/')],
      ['another profile', () => store().selectProfile('q')],
    ];
    for (const [how, leave] of leaves) {
      if (how === 'Up') store().openPrefix('big/sub/');
      if (how === 'another profile') store().openLocation('b', 'big/'); // from b2: this profile's big/ again
      else if (store().prefix !== 'big/' || store().bucket !== 'b') store().openLocation('b', 'big/');
      store().selectOnly('big/k2');
      leave();
      expect([how, afters(), store().focusKey]).toEqual([how, [], null]);
      if (how === 'another profile') store().selectProfile('p');
      store().openLocation('b', 'big/');
      expect([how, afters()]).toEqual([how, ['big/k1', 'big/k2']]);
      expect([how, store().restore]).toEqual([how, { scrollTop: 4800, selected: [], focusKey: 'big/k2' }]);
    }
    stop();
  });

  it('a folder entered to reveal a key (Up, a link) keeps its segments but scrolls to the key, not the old position', () => {
    store().openPrefix('big/sub/');
    store().goUp();
    expect([store().prefix, afters(), store().revealKey, store().restore]).toEqual(['big/', ['big/k1', 'big/k2'], 'big/sub/', null]);
  });

  it('each folder has its own; Back and Forward use the same memory', () => {
    store().openPrefix('other/');
    seekTwice();
    store().openPrefix('big/');
    expect(afters()).toEqual(['big/k1', 'big/k2']);
    store().goBack();
    expect([store().prefix, afters()]).toEqual(['other/', ['other/k1', 'other/k2']]);
    store().goForward();
    expect([store().prefix, afters()]).toEqual(['big/', ['big/k1', 'big/k2']]);
  });

  it('forgets segments whose cached pages react-query dropped, and the whole folder with its first pages', () => {
    store().openPrefix('other/');
    store().forgetListing({ profileId: 'p', bucket: 'b', prefix: 'big/' }, ['big/k1']);
    store().openPrefix('big/');
    expect(afters()).toEqual(['big/k2']);
    store().openPrefix('other/');
    store().forgetListing({ profileId: 'p', bucket: 'b', prefix: 'big/' }, null);
    store().openPrefix('big/');
    expect([afters(), store().restore]).toEqual([[], null]);
  });

  it(`remembers the ${FOLDER_MEMORY_LIMIT} folders left most recently`, () => {
    // big/ and 15 more folders left: all remembered.
    for (let i = 0; i < FOLDER_MEMORY_LIMIT - 1; i += 1) store().openPrefix(`f${i}/`);
    store().openPrefix('big/');
    expect(afters()).toEqual(['big/k1', 'big/k2']);
    // big/ and 16 more: big/ was left longest ago.
    for (let i = 0; i < FOLDER_MEMORY_LIMIT; i += 1) store().openPrefix(`g${i}/`);
    store().openPrefix('big/');
    expect(afters()).toEqual([]);
  });
});
