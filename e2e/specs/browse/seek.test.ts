// Seek, not scan, against the real router and emulator: Go to key… (Ctrl+G) opens a 30k-object
// folder at a key deep in it with one listing request, and "Earlier objects — Load" fills the
// keys before it in place.
import { test, expect, type LaunchFn } from '../../fixtures';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { bosRequest, ossRequest } from '../../../emulator/test-client';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

const COUNT = 30_000;

let emulator: RunningEmulator;
// A folder whose first page ends at U+FF5E and goes on with U+FFFF, then astral keys: the order the
// services list in (UTF-8 bytes) puts those after U+E000..U+FFFF; JS string order would not.
const ASTRAL_FOLDER = 'utf8/';
const TAIL = ['\u{E000}', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}', '\u{1F601}'];

test.beforeAll(async () => {
  emulator = await startEmulator({ seed: { big: COUNT } });
  const ep = { url: emulator.oss, accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret };
  const bos = { ...ep, url: emulator.bos };
  const keys = [...Array.from({ length: 998 }, (_, i) => `a${String(i).padStart(4, '0')}`), ...TAIL].map((n) => ASTRAL_FOLDER + n);
  for (let i = 0; i < keys.length; i += 50) {
    await Promise.all(
      keys.slice(i, i + 50).flatMap((key) => [
        ossRequest(ep, { method: 'PUT', bucket: DEMO_BUCKETS.oss, key, body: 'x' }),
        bosRequest(bos, { method: 'PUT', bucket: DEMO_BUCKETS.bos, key, body: 'x' }),
      ]),
    );
  }
});
test.afterAll(async () => {
  await emulator?.close();
});

const listRequests = async (ipc: () => Promise<{ direction: string; channel: string; payload: unknown }[]>) =>
  (await ipc()).filter((r) => r.direction === 'request' && r.channel === 'objects.list' && (r.payload as { prefix?: string }).prefix === BIG_PREFIX);

/** The app on the 30k-object folder, its first page shown; `before`: the listing requests so far. */
async function openBigFolder(launch: LaunchFn) {
  const app = await launch({ emulator, recordIpc: true });
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
  await app.ipcSettled();
  return { app, page, before: (await listRequests(app.ipcRecords)).length };
}

test('Go to key opens a deep key with one request; Earlier objects — Load fills the gap before it', async ({ launch }) => {
  test.setTimeout(120_000);
  const { app, page, before } = await openBigFolder(launch);

  const target = bigKey(23_456);
  await objectsGrid(page).getByRole('row').nth(1).click();
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Go to key' });
  await dialog.getByRole('textbox', { name: 'Key' }).fill(target);
  await dialog.getByRole('textbox', { name: 'Key' }).press('Enter');

  const row = objectRow(page, lastSegment(target));
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await app.ipcSettled();
  const seeks = (await listRequests(app.ipcRecords)).slice(before);
  expect(seeks).toHaveLength(1);
  expect((seeks[0]?.payload as { startAfter?: string }).startAfter).toBeTruthy();

  // The gap sits right above the segment: scroll up to it and load one page into it.
  const gap = objectRow(page, 'Earlier objects');
  await gap.scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Earlier objects — Load' }).click();
  await expect(objectRow(page, lastSegment(bigKey(2000)))).toBeAttached();
  await app.ipcSettled();
  expect((await listRequests(app.ipcRecords)).slice(before)).toHaveLength(2);
  // The key stays selected and the gap is still there for the rest.
  await expect(gap).toBeAttached();
  await expect(page.getByText(/items loaded/)).toBeVisible();
});

test('two seeks deep in the folder keep both segments; loading the gap between them joins them, every key once', async ({ launch }) => {
  test.setTimeout(180_000);
  const { app, page, before } = await openBigFolder(launch);
  const goTo = async (key: string): Promise<void> => {
    await page.keyboard.press('Control+g');
    const field = page.getByRole('dialog', { name: 'Go to key' }).getByRole('textbox', { name: 'Key' });
    await field.fill(key);
    await field.press('Enter');
    await expect(objectRow(page, lastSegment(key))).toHaveAttribute('aria-selected', 'true');
    await app.ipcSettled();
  };
  const grid = objectsGrid(page);
  await grid.getByRole('row').nth(1).click();
  await goTo(bigKey(10_000));
  await goTo(bigKey(20_000));
  expect((await listRequests(app.ipcRecords)).slice(before)).toHaveLength(2);
  // Header, 1…1000, gap, 10000…10999, gap, 20000…20999.
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1000 + 1 + 1000 + 1 + 1000));
  // The first segment is still there: back to a key in it without a request.
  await goTo(bigKey(10_500));
  await goTo(bigKey(20_000));
  expect((await listRequests(app.ipcRecords)).slice(before)).toHaveLength(2);

  // The gap right above 20000 belongs to the 10000 segment: ten more pages list past its start-after
  // (the last one repeats 20000…20999, shown once) and the two join.
  const gapAbove = grid.locator('[data-gap]').last();
  for (let n = 1; n <= 10; n += 1) {
    await gapAbove.scrollIntoViewIfNeeded();
    await gapAbove.getByRole('button', { name: 'Earlier objects — Load' }).click();
    const rows = n < 10 ? 1 + 1000 + 1 + 1000 * (n + 1) + 1 + 1000 : 1 + 1000 + 1 + 11_000;
    await expect(grid).toHaveAttribute('aria-rowcount', String(rows));
    await app.ipcSettled();
  }
  // Joined: one gap (before 10000) is left; 10000…20999 once each.
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1000 + 1 + 11_000));
  expect((await listRequests(app.ipcRecords)).slice(before)).toHaveLength(2 + 10);
  await goTo(bigKey(19_999));
  await expect(objectRow(page, lastSegment(bigKey(20_000)))).toBeAttached();
  expect((await listRequests(app.ipcRecords)).slice(before)).toHaveLength(2 + 10);
});

for (const bucket of [DEMO_BUCKETS.oss, DEMO_BUCKETS.bos]) {
  test(`${bucket}: a segment opened at an astral key right after the loaded U+FF5E keys keeps a gap before it; loading it shows every key once`, async ({ launch }) => {
    test.setTimeout(120_000);
    const app = await launch({ emulator, recordIpc: true });
    const { page } = app;
    await openBucket(page, bucket);
    await openFolder(page, ASTRAL_FOLDER.replace(/\/$/, ''));
    const grid = objectsGrid(page);
    await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1000)); // a0000…a0997, U+E000, U+FF5E
    await grid.getByRole('row').nth(1).click();
    await page.keyboard.press('Control+g');
    const field = page.getByRole('dialog', { name: 'Go to key' }).getByRole('textbox', { name: 'Key' });
    await field.fill(`${ASTRAL_FOLDER}\u{1F600}`);
    await field.press('Enter');
    await expect(objectRow(page, '\u{1F600}')).toHaveAttribute('aria-selected', 'true');
    // Header, the first page, the gap (U+FFFF, U+10000 not listed yet), U+1F600, U+1F601.
    await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1000 + 1 + 2));
    await page.keyboard.press('ArrowUp');
    await expect(objectRow(page, 'Earlier objects')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1004));
    await expect(objectRow(page, 'Earlier objects')).toHaveCount(0);
    // The cursor moves from the closed gap to the row after it, which stays on screen.
    await expect(objectRow(page, '\u{1F600}')).toBeFocused();
    await expect(objectRow(page, '\u{1F600}')).toBeInViewport();
    // The drawn rows at the end, by position: each key once, in byte order, after the 998 others.
    const drawn = await grid.getByRole('row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('aria-rowindex'), r.getAttribute('aria-label')]));
    const byIndex = new Map(drawn.map(([i, label]) => [Number(i), label ?? '']));
    expect(TAIL.map((_, j) => byIndex.get(2 + 998 + j)?.split(',')[0])).toEqual(TAIL);
    await app.ipcSettled();
    const lists = (await app.ipcRecords()).filter((r) => r.direction === 'request' && r.channel === 'objects.list' && (r.payload as { prefix?: string }).prefix === ASTRAL_FOLDER);
    expect(lists).toHaveLength(3);
  });
}
