// Seek, not scan, against the real router and emulator: Go to key… (Ctrl+G) opens a 30k-object
// folder at a key deep in it with one listing request, and "Earlier objects — Load" fills the
// keys before it in place.
import { test, expect, type LaunchFn } from '../../fixtures';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

const COUNT = 30_000;

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ seed: { big: COUNT } });
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
