// The row cap against the real router and emulator: holding End in a 230k-object folder pages on
// past MAX_SEGMENT_PAGES (200) pages; the oldest pages but the first become one gap row, the
// cursor row stays on screen, no request is spent moving pages, and the gap lists the dropped keys
// again in place.
import { test, expect } from '../../fixtures';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';
import { MAX_SEGMENT_PAGES } from '../../../src-renderer/state/segment-slots';

const PAGE = 1000;
const COUNT = (MAX_SEGMENT_PAGES + 30) * PAGE;
/** Pages a segment keeps next to the viewport after a trim (with its first page). */
const KEPT = (MAX_SEGMENT_PAGES * 3) / 4;

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ seed: { big: COUNT } });
});
test.afterAll(async () => {
  await emulator?.close();
});

test(`End held past ${MAX_SEGMENT_PAGES} pages keeps the first page and the newest, one gap row between that loads in place`, async ({ launch }) => {
  test.setTimeout(300_000);
  const app = await launch({ emulator, recordIpc: true });
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  const grid = objectsGrid(page);
  await objectRow(page, lastSegment(bigKey(1))).click();
  const rowCount = async () => Number(await grid.getAttribute('aria-rowcount'));
  // End until the view shrinks: the first trim.
  let most = 0;
  for (let n = 0; ; n += 1) {
    await page.keyboard.press('End');
    await page.waitForTimeout(15);
    if (n % 10 !== 9) continue;
    const rows = await rowCount();
    if (rows < most) break;
    most = Math.max(most, rows);
  }
  await app.ipcSettled();
  const lists = (await app.ipcRecords()).filter((r) => r.direction === 'request' && r.channel === 'objects.list' && (r.payload as { prefix?: string }).prefix === BIG_PREFIX);
  const pages = lists.length;
  expect(pages).toBeGreaterThan(MAX_SEGMENT_PAGES); // the view shrank once the folder's start held more pages than that
  // Header, the first page, the gap, then the newest pages (the tail): nothing else loaded, and
  // every request listed a page that is still shown or was dropped.
  const tailPages = pages - (MAX_SEGMENT_PAGES + 1 - KEPT);
  expect(tailPages).toBeGreaterThanOrEqual(KEPT);
  expect(tailPages).toBeLessThanOrEqual(MAX_SEGMENT_PAGES);
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + PAGE + 1 + tailPages * PAGE));
  // The cursor is still on screen, focused.
  const cursor = grid.locator('[role="row"].focused');
  await expect(cursor).toBeInViewport();
  await expect(cursor).toBeFocused();
  // Paging goes on in the tail: three more pages.
  for (let n = 1; n <= 3; n += 1) {
    await page.keyboard.press('End');
    await expect(grid).toHaveAttribute('aria-rowcount', String(1 + PAGE + 1 + (tailPages + n) * PAGE));
  }

  // The first dropped key sits right after the gap: go to the tail's first key (loaded: no
  // request), ArrowUp to the gap, Enter lists the first page's next page into it.
  const firstKept = bigKey((pages - tailPages) * PAGE + 1);
  const shown = tailPages + 3;
  await page.keyboard.press('Control+g');
  const field = page.getByRole('dialog', { name: 'Go to key' }).getByRole('textbox', { name: 'Key' });
  await field.fill(firstKept);
  await field.press('Enter');
  await expect(objectRow(page, lastSegment(firstKept))).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(objectRow(page, 'Earlier objects')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 2 * PAGE + 1 + shown * PAGE));
  await expect(objectRow(page, lastSegment(bigKey(2 * PAGE)))).toBeInViewport();
  await expect(objectRow(page, 'Earlier objects')).toBeFocused();
  await app.ipcSettled();
  const after = (await app.ipcRecords()).filter((r) => r.direction === 'request' && r.channel === 'objects.list' && (r.payload as { prefix?: string }).prefix === BIG_PREFIX);
  expect(after).toHaveLength(pages + 3 + 1);
  expect(after.at(-1)?.payload).toMatchObject({ cursor: expect.any(String) });
});
