// Seek, not scan, against the real router and emulator: Go to key… (Ctrl+G) opens a 30k-object
// folder at a key deep in it with one listing request, and "Earlier objects — Load" fills the
// keys before it in place.
import { test, expect } from '../../fixtures';
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

test('Go to key opens a deep key with one request; Earlier objects — Load fills the gap before it', async ({ launch }) => {
  test.setTimeout(120_000);
  const app = await launch({ emulator, recordIpc: true });
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
  await app.ipcSettled();
  const before = (await listRequests(app.ipcRecords)).length;

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
