// Search whole folder against the real router and emulator: in a 20,000-object folder the filter
// finds nothing in the loaded page, "Search whole folder" pages through the folder in main and
// streams the matches (all beyond the loaded page) into the table; Cancel stops a slow search; a
// text in every name stops at the 10,000-match cap and says so, with no long task near a freeze.
import type { Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';
import { useOwnEmulator } from '../../helpers/own-emulator';

const COUNT = 20_000;
// bigKey(i) is big/obj-<7 digits>.bin: "-00195" is in the names of i = 19,500…19,599 only.
const TEXT = '-00195';

const emulator = useOwnEmulator({ seed: { big: COUNT } });

async function openBigFolder(page: Page, bucket: string = DEMO_BUCKETS.oss) {
  await openBucket(page, bucket);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
}

async function openBigFolderFiltered(page: Page, bucket: string = DEMO_BUCKETS.oss) {
  await openBigFolder(page, bucket);
  await page.getByRole('searchbox', { name: 'Filter' }).fill(TEXT);
  await expect(page.getByText(/Filtered 1,000 loaded items; the folder has more/)).toBeVisible();
}

const searchLine = (page: Page) => page.getByRole('group', { name: 'Search whole folder', exact: true });

for (const provider of ['oss', 'bos'] as const) {
  test(`${provider}: finds matches beyond the loaded pages and says they come from the whole folder`, async ({ launch }) => {
    test.setTimeout(120_000);
    const app = await launch({ emulator: emulator(), recordIpc: true });
    const { page } = app;
    await openBigFolderFiltered(page, DEMO_BUCKETS[provider]);
    await page.getByRole('button', { name: 'Search whole folder', exact: true }).click();

    await expect(searchLine(page)).toHaveText(/100 matches in the whole folder · searched 20,000 objects/, { timeout: 60_000 });
    await expect(objectRow(page, lastSegment(bigKey(19_500)))).toBeVisible();
    await expect(objectsGrid(page)).toHaveAttribute('aria-rowcount', '101');
    // The status bar counts the matches, not the folder's loaded items.
    await expect(page.getByRole('status').filter({ hasText: /^100 matches/, hasNotText: /searched/i })).toBeVisible();
    // Main paged the folder: the renderer listed only its first page itself.
    const requests = (await app.ipcRecords()).filter((r) => r.direction === 'request');
    expect(requests.filter((r) => r.channel === 'objects.list' && (r.payload as { prefix?: string }).prefix === BIG_PREFIX)).toHaveLength(1);
    expect(requests.filter((r) => r.channel === 'objects.search')).toHaveLength(1);

    // A match far from the loaded rows works like any row: Properties reads it.
    await objectRow(page, lastSegment(bigKey(19_510))).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Properties' }).click();
    await expect(page.getByRole('complementary', { name: 'Properties' }).getByText(bigKey(19_510)).first()).toBeVisible();
    // End goes to the last match, in name order.
    await page.keyboard.press('Escape');
    await objectRow(page, lastSegment(bigKey(19_510))).click();
    await page.keyboard.press('End');
    await expect(objectRow(page, lastSegment(bigKey(19_599)))).toBeInViewport();

    // Clearing the filter: back to the loaded rows.
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(searchLine(page)).toHaveCount(0);
    await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
  });
}

test('Cancel stops a slow search; the matches found so far stay', async ({ launch }) => {
  test.setTimeout(120_000);
  const { page } = await launch({ emulator: emulator() });
  await openBigFolderFiltered(page);
  emulator().setFaults({ latencyMs: 250 });
  try {
    await page.getByRole('button', { name: 'Search whole folder', exact: true }).click();
    await expect(searchLine(page)).toHaveText(/^Searched [1-9][\d,]* objects · \d+ match/, { timeout: 30_000 });
    await searchLine(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(searchLine(page)).toHaveText(/^Search cancelled · searched [\d,]+ objects/);
    const stopped = await searchLine(page).textContent();
    const scanned = Number(/searched ([\d,]+) objects/.exec(stopped ?? '')?.[1]?.replace(/,/g, ''));
    expect(scanned).toBeLessThan(COUNT);
    // Nothing more arrives once cancelled.
    await page.waitForTimeout(1_000);
    await expect(searchLine(page)).toHaveText(stopped ?? '');
  } finally {
    emulator().setFaults({ latencyMs: 0 });
  }
});

test('a text in every name stops at the first 10,000 matches and says so; the page keeps answering', async ({ launch }) => {
  test.setTimeout(120_000);
  const { page } = await launch({ emulator: emulator() });
  await openBigFolder(page);
  // Long tasks while the matches stream in: a renderer that re-sorted or copied every match per batch would show here.
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  // The observer works here: a 120 ms task of our own is seen (then forgotten).
  await page.evaluate(() => new Promise<void>((done) => setTimeout(() => {
    const start = performance.now();
    while (performance.now() - start < 120);
    setTimeout(done, 50);
  })));
  await expect.poll(() => page.evaluate(() => (window as unknown as { __longest: number }).__longest)).toBeGreaterThanOrEqual(100);
  await page.evaluate(() => void ((window as unknown as { __longest: number }).__longest = 0));
  await page.getByRole('searchbox', { name: 'Filter' }).fill('OBJ-');
  await page.getByRole('button', { name: 'Search whole folder', exact: true }).click();
  await expect(searchLine(page)).toHaveText(/^Showing the first 10,000 matches in the whole folder · searched 1[01],000 objects/, { timeout: 60_000 });
  await expect(objectsGrid(page)).toHaveAttribute('aria-rowcount', '10001');
  await objectRow(page, lastSegment(bigKey(1))).click();
  await page.keyboard.press('End');
  await expect(objectRow(page, lastSegment(bigKey(10_000)))).toBeInViewport();
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(`longest task while streaming 10,000 matches: ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(250); // measured 95 ms under load (52 and 68 ms as the first rows appear; none for 3,000-row batches)
});
