// render-100k: the built renderer in Debian's chromium (the e2e browser host: real router, real
// emulator) opening a 100k-object folder and scrolled to its end like a user holding End.
// First row painted / one list round trip, long tasks (> 50 ms) while scrolling, rows in the DOM.
import type { Page } from 'playwright-core';
import { type AppHandle } from '../e2e/host';
import { bucketEntry, objectRow, objectsGrid } from '../e2e/helpers/locators';
import { BIG_PREFIX, bigKey } from '../emulator/seed-big';
import { LOCAL_DEMO_ID } from '../src-main/profiles/create-profiles-service';
import { browserHostRounds } from './browser-rounds';
import { OSS_BUCKET } from './rivals';
import { TABLE_LISTING } from './router-listing';
import { type BenchScale } from './scale';
import { median, result, type BenchResult } from './stats';

const LAST_NAME = (count: number): string => bigKey(count).slice(BIG_PREFIX.length);
const FIRST_NAME = bigKey(1).slice(BIG_PREFIX.length);

export interface RenderRound extends FirstPaint {
  roundTripMs: number;
  /** Main's part of that round trip (the rest is the bridge both ways). */
  roundTripMainMs: number;
  longTasks: number;
  longestTaskMs: number;
  mostRows: number;
  reachedEnd: boolean;
  /** Time between successive pages arriving while scrolling: first 10 and last 10 (median). */
  pageMsFirst10: number;
  pageMsLast10: number;
}

/** The first paint, and its split by when main saw the folder's first list request and answered it. */
export type FirstPaint = {
  firstRowMs: number;
  /** Double-click to the request reaching main (the renderer's work before it asks). */
  toRequestMs: number;
  /** Request to answer, in main (router, storage client, emulator). */
  mainMs: number;
  /** Main's answer to the first row painted (bridge back, parse, render, layout, paint). */
  answerToPaintMs: number;
  /** Of that, main's answer to the frame that first has the row (its animation frame callback):
   * the bridge back, the render, and the wait for that frame; the rest is the frame painting it. */
  answerToRowFrameMs: number;
};

type Timed = { channel: string; direction: string; at?: number; payload: unknown };
const isFolderList = (r: Timed): boolean => r.channel === 'objects.list' && (r.payload as { prefix?: string } | null)?.prefix === BIG_PREFIX;

/** When the first paint's steps happened, ms since the epoch (the page's and main's clocks agree). */
export type FirstPaintTimes = { t0: number; request: number; answer: number; seen: number; t1: number };

export type FirstPaintHooks = {
  /** Runs once the bucket's listing has settled, right before the double-click (starts a trace or profile). */
  beforeOpen?: () => Promise<void>;
  /** Leaves performance marks t0 / seen / t1 and, just before t0, a 1 ms spin named paintMarkT0 (found in a CPU profile). */
  marks?: boolean;
};

/** Opens the bucket, then (inside the page, so no Playwright round trip is timed) the folder. */
export async function firstPaintTimes(app: AppHandle, hooks: FirstPaintHooks = {}): Promise<FirstPaintTimes> {
  const { page } = app;
  await bucketEntry(page, OSS_BUCKET).click();
  const folder = objectRow(page, BIG_PREFIX);
  await folder.waitFor();
  await app.ipcSettled();
  const before = (await app.ipcRecords()).length;
  await hooks.beforeOpen?.();
  const { t0, seen, t1 } = await folder.evaluate(
    async (row, { firstName, marks }) => {
      const now = () => performance.timeOrigin + performance.now();
      const paintMarkT0 = () => {
        const end = performance.now() + 1;
        while (performance.now() < end);
      };
      if (marks) paintMarkT0();
      const t0 = now();
      if (marks) performance.mark('t0');
      row.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, button: 0 }));
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      for (;;) {
        await frame();
        if (document.querySelector(`[role="row"][aria-label^="${firstName}"]`)) break;
      }
      const seen = now();
      if (marks) performance.mark('seen');
      await frame(); // the frame that paints it
      if (marks) performance.mark('t1');
      return { t0, seen, t1: now() };
    },
    { firstName: FIRST_NAME, marks: hooks.marks ?? false },
  );
  const records = (await app.ipcRecords()).slice(before) as Timed[];
  const request = records.find((r) => r.direction === 'request' && isFolderList(r));
  const answer = request && records.slice(records.indexOf(request)).find((r) => r.direction === 'response' && r.channel === 'objects.list');
  if (request?.at === undefined || answer?.at === undefined) throw new Error('render-100k: the folder\'s list request was not recorded');
  return { t0, request: request.at, answer: answer.at, seen, t1 };
}

export async function firstRowPainted(app: AppHandle): Promise<FirstPaint> {
  const { t0, request, answer, seen, t1 } = await firstPaintTimes(app);
  return { firstRowMs: t1 - t0, toRequestMs: request - t0, mainMs: answer - request, answerToPaintMs: t1 - answer, answerToRowFrameMs: seen - answer };
}

/** The folder's first page as the table asks for it: what the round trip lists (and render-floor.ts). */
export const FOLDER_FIRST_PAGE = { profileId: LOCAL_DEMO_ID, ...TABLE_LISTING, maxKeys: 1000 };

/** One listing page of the same folder through the same window.api bridge, median of 3. */
export async function listRoundTrip(page: Page): Promise<number> {
  const times = await page.evaluate(async (request) => {
    const out: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = await window.api.listObjects(request);
      if (!r.ok) throw new Error(r.error.code);
      out.push(performance.now() - t0);
    }
    return out;
  }, FOLDER_FIRST_PAGE);
  return median(times);
}

/** Holds End: each frame jumps to the bottom of what is loaded, counting rows and long tasks. */
async function scrollToEnd(page: Page, lastName: string, timeoutMs: number): Promise<Omit<RenderRound, keyof FirstPaint | 'roundTripMs' | 'roundTripMainMs'>> {
  return objectsGrid(page).evaluate(
    async (grid, { lastName, timeoutMs }) => {
      const scroller = grid.querySelector('[role="rowgroup"].grid-body') as HTMLElement;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
      let mostRows = 0;
      let height = scroller.scrollHeight;
      const pageTimes: number[] = [];
      let last = performance.now();
      const deadline = last + timeoutMs;
      let reachedEnd = false;
      while (performance.now() < deadline) {
        scroller.scrollTop = scroller.scrollHeight;
        await new Promise((frame) => requestAnimationFrame(frame));
        if (scroller.scrollHeight !== height) {
          height = scroller.scrollHeight;
          const now = performance.now();
          pageTimes.push(now - last);
          last = now;
        }
        const rows = grid.querySelectorAll('[role="row"]');
        mostRows = Math.max(mostRows, rows.length);
        if (grid.querySelector(`[role="row"][aria-label^="${lastName}"]`)) {
          reachedEnd = true;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 100)); // let the observer deliver the last entries
      observer.disconnect();
      const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1]! : 0);
      return {
        longTasks: longTasks.length,
        longestTaskMs: Math.max(0, ...longTasks),
        mostRows,
        reachedEnd,
        pageMsFirst10: med(pageTimes.slice(0, 10)),
        pageMsLast10: med(pageTimes.slice(-10)),
      };
    },
    { lastName, timeoutMs },
  );
}

export async function benchRender(scale: BenchScale): Promise<BenchResult> {
  const count = scale.renderObjects;
  const rounds = await browserHostRounds(scale.rounds, { bigObjects: count }, async (app): Promise<RenderRound> => {
    const first = await firstRowPainted(app);
    const before = (await app.ipcRecords()).length;
    const roundTripMs = await listRoundTrip(app.page);
    const lists = ((await app.ipcRecords()).slice(before) as Timed[]).filter((r) => r.channel === 'objects.list');
    const mains = lists.flatMap((r, i) => (r.direction === 'request' && lists[i + 1]?.direction === 'response' ? [(lists[i + 1]?.at ?? NaN) - (r.at ?? NaN)] : []));
    const scrolled = await scrollToEnd(app.page, LAST_NAME(count), 600_000);
    if (!scrolled.reachedEnd) throw new Error('render-100k: the last row never showed');
    return { ...first, roundTripMs, roundTripMainMs: median(mains), ...scrolled };
  }, { recordIpc: true });
  const ratios = rounds.map((r) => r.firstRowMs / r.roundTripMs);
  const longTasks = Math.max(...rounds.map((r) => r.longTasks));
  const mostRows = Math.max(...rounds.map((r) => r.mostRows));
  return result(ratios, '× one list round trip (first row painted)', '≤ 3× round trip; 0 long tasks > 50 ms scrolling to the end; ≤ 200 rows in the DOM', (m) => m <= 3 && longTasks === 0 && mostRows <= 200, {
    firstRowMs: median(rounds.map((r) => r.firstRowMs)),
    roundTripMs: median(rounds.map((r) => r.roundTripMs)),
    // The first row's time split: before the request, in main, after main answered.
    toRequestMs: median(rounds.map((r) => r.toRequestMs)),
    mainMs: median(rounds.map((r) => r.mainMs)),
    answerToPaintMs: median(rounds.map((r) => r.answerToPaintMs)),
    answerToRowFrameMs: median(rounds.map((r) => r.answerToRowFrameMs)),
    roundTripMainMs: median(rounds.map((r) => r.roundTripMainMs)),
    longTasks,
    longestTaskMs: Math.max(...rounds.map((r) => r.longestTaskMs)),
    mostRowsInDom: mostRows,
    pageMsFirst10: median(rounds.map((r) => r.pageMsFirst10)),
    pageMsLast10: median(rounds.map((r) => r.pageMsLast10)),
  });
}
