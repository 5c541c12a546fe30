/** @vitest-environment jsdom */
// The row cap, with MAX_SEGMENT_PAGES at 4 (kept: 3 newest, plus a segment's first page): paging
// a big folder on with End drops the oldest pages far above into one gap row, the cursor row stays
// on screen and focused, no extra request moves the pages; the gap loads the dropped keys back in
// place; Load all stops at the cap and says so.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as SegmentSlots from '../../state/segment-slots';
import { useUiStore } from '../../state/ui-store';
import { openBucket, openFolder, setupApp } from '../../test/render-app';
import { ROW_HEIGHT } from './object-row';

vi.mock('../../state/segment-slots', async (importOriginal) => ({ ...(await importOriginal<typeof SegmentSlots>()), MAX_SEGMENT_PAGES: 4 }));

type ListCall = { prefix: string; startAfter?: string; cursor?: string };
const bigLists = (calls: unknown[]): ListCall[] => (calls as ListCall[]).filter((c) => c.prefix === 'big/');
const name = (i: number): string => `obj-${String(i).padStart(6, '0')}.bin`;

/** End until `pages` pages of big/ were listed (each End reaches the end of the rows loaded). */
async function pageTo(user: ReturnType<typeof setupApp>['user'], fake: ReturnType<typeof setupApp>['fake'], pages: number): Promise<void> {
  for (let n = bigLists(fake.callsOf('listObjects')).length; n < pages; n = bigLists(fake.callsOf('listObjects')).length) {
    await user.keyboard('{End}');
    await waitFor(() => expect(bigLists(fake.callsOf('listObjects')).length).toBeGreaterThan(n));
    await waitFor(() => expect(useUiStore.getState().focusKey).not.toBeNull());
  }
}

/** What a browser does and jsdom does not: a scroll position past the end of a canvas that got
 * shorter is clamped to the new end (read back, and kept, as scrollTop). */
function clampScrollLikeABrowser(body: HTMLElement): void {
  let top = body.scrollTop;
  const maxTop = () => Math.max(0, parseFloat((body.querySelector('.grid-canvas') as HTMLElement).style.height) - body.clientHeight);
  Object.defineProperty(body, 'scrollTop', {
    configurable: true,
    get: () => (top = Math.min(top, maxTop())),
    set: (value: number) => void (top = Math.max(0, Math.min(value, maxTop()))),
  });
}

describe('a row cap per segment', () => {
  it('paging past 4 pages keeps the first page and the 3 newest, the dropped ones one gap row that loads in place', async () => {
    const { user, fake } = setupApp({ bigFolder: 9000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.click(screen.getByRole('row', { name: name(0) }));
    await pageTo(user, fake, 4);
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('4001')); // at the cap: nothing dropped
    await pageTo(user, fake, 5);
    // Header, 0…999, the gap for 1000…1999, 2000…4999.
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 3000)));
    // The cursor (End: the last row before page 5 came) is still drawn and focused: the scroll
    // position moved up by the rows dropped above it.
    const cursor = screen.getByRole('row', { name: name(3999) });
    expect(cursor.getAttribute('aria-rowindex')).toBe(String(2 + 1000 + 1 + 1999));
    await waitFor(() => expect(document.activeElement).toBe(cursor));
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(5); // moving pages to the tail asked for nothing
    await pageTo(user, fake, 6);
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 4000)));
    // Page 7: the tail (2000…6999) is over the cap itself: it keeps its 3 newest, no first page.
    await pageTo(user, fake, 7);
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 3000)));
    // The tail is 4000…6999 now; the cursor (5999) again stays drawn, in place.
    expect(screen.getByRole('row', { name: name(5999) }).getAttribute('aria-rowindex')).toBe(String(2 + 1000 + 1 + 1999));
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(7);
    // The gap above the tail lists page 2 again (the first page's next), in place.
    act(() => useUiStore.getState().seekKey(`big/${name(4000)}`, false)); // loaded: no request
    await waitFor(() => expect(screen.getByRole('row', { name: name(4000) }).getAttribute('aria-selected')).toBe('true'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Earlier objects'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 2000 + 1 + 3000)));
    const refill = bigLists(fake.callsOf('listObjects')).at(-1);
    expect(refill).toMatchObject({ cursor: expect.any(String) });
    expect(refill?.startAfter).toBeUndefined();
    // The refilled rows come in above the gap, which stays on screen: 1999 right above it.
    expect(screen.getByRole('row', { name: name(1999) }).getAttribute('aria-rowindex')).toBe(String(2 + 1999));
    // Focus moves back to the gap row in the next frame (object-table.tsx: focus() inside the render would force layout).
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Earlier objects'));
  });

  it('End past the cap where more rows are dropped than lie below the viewport: the cursor row stays drawn and focused', async () => {
    const { user, fake } = setupApp({ bigFolder: 9000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    clampScrollLikeABrowser(grid.querySelector('.grid-body') as HTMLElement);
    await user.click(screen.getByRole('row', { name: name(0) }));
    await pageTo(user, fake, 7);
    // Page 7 trims the tail 2000…6999 to its 3 newest: 2,000 rows go from above a viewport that
    // has 1,000 below it, so the shorter canvas clamps the old scroll position 1,000 rows short.
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 3000)));
    const cursor = screen.getByRole('row', { name: name(5999) });
    await waitFor(() => expect(document.activeElement).toBe(cursor));
  });

  it('scrolling on (no row focused): the rows on screen stay put when pages above them are dropped', async () => {
    const { user, fake } = setupApp({ bigFolder: 9000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    const body = grid.querySelector('.grid-body') as HTMLElement;
    // Near the end of what is loaded (the table asks for the next page 150 rows before it).
    const nearEnd = async (rows: number, top: number) => {
      act(() => body.scrollTo({ top: top * ROW_HEIGHT }));
      await waitFor(() => expect(bigLists(fake.callsOf('listObjects')).length).toBe(rows / 1000 + 1));
    };
    for (const rows of [1000, 2000, 3000]) {
      await nearEnd(rows, rows - 20);
      await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(rows + 1000 + 1)));
    }
    await nearEnd(4000, 3980); // page 5: over the cap, page 2 (1,000 rows) becomes one gap row
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 1000 + 1 + 3000)));
    expect(body.scrollTop).toBe((3980 - 999) * ROW_HEIGHT);
    expect(screen.getByRole('row', { name: name(3980) }).getAttribute('aria-rowindex')).toBe(String(2 + 3980 - 999));
  });

  it('Load all stops at the cap instead of dropping pages as fast as it loads them', async () => {
    const { user, fake } = setupApp({ bigFolder: 9000 });
    const grid = await openBucket(user, 'demo-oss');
    await openFolder(user, 'big/');
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('1001'));
    await user.click(within(grid).getByRole('button', { name: 'Size' }));
    await user.click(screen.getByRole('button', { name: 'Load all' }));
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('4001'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull());
    expect(bigLists(fake.callsOf('listObjects'))).toHaveLength(4);
    // It says why it stopped, and offers no Load all that could load nothing.
    expect(screen.getByText('A folder view holds at most 4,000 rows at a time.')).toBeTruthy();
    expect(screen.getByText('Sorted 4,000 loaded items; the folder has more.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load all' })).toBeNull();
  });
});
