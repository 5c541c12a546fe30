/** @vitest-environment jsdom */
// Several segments per folder: a second seek keeps the first one's rows; the gap between two
// segments loads in place until they join; leaving and coming back, Refresh and objects.changed
// keep (and refetch) every open segment; at most MAX_SEGMENTS stay open. Keys that order
// differently in UTF-8 and UTF-16 around a segment's start.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seekStartAfter } from '../../contract';
import { queryKeys } from '../../queries/keys';
import { MAX_SEGMENTS, openSegments } from '../../state/segment-slots';
import { useUiStore } from '../../state/ui-store';
import { openBucket, openFolder, rowNames, setupApp } from '../../test/render-app';

type ListCall = { prefix: string; startAfter?: string; cursor?: string };
const listsOf = (calls: unknown[], prefix: string): ListCall[] => (calls as ListCall[]).filter((c) => c.prefix === prefix);
const name = (i: number): string => `obj-${String(i).padStart(6, '0')}.bin`;
const after = (i: number): string => seekStartAfter(`big/${name(i)}`, 1024);
type User = ReturnType<typeof setupApp>['user'];

async function goToKey(user: User, key: string): Promise<void> {
  await user.keyboard('{Control>}g{/Control}');
  const field = within(await screen.findByRole('dialog', { name: 'Go to key' })).getByRole('textbox', { name: 'Key' });
  await user.clear(field);
  await user.type(field, `${key}{Enter}`);
  await waitFor(() => expect(screen.getByRole('row', { name: key.slice(key.lastIndexOf('/') + 1) }).getAttribute('aria-selected')).toBe('true'));
}

/** Opens big/ (5,000 objects, pages of 1,000) and seeks to 2345, then to 4100. */
async function twoSeeks() {
  const app = setupApp({ bigFolder: 5000 });
  const grid = await openBucket(app.user, 'demo-oss');
  await openFolder(app.user, 'big/');
  await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
  await goToKey(app.user, `big/${name(2345)}`);
  await goToKey(app.user, `big/${name(4100)}`);
  return { ...app, grid };
}

describe('several seek segments in one folder', () => {
  it('a second seek keeps the first one’s rows; going back to the first key needs no request', async () => {
    const { user, fake, grid } = await twoSeeks();
    // Header, 0…999, gap, 2345…3344 (one page), gap, 4100…4999.
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 1000 + 1 + 900));
    expect(listsOf(fake.callsOf('listObjects'), 'big/').map((c) => c.startAfter)).toEqual([undefined, after(2345), after(4100)]);
    expect(openSegments(useUiStore.getState().segments)).toEqual([after(2345), after(4100)]);
    await goToKey(user, `big/${name(2400)}`);
    expect(listsOf(fake.callsOf('listObjects'), 'big/')).toHaveLength(3);
  });

  it('loads the gap between two segments in place until they join, then the one before them: every key once', async () => {
    const { user, fake, grid } = await twoSeeks();
    // ArrowUp from 4100 lands on the gap right above it (owned by the 2345 segment); Enter loads it.
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Earlier objects'));
    await user.keyboard('{Enter}');
    // 2345's next page (3345…4344) reaches past 4100: the chains join, one gap is left.
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + (5000 - 2345))));
    const calls = listsOf(fake.callsOf('listObjects'), 'big/');
    expect(calls).toHaveLength(4);
    expect(calls[3]).toMatchObject({ startAfter: after(2345), cursor: expect.any(String) });
    // The 4100 segment still lists past the 2345 chain's end (4345…4999): it stays open.
    expect(openSegments(useUiStore.getState().segments)).toHaveLength(2);
    // The gap before 2345: the folder's start lists on (1000…1999, 2000…2999) until it joins too.
    act(() => useUiStore.getState().seekKey(`big/${name(2345)}`, false)); // loaded: the cursor goes there, no request
    await waitFor(() => expect(screen.getByRole('row', { name: name(2345) }).getAttribute('aria-selected')).toBe('true'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Earlier objects'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 2000 + 1 + (5000 - 2345))));
    await user.click(await screen.findByRole('button', { name: 'Earlier objects — Load' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('5001'));
    expect(screen.queryByRole('row', { name: 'Earlier objects' })).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^5,?000 items/);
    expect(listsOf(fake.callsOf('listObjects'), 'big/')).toHaveLength(6);
  });

  it('leaving the folder and coming back brings both segments back without a request', async () => {
    const { user, fake, grid } = await twoSeeks();
    await user.click(screen.getByRole('button', { name: 'Back' })); // to the bucket's root
    await waitFor(() => expect(useUiStore.getState().prefix).toBe(''));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 1000 + 1 + 900)));
    expect(openSegments(useUiStore.getState().segments)).toEqual([after(2345), after(4100)]);
    expect(listsOf(fake.callsOf('listObjects'), 'big/')).toHaveLength(3);
  });

  it('objects.changed and Refresh refetch every open segment; a new key in a segment shows up', async () => {
    const { user, fake, grid } = await twoSeeks();
    fake.put('demo-oss', `big/${name(4200)}x`);
    fake.emit('objects.changed', { profileId: useUiStore.getState().profileId, bucket: 'demo-oss', prefix: 'big/' });
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 1000 + 1 + 901)));
    const refetched = listsOf(fake.callsOf('listObjects'), 'big/').slice(3);
    expect(refetched.map((c) => c.startAfter).sort()).toEqual([undefined, after(2345), after(4100)].sort());
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(listsOf(fake.callsOf('listObjects'), 'big/')).toHaveLength(9));
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 1000 + 1 + 901));
  });

  it(`keeps at most ${MAX_SEGMENTS} segments, closing the least recently used one and dropping its pages`, async () => {
    const { user, fake, queryClient } = setupApp({ bigFolder: 20_000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    const keys = Array.from({ length: MAX_SEGMENTS + 1 }, (_, j) => 1500 + 2000 * j);
    for (const k of keys) {
      act(() => useUiStore.getState().seekKey(`big/${name(k)}`, false));
      // Nine listings and views of up to 9,000 rows: give a loaded machine time.
      await waitFor(() => expect(screen.getByRole('row', { name: name(k) }).getAttribute('aria-selected')).toBe('true'), { timeout: 5000 });
    }
    expect(listsOf(fake.callsOf('listObjects'), 'big/')).toHaveLength(1 + keys.length);
    expect(openSegments(useUiStore.getState().segments)).toEqual(keys.slice(1).map(after));
    const profileId = useUiStore.getState().profileId as string;
    const cached = (k: number) => queryClient.getQueryCache().find({ queryKey: queryKeys.objectsAfter(profileId, 'demo-oss', 'big/', after(k)), exact: true });
    expect(cached(keys[0] as number)).toBeUndefined(); // its pages are gone, not waiting for garbage collection
    expect(cached(keys[1] as number)).toBeDefined();
    // Its keys are a gap again: header, 0…999, then per open segment a gap and its 1,000 rows.
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + MAX_SEGMENTS * 1001));
  });

  it('a segment opened at an astral key right after the loaded U+FF5E keys: a gap before it, then every key once', async () => {
    // UTF-8 order (the services'): …, U+E000, U+FF5E | U+FFFF, U+10000 | U+1F600, U+1F601. JS `<`
    // would put the astral keys before U+E000, inside the first page's range, and lose them.
    const { user, fake } = setupApp();
    const tail = ['\u{E000}', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}', '\u{1F601}'];
    for (let i = 0; i < 998; i += 1) fake.put('demo-oss', `u/a${String(i).padStart(4, '0')}`);
    for (const t of tail) fake.put('demo-oss', `u/${t}`);
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'u/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001')); // the page ends at U+FF5E
    await goToKey(user, 'u/\u{1F600}');
    const lists = listsOf(fake.callsOf('listObjects'), 'u/');
    expect(lists.map((c) => c.startAfter)).toEqual([undefined, seekStartAfter('u/\u{1F600}', 1024)]);
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 2));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Earlier objects'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1004)));
    expect(screen.queryByRole('row', { name: 'Earlier objects' })).toBeNull();
    // The rows loaded in place: the key after the gap stays on screen.
    expect(rowNames(grid)).toContain('\u{1F600}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('row', { name: '\u{1F600}' })));
    // Each key once, in byte order, right after the 998 others: the cursor finds it without a request.
    for (const [j, t] of tail.entries()) {
      act(() => useUiStore.getState().seekKey(`u/${t}`, false));
      await waitFor(() => expect(screen.getByRole('row', { name: t }).getAttribute('aria-rowindex')).toBe(String(2 + 998 + j)));
    }
    expect(listsOf(fake.callsOf('listObjects'), 'u/')).toHaveLength(3);
  });
});
