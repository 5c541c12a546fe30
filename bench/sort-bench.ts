// sort-100k: the built renderer in the browser host (real router, real emulator) with a folder of
// 100k objects of varied sizes and times, sorted by size while it pages to the end (each frame
// scrolls to the bottom of what is loaded), then re-sorted by size descending and filtered by a
// substring over all loaded rows. Judged: long tasks (> 50 ms) in each phase: 0. Also reported:
// time per page first 10 / last 10 (a cost that grew with the rows loaded would show there).
import type { Page } from 'playwright-core';
import { objectsGrid } from '../e2e/helpers/locators';
import { bigFolderRounds } from './big-folder-rounds';
import { type BenchScale } from './scale';
import { median, result, type BenchResult } from './stats';

type Phase = { longTasks: number; longestTaskMs: number; ms: number };
export interface SortRound {
  paging: Phase & { pageMsFirst10: number; pageMsLast10: number; rows: number };
  resort: Phase;
  filter: Phase;
}

/**
 * In the page: records long tasks while `action` runs (a column click, typing) and frames pass
 * until the grid shows `rows` rows (-1: a count other than before) with no ordering in progress; scrolls to the end each
 * frame when `scroll` (paging), noting the frames where a page arrived.
 */
async function phase(page: Page, options: { click?: string; type?: string; rows: number; scroll: boolean; timeoutMs: number }) {
  return objectsGrid(page).evaluate(async (grid, { click, type, rows, scroll, timeoutMs }) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    const scroller = grid.querySelector('[role="rowgroup"].grid-body') as HTMLElement;
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const t0 = performance.now();
    if (click) (Array.from(grid.querySelectorAll('button')).find((b) => b.textContent?.trim() === click) as HTMLElement).click();
    if (type !== undefined) {
      const box = document.querySelector('.filter-box input[type="search"]') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set as (v: string) => void;
      setValue.call(box, type);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const pageTimes: number[] = [];
    const before = grid.getAttribute('aria-rowcount');
    let count = before;
    let last = t0;
    const sorting = () => Array.from(document.querySelectorAll('[role="status"]')).some((s) => /…\s*\d+\s*%/.test(s.textContent ?? ''));
    let done = false;
    await frame(); // the click's render
    while (performance.now() - t0 < timeoutMs) {
      if (scroll) scroller.scrollTop = scroller.scrollHeight;
      await frame();
      const now = grid.getAttribute('aria-rowcount');
      if (now !== count) {
        count = now;
        pageTimes.push(performance.now() - last);
        last = performance.now();
      }
      // rows < 0: until the row count changed (a filter took effect) with no ordering in progress.
      if ((rows < 0 ? now !== before : Number(now) - 1 === rows) && !sorting()) {
        done = true;
        break;
      }
    }
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // let the observer deliver the last entries
    observer.disconnect();
    const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1]! : 0);
    return { done, ms, rows: Number(count) - 1, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks), pageMsFirst10: med(pageTimes.slice(0, 10)), pageMsLast10: med(pageTimes.slice(-10)) };
  }, options);
}

export async function benchSort(scale: BenchScale): Promise<BenchResult> {
  const count = scale.renderObjects;
  const rounds = await bigFolderRounds(scale.rounds, { bigObjects: count, variedBig: true }, async (page): Promise<SortRound> => {
    await page.locator('[role="row"][aria-label^="obj-"]').first().waitFor();
    const paged = await phase(page, { click: 'Size', rows: count, scroll: true, timeoutMs: 600_000 });
    if (!paged.done) throw new Error(`sort-100k: paging sorted by size stopped at ${paged.rows} of ${count} rows`);
    const resorted = await phase(page, { click: 'Size', rows: count, scroll: false, timeoutMs: 120_000 });
    const filtered = await phase(page, { type: '7', rows: -1, scroll: false, timeoutMs: 120_000 });
    if (!resorted.done || !filtered.done) throw new Error('sort-100k: re-sorting or filtering never finished');
    const only = (p: typeof resorted): Phase => ({ longTasks: p.longTasks, longestTaskMs: p.longestTaskMs, ms: p.ms });
    return { paging: { ...only(paged), pageMsFirst10: paged.pageMsFirst10, pageMsLast10: paged.pageMsLast10, rows: paged.rows }, resort: only(resorted), filter: only(filtered) };
  });
  const longTasks = (f: (r: SortRound) => Phase) => Math.max(...rounds.map((r) => f(r).longTasks));
  const paging = longTasks((r) => r.paging);
  const resort = longTasks((r) => r.resort);
  const filter = longTasks((r) => r.filter);
  const pick = (f: (r: SortRound) => number) => median(rounds.map(f));
  return result(
    rounds.map((r) => r.paging.longTasks),
    'long tasks > 50 ms paging sorted by size',
    '0 long tasks > 50 ms paging to the end sorted by size, re-sorting and filtering all loaded rows',
    () => paging === 0 && resort === 0 && filter === 0,
    {
      rows: pick((r) => r.paging.rows),
      pagingLongestTaskMs: Math.max(...rounds.map((r) => r.paging.longestTaskMs)),
      pageMsFirst10: pick((r) => r.paging.pageMsFirst10),
      pageMsLast10: pick((r) => r.paging.pageMsLast10),
      resortLongTasks: resort,
      resortLongestTaskMs: Math.max(...rounds.map((r) => r.resort.longestTaskMs)),
      resortMs: pick((r) => r.resort.ms),
      filterLongTasks: filter,
      filterLongestTaskMs: Math.max(...rounds.map((r) => r.filter.longestTaskMs)),
      filterMs: pick((r) => r.filter.ms),
    },
  );
}
