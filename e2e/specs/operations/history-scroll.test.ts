// History restores where the user was: Back returns to a long folder at the same scroll
// position; the mouse's back/forward buttons (4 and 5) step the same history.
import type { Locator } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';
import { useOwnEmulator } from '../../helpers/own-emulator';

const emulator = useOwnEmulator({ seed: { big: 3000 } });

/** The grid's scrolling element's scrollTop (read or, with `to`, set). */
const scrollTopOf = (grid: Locator, to?: number) =>
  grid.evaluate((el, value) => {
    const scroller = [el, ...el.querySelectorAll('*')].find((e) => /auto|scroll/.test(getComputedStyle(e).overflowY)) as HTMLElement;
    if (value !== undefined) scroller.scrollTop = value;
    return scroller.scrollTop;
  }, to);

test('Back restores the scroll position of a long folder; mouse buttons 4/5 step back and forward', async ({ launch }) => {
  const { page } = await launch({ emulator: emulator() });
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();
  const grid = objectsGrid(page);
  await scrollTopOf(grid, 15_000);
  await expect.poll(() => scrollTopOf(grid)).toBe(15_000);
  await expect(objectRow(page, lastSegment(bigKey(1)))).toHaveCount(0); // scrolled away from the top

  await page.getByRole('toolbar').getByRole('button', { name: 'Up', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue(`${DEMO_BUCKETS.oss}/`);
  await page.getByRole('toolbar').getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue(`${DEMO_BUCKETS.oss}/${BIG_PREFIX}`);
  await expect.poll(() => scrollTopOf(grid)).toBe(15_000);

  await page.evaluate(() => window.dispatchEvent(new MouseEvent('mouseup', { button: 4 })));
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue(`${DEMO_BUCKETS.oss}/`);
  await page.evaluate(() => window.dispatchEvent(new MouseEvent('mouseup', { button: 3 })));
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue(`${DEMO_BUCKETS.oss}/${BIG_PREFIX}`);
});
