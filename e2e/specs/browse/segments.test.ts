// Segments against the real router and emulator: a 30k-object folder with two seek segments is
// left by the path bar and opened again by double-click, and both segments, the scroll position
// and the cursor are back without a listing request. Prefix search typed key by key opens one
// segment, and a new text moves it rather than opening another.
import { test, expect, type LaunchFn } from '../../fixtures';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid, pathBar } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

const COUNT = 30_000;
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator({ seed: { big: COUNT } });
});
test.afterAll(async () => {
  await emulator?.close();
});

type Ipc = () => Promise<{ direction: string; channel: string; payload: unknown }[]>;
const listRequests = async (ipc: Ipc) =>
  (await ipc()).filter((r) => r.direction === 'request' && r.channel === 'objects.list' && (r.payload as { prefix?: string }).prefix === BIG_PREFIX).map((r) => r.payload as { startAfter?: string });
const BIG_FOLDER = BIG_PREFIX.replace(/\/$/, '');

async function openBigFolder(launch: LaunchFn) {
  const app = await launch({ emulator, recordIpc: true });
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_FOLDER);
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
  await objectsGrid(page).getByRole('row').nth(1).click();
  return { app, page, grid: objectsGrid(page) };
}

test('two seek segments survive leaving by the path bar and coming back by double-click: rows, scroll and cursor, no request', async ({ launch }) => {
  test.setTimeout(120_000);
  const { app, page, grid } = await openBigFolder(launch);
  for (const i of [10_000, 20_000]) {
    await page.keyboard.press('Control+g');
    const field = page.getByRole('dialog', { name: 'Go to key' }).getByRole('textbox', { name: 'Key' });
    await field.fill(bigKey(i));
    await field.press('Enter');
    await expect(objectRow(page, lastSegment(bigKey(i)))).toHaveAttribute('aria-selected', 'true');
  }
  const rows = String(1 + 1000 + 1 + 1000 + 1 + 1000);
  await expect(grid).toHaveAttribute('aria-rowcount', rows);
  await app.ipcSettled();
  const before = (await listRequests(app.ipcRecords)).length;
  const body = grid.locator('.grid-body');
  const scrolled = await body.evaluate((el) => el.scrollTop);

  await pathBar(page).getByRole('button', { name: DEMO_BUCKETS.oss }).click();
  await expect(objectRow(page, `${BIG_FOLDER}/`)).toBeVisible();
  await openFolder(page, BIG_FOLDER);
  await expect(grid).toHaveAttribute('aria-rowcount', rows);
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBe(scrolled);
  const cursor = objectRow(page, lastSegment(bigKey(20_000)));
  await expect(cursor).toBeInViewport();
  await expect(cursor).toBeFocused();
  await app.ipcSettled();
  expect(await listRequests(app.ipcRecords)).toHaveLength(before);
  // The first segment too: going to a key in it needs no request.
  await page.keyboard.press('Control+g');
  const field = page.getByRole('dialog', { name: 'Go to key' }).getByRole('textbox', { name: 'Key' });
  await field.fill(bigKey(10_500));
  await field.press('Enter');
  await expect(objectRow(page, lastSegment(bigKey(10_500)))).toHaveAttribute('aria-selected', 'true');
  await app.ipcSettled();
  expect(await listRequests(app.ipcRecords)).toHaveLength(before);
});

test('prefix search typed key by key opens one segment; a new text moves it instead of adding one', async ({ launch }) => {
  test.setTimeout(120_000);
  const { app, page, grid } = await openBigFolder(launch);
  await app.ipcSettled();
  const before = (await listRequests(app.ipcRecords)).length;
  await page.getByRole('checkbox', { name: 'Prefix search' }).check();
  const box = page.getByRole('searchbox', { name: 'Filter' });
  const focused = grid.locator('.row.focused');
  await box.pressSequentially('obj-00123', { delay: 40 });
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${lastSegment(bigKey(12_300)).replace('.', '\\.')}`));
  await app.ipcSettled();
  const first = (await listRequests(app.ipcRecords)).slice(before);
  // Keystrokes 40 ms apart: a seek once typing pauses, not one per key (a loaded machine may pause
  // mid-word too), the last at the whole text.
  expect(first.length).toBeGreaterThanOrEqual(1);
  expect(first.length).toBeLessThan('obj-00123'.length);
  expect(first.at(-1)?.startAfter?.startsWith(`${BIG_PREFIX}obj-0012`)).toBe(true);
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1000 + 1 + 1000));

  await box.fill('');
  await box.pressSequentially('obj-00256', { delay: 40 });
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${lastSegment(bigKey(25_600)).replace('.', '\\.')}`));
  await app.ipcSettled();
  expect((await listRequests(app.ipcRecords)).slice(before).length).toBeLessThan(first.length + 'obj-00256'.length);
  // Still one segment besides the folder's start: the first search's rows are gone.
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1000 + 1 + 1000));
});
