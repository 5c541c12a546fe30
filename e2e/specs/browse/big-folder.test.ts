// A 100k-object folder: the first rows show after the first page, scrolling pages in the
// rest, and the virtual table keeps at most 200 row elements in the DOM the whole way.
import { test, expect } from '../../fixtures';
import { BIG_PREFIX, bigKey } from '../../../emulator/seed-big';
import { DEMO_BUCKETS, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';
import { useOwnEmulator } from '../../helpers/own-emulator';

const COUNT = 100_000;
const MAX_ROWS_IN_DOM = 200;

const emulator = useOwnEmulator({ seed: { big: COUNT } });

test('scrolls a 100k-object folder to the end with at most 200 rows in the DOM', async ({ launch }) => {
  test.setTimeout(180_000);
  const { page } = await launch({ emulator: emulator() });
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, BIG_PREFIX.replace(/\/$/, ''));
  await expect(objectRow(page, lastSegment(bigKey(1)))).toBeVisible();

  // Scroll like a user holding End, inside the page: every animation frame jump to the
  // bottom of what is loaded and count the row elements the DOM holds right then.
  const outcome = await objectsGrid(page).evaluate(
    async (grid, { lastName, timeoutMs }) => {
      const scroller = [grid, ...grid.querySelectorAll('*')].find((el) => /auto|scroll/.test(getComputedStyle(el).overflowY));
      if (!scroller) return { mostRows: -1, reachedEnd: false };
      let mostRows = 0;
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        scroller.scrollTop = scroller.scrollHeight;
        await new Promise((frame) => requestAnimationFrame(frame));
        const rows = document.querySelectorAll('[role="row"]');
        mostRows = Math.max(mostRows, rows.length);
        if ([...rows].some((row) => row.getAttribute('aria-label')?.startsWith(lastName))) return { mostRows, reachedEnd: true };
      }
      return { mostRows, reachedEnd: false };
    },
    { lastName: lastSegment(bigKey(COUNT)), timeoutMs: 150_000 },
  );
  expect(outcome.reachedEnd).toBe(true);
  await expect(objectRow(page, lastSegment(bigKey(COUNT)))).toBeInViewport();
  const mostRows = Math.max(outcome.mostRows, await page.getByRole('row').count());
  expect(mostRows).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  expect(mostRows).toBeGreaterThan(10);
  await expect(page.getByText(/100[,.\s\u202f]?000 items/)).toBeVisible();
});
