// Sorting by size and filtering the loaded rows against the real router and emulator: a
// 20,000-object folder of varied sizes, sorted by size descending while it loads, keeps folders
// first and files largest first (ties by name, backwards) across every page; End, arrows and
// Ctrl+A follow that order; the substring filter keeps the order.
import { test, expect } from '../../fixtures';
import { BIG_PREFIX, bigKey, variedSize } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';
import { useOwnEmulator } from '../../helpers/own-emulator';

const COUNT = 20_000;

const emulator = useOwnEmulator({ seed: { big: COUNT, varied: true } });

/** Object numbers from..to in the table's order: size descending, then name descending. */
function bySizeDesc(from: number, to: number): number[] {
  const all = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  return all.sort((a, b) => variedSize(b) - variedSize(a) || b - a);
}

test('sorted by size descending across every loaded page, with keys, Ctrl+A and the filter', async ({ launch }) => {
  test.setTimeout(120_000);
  const { page } = await launch({ emulator: emulator() });
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  const grid = objectsGrid(page);
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
  await grid.getByRole('button', { name: 'Size' }).click();
  await grid.getByRole('button', { name: 'Size' }).click();
  await expect(page.getByText('Sorted 1,000 loaded items; the folder has more.')).toBeVisible();
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', String(COUNT + 1), { timeout: 60_000 });
  await expect(page.getByText(/the folder has more/)).toHaveCount(0);

  const order = bySizeDesc(1, COUNT);
  const first = objectRow(page, lastSegment(bigKey(order[0] as number)));
  await expect(first).toBeVisible();
  await first.click();
  await page.keyboard.press('ArrowDown');
  await expect(objectRow(page, lastSegment(bigKey(order[1] as number)))).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(objectRow(page, lastSegment(bigKey(order.at(-1) as number)))).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(objectRow(page, lastSegment(bigKey(order.at(-2) as number)))).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+a');
  await expect(page.getByText(/^20,?000 selected/)).toBeVisible();

  await page.keyboard.press('Home');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  // obj-0001xxx.bin: objects 1,000…1,999.
  await page.getByRole('searchbox', { name: 'Filter' }).fill('-0001');
  await expect(grid).toHaveAttribute('aria-rowcount', '1001');
  const filtered = bySizeDesc(1000, 1999);
  await expect(objectRow(page, lastSegment(bigKey(filtered[0] as number)))).toBeVisible();
});
