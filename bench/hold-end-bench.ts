// hold-end-1m: the built renderer in the browser host (real router, real emulator) with a
// 1,000,000-object folder open and End held down on the grid (auto-repeat keydowns at 30 a second,
// as a keyboard sends them) for 60 s or until the folder's last row shows. Every End moves the
// cursor to the last loaded row, which asks for the next page. Time per page: from the first End
// after a page was painted (the one that asks for the next) to the frame that paints the next
// page's rows. Judged: median of the last 10 pages / median of the first 10 pages, and long tasks;
// the renderer's live heap after the hold says what the loaded rows cost in memory.
import type { Page } from 'playwright-core';
import { objectRow, objectsGrid } from '../e2e/helpers/locators';
import { BIG_PREFIX, bigKey } from '../emulator/seed-big';
import { bigFolderRounds } from './big-folder-rounds';
import { type BenchScale } from './scale';
import { median, result, type BenchResult } from './stats';

/** A keyboard's auto-repeat: one keydown every 33 ms while the key is held. */
const REPEAT_MS = 33;

export interface HoldEndRound {
  pages: number;
  rowsLoaded: number;
  heldMs: number;
  reachedEnd: boolean;
  pageMsFirst10: number;
  pageMsLast10: number;
  /** Paint-to-paint interval of successive pages (includes the wait for the next key repeat). */
  intervalMsFirst10: number;
  intervalMsLast10: number;
  longTasks: number;
  longestTaskMs: number;
  /** The renderer's JS heap after the hold and a full GC: what the loaded rows keep alive (MB). */
  heapMb: number;
}

type PageSample = { askedAt: number; paintedAt: number; rows: number };
type Recorder = { pages: PageSample[]; longTasks: number[]; end: boolean; stop: () => void };

/** In the page: long tasks, the End keydowns, and each frame in which the grid's row count grew. */
async function startRecorder(page: Page, lastName: string): Promise<void> {
  await objectsGrid(page).evaluate((grid, lastName) => {
    const rec: Recorder = { pages: [], longTasks: [], end: false, stop: () => {} };
    (globalThis as { __holdEnd?: Recorder }).__holdEnd = rec;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    let count = grid.getAttribute('aria-rowcount');
    let lastPaint = performance.now();
    let askedAt: number | null = null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'End' && askedAt === null) askedAt = performance.now();
    };
    window.addEventListener('keydown', onKey, true);
    let running = true;
    const frame = () => {
      if (!running) return;
      // Not the callback's frame timestamp: that is the frame's start, before the keydowns this
      // frame handled were stamped, so a page that came with the same frame would time negative.
      const now = performance.now();
      const current = grid.getAttribute('aria-rowcount');
      if (current !== count) {
        count = current;
        rec.pages.push({ askedAt: askedAt ?? lastPaint, paintedAt: now, rows: Number(current) - 1 });
        lastPaint = now;
        askedAt = null;
      }
      // The folder's last row shows once an End after its page arrived moved the cursor there.
      if (!rec.end && grid.querySelector(`[role="row"][aria-label^="${lastName}"]`)) rec.end = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    rec.stop = () => {
      running = false;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
    };
  }, lastName);
}

/** The page's live JS heap (MB) after a forced full GC (Chromium's DevTools protocol). */
async function liveHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round(usedSize / 1e5) / 10;
  } finally {
    await cdp.detach();
  }
}

async function stopRecorder(page: Page): Promise<{ pages: PageSample[]; longTasks: number[] }> {
  await page.waitForTimeout(100); // let the observer deliver the last entries
  return page.evaluate(() => {
    const rec = (globalThis as { __holdEnd?: Recorder }).__holdEnd as Recorder;
    rec.stop();
    return { pages: rec.pages, longTasks: rec.longTasks };
  });
}

/** Holds End (repeated keydowns, then one keyup) until the deadline or the folder's last row. */
async function holdEnd(page: Page, durationMs: number): Promise<{ heldMs: number; reachedEnd: boolean }> {
  const t0 = Date.now();
  let reachedEnd = false;
  for (let n = 0; Date.now() - t0 < durationMs; n += 1) {
    const at = Date.now();
    await page.keyboard.down('End');
    if (n % 15 === 14 && (await page.evaluate(() => (globalThis as { __holdEnd?: Recorder }).__holdEnd?.end === true))) {
      reachedEnd = true;
      break;
    }
    const wait = REPEAT_MS - (Date.now() - at);
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.keyboard.up('End');
  return { heldMs: Date.now() - t0, reachedEnd };
}

const med = (xs: readonly number[]): number => (xs.length ? median(xs) : 0);

export async function benchHoldEnd(scale: BenchScale): Promise<BenchResult> {
  const count = scale.holdEndObjects;
  const lastName = bigKey(count).slice(BIG_PREFIX.length);
  const rounds = await bigFolderRounds(scale.rounds, { bigObjects: count }, async (page): Promise<HoldEndRound> => {
    const first = objectRow(page, bigKey(1).slice(BIG_PREFIX.length));
    await first.click(); // the cursor in the grid, as a user clicks before pressing keys
    await startRecorder(page, lastName);
    const held = await holdEnd(page, scale.holdEndMs);
    const { pages, longTasks } = await stopRecorder(page);
    const heapMb = await liveHeapMb(page);
    const pageMs = pages.map((p) => p.paintedAt - p.askedAt);
    const intervals = pages.slice(1).map((p, i) => p.paintedAt - (pages[i] as PageSample).paintedAt);
    return {
      pages: pages.length,
      rowsLoaded: pages.at(-1)?.rows ?? 0,
      ...held,
      pageMsFirst10: med(pageMs.slice(0, 10)),
      pageMsLast10: med(pageMs.slice(-10)),
      intervalMsFirst10: med(intervals.slice(0, 10)),
      intervalMsLast10: med(intervals.slice(-10)),
      longTasks: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks),
      heapMb,
    };
  });
  const ratios = rounds.map((r) => r.pageMsLast10 / r.pageMsFirst10);
  const longTasks = Math.max(...rounds.map((r) => r.longTasks));
  const pick = (f: (r: HoldEndRound) => number) => median(rounds.map(f));
  return result(ratios, '× (time per page, last 10 / first 10)', '≤ 1.2× last 10 / first 10 pages; 0 long tasks > 50 ms', (m) => m <= 1.2 && longTasks === 0, {
    pages: pick((r) => r.pages),
    rowsLoaded: pick((r) => r.rowsLoaded),
    heldMs: pick((r) => r.heldMs),
    reachedEnd: Math.min(...rounds.map((r) => (r.reachedEnd ? 1 : 0))),
    pageMsFirst10: pick((r) => r.pageMsFirst10),
    pageMsLast10: pick((r) => r.pageMsLast10),
    intervalMsFirst10: pick((r) => r.intervalMsFirst10),
    intervalMsLast10: pick((r) => r.intervalMsLast10),
    longTasks,
    longestTaskMs: Math.max(...rounds.map((r) => r.longestTaskMs)),
    heapMb: pick((r) => r.heapMb),
  });
}
