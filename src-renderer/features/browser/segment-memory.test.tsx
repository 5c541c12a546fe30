/** @vitest-environment jsdom */
// Segments survive every way of leaving a folder, not only Back: the path bar, another folder and
// coming back by double-click find both seek segments and the scroll position without a request,
// while their pages are cached; a segment whose pages react-query dropped is not reopened; Refresh
// after coming back refetches every segment. Prefix search keeps one segment while typing.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seekStartAfter } from '../../contract';
import { queryKeys } from '../../queries/keys';
import { openSegments } from '../../state/segment-slots';
import { useUiStore } from '../../state/ui-store';
import { openBucket, openFolder, setupApp } from '../../test/render-app';

type ListCall = { prefix: string; startAfter?: string; cursor?: string };
const bigLists = (calls: unknown[]): ListCall[] => (calls as ListCall[]).filter((c) => c.prefix === 'big/');
const name = (i: number): string => `obj-${String(i).padStart(6, '0')}.bin`;
const after = (i: number): string => seekStartAfter(`big/${name(i)}`, 1024);
const SEEK_ROWS = String(1 + 1000 + 1 + 1000 + 1 + 900); // header, 0…999, gap, 2345…3344, gap, 4100…4999

async function twoSeeks() {
  const app = setupApp({ bigFolder: 5000 });
  const grid = await openBucket(app.user, 'demo-oss');
  await openFolder(app.user, 'big/');
  await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
  for (const k of [2345, 4100]) {
    act(() => useUiStore.getState().seekKey(`big/${name(k)}`, false));
    await waitFor(() => expect(screen.getByRole('row', { name: name(k) }).getAttribute('aria-selected')).toBe('true'));
  }
  expect(grid.getAttribute('aria-rowcount')).toBe(SEEK_ROWS);
  return { ...app, grid, scrolled: (grid.querySelector('.grid-body') as HTMLElement).scrollTop };
}

/** Leaves big/ by the path bar's bucket crumb, then opens it again from the bucket's root. */
async function leaveAndReturn(user: ReturnType<typeof setupApp>['user']): Promise<void> {
  await user.click(within(screen.getByRole('navigation', { name: 'Path' })).getByRole('button', { name: 'demo-oss' }));
  await waitFor(() => expect(useUiStore.getState().prefix).toBe(''));
  await openFolder(user, 'big/');
}

describe('segments after leaving a folder any way', () => {
  it('the path bar, then a double-click on the folder: both segments and the scroll position are back, no request', async () => {
    const { user, fake, grid, scrolled } = await twoSeeks();
    expect(scrolled).toBeGreaterThan(2000 * 20); // the 4100 segment is shown, far down
    await leaveAndReturn(user);
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(SEEK_ROWS));
    await waitFor(() => expect((grid.querySelector('.grid-body') as HTMLElement).scrollTop).toBe(scrolled));
    // The cursor is back on 4100 (not selected: a selection is for Back), on screen.
    const cursor = screen.getByRole('row', { name: name(4100) });
    expect([cursor.classList.contains('focused'), cursor.getAttribute('aria-selected')]).toEqual([true, 'false']);
    expect(openSegments(useUiStore.getState().segments)).toEqual([after(2345), after(4100)]);
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(3);
    // Refresh still lists every segment again.
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(6));
    expect(bigLists(fake.callsOf('listObjects')).slice(3).map((c) => c.startAfter ?? '').sort()).toEqual(['', after(2345), after(4100)].sort());
  });

  it('another folder in between; a segment whose pages the cache dropped meanwhile stays closed (no request for it)', async () => {
    const { user, fake, grid, queryClient } = await twoSeeks();
    await leaveAndReturn(user); // big/ → root → big/: remembered
    act(() => useUiStore.getState().openPrefix('docs/'));
    await screen.findByRole('row', { name: 'readme.md' });
    const profileId = useUiStore.getState().profileId as string;
    act(() => queryClient.removeQueries({ queryKey: queryKeys.objectsAfter(profileId, 'demo-oss', 'big/', after(2345)), exact: true }));
    act(() => useUiStore.getState().openLocation('demo-oss', 'big/'));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 900)));
    expect(openSegments(useUiStore.getState().segments)).toEqual([after(4100)]);
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(3);
  });
});

describe('prefix search while typing', () => {
  it('retargets one segment as the text changes (cleared and retyped too), keeping the segments Go to key opened', async () => {
    const { user, fake, grid } = await twoSeeks();
    await user.click(screen.getByRole('checkbox', { name: 'Prefix search' }));
    const box = screen.getByRole('searchbox', { name: 'Filter' });
    const search = async (text: string, first: number): Promise<void> => {
      await user.clear(box);
      await user.type(box, text);
      await waitFor(() => expect(grid.querySelector('.row.focused')?.getAttribute('aria-label')).toBe(name(first)));
    };
    await search('obj-0015', 1500); // past the loaded rows: a segment at the text
    await search('obj-00155', 1550); // inside it: no request
    await search('obj-003', 3000); // inside the 2345 segment: no request
    await search('obj-0012', 1200); // before the search's segment: it moves there
    const seeks = bigLists(fake.callsOf('listObjects')).slice(3).map((c) => c.startAfter);
    expect(seeks).toEqual([seekStartAfter('big/obj-0015', 1024), seekStartAfter('big/obj-0012', 1024)]);
    // 2345's segment was the least recently used: a new segment per text would have closed it.
    expect(openSegments(useUiStore.getState().segments).sort()).toEqual([after(2345), after(4100), seekStartAfter('big/obj-0012', 1024)].sort());
    // Header, 0…999, gap, 1200…2199 (the search), gap, 2345…3344, gap, 4100…4999.
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 1000 + 1 + 1000 + 1 + 900));
  });
});
