import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ObjectPage } from '../../contract';
import { type SortBy, type SortDir } from '../../state/view-slice';
import { advanceOrder, type Order, type OrderState, STEP_LIMITS, type StepLimits } from './ordered-state';
import { OrderedView } from './ordered-view';
import { type LoadedView, sparseView } from './row-view';
import { type BrowserRow, rowMatcher, rowOrder } from './rows';
import { wirePage } from '../../test/wire-page';

type Obj = { name: string; size: number; time: number };

function page(prefix: string, objs: readonly Obj[], next: boolean): ObjectPage {
  const rows = objs.map((o) => (o.name.endsWith('/') ? { name: o.name, size: 0, storageClass: 'STANDARD' } : { name: o.name, size: o.size, time: o.time }));
  return wirePage(prefix, rows, next ? prefix + (objs.at(-1)?.name ?? '') : undefined);
}

/** The services' key order: UTF-8 bytes. */
function utf8(a: string, b: string): number {
  const [x, y] = [new TextEncoder().encode(a), new TextEncoder().encode(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

/** The plain reference: filter, then folders by name, files by the column then name, `desc` reversed. */
function reference(rows: readonly BrowserRow[], sortBy: SortBy, dir: SortDir, filter: string): string[] {
  const needle = filter.toLowerCase();
  const kept = rows.filter((r) => r.name.toLowerCase().includes(needle));
  const byName = (a: BrowserRow, b: BrowserRow) => utf8(a.name, b.name);
  const folders = kept.filter((r) => r.kind === 'folder').sort(byName);
  const column = (r: BrowserRow) => (sortBy === 'size' ? r.size : sortBy === 'time' ? r.modified : 0);
  const files = kept.filter((r) => r.kind !== 'folder').sort((a, b) => column(a) - column(b) || byName(a, b));
  if (dir === 'desc') {
    files.reverse();
    if (sortBy === 'name') folders.reverse();
  }
  return [...folders, ...files].map((r) => r.key);
}

const orderOf = (sortBy: SortBy, dir: SortDir, filter: string): Order => ({ key: `${sortBy}:${dir}:${filter}`, compare: rowOrder(sortBy, dir), match: rowMatcher(filter) });

/** Runs steps until the tree holds the whole listing. */
function settle(prev: OrderState | null, loaded: LoadedView, order: Order, limits: StepLimits): OrderState {
  let state = advanceOrder(prev, loaded.parts, order, limits);
  for (let guard = 0; state.pending && guard < 10_000; guard += 1) state = advanceOrder(state, loaded.parts, order, limits);
  expect(state.pending).toBe(false);
  return state;
}

const shown = (state: OrderState, order: Order, loaded: LoadedView): OrderedView => {
  if (!state.complete) throw new Error('nothing complete to show');
  return new OrderedView(state.complete, order, loaded);
};

const keysOf = (view: OrderedView): string[] => Array.from({ length: view.length }, (_, i) => (view.at(i) as BrowserRow).key);

// Astral letters sort after U+FF5E in UTF-8 bytes, before it in JS string order.
const name = fc.tuple(fc.array(fc.constantFrom('a', 'b', 'A', 'B', '.', '\u{FF5E}', '\u{1F600}'), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([cs, folder]) => cs.join('') + (folder ? '/' : ''));
const objects = fc.uniqueArray(fc.record({ name, size: fc.integer({ min: 0, max: 4 }), time: fc.integer({ min: 0, max: 4 }) }), { selector: (o) => o.name, maxLength: 60 });
const choice = fc.record({ sortBy: fc.constantFrom<SortBy>('name', 'size', 'time'), dir: fc.constantFrom<SortDir>('asc', 'desc'), filter: fc.constantFrom('', 'a', 'B', '.', 'ab') });

describe('OrderedView', () => {
  it('shows the loaded rows in the chosen order and filter, page after page, like a plain sort of them all', () => {
    // Two segments (the folder's start and a seek deep in it) listed page by page in a random
    // interleaving; the start catching up with the seek cuts the seek's pages (rows leave the tree).
    // Each listing change gets one step, or is settled (a step may leave a build half done while pages arrive).
    const steps = fc.array(fc.record({ seek: fc.boolean(), size: fc.integer({ min: 1, max: 6 }), settle: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) }), { maxLength: 20 });
    const limits = fc.record({ units: fc.integer({ min: 1, max: 60 }), incrementalRows: fc.integer({ min: 0, max: 12 }), chunkRows: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(objects, choice, steps, fc.nat(), limits, (objs, { sortBy, dir, filter }, plan, seekAt, budget) => {
        const all = [...objs].sort((a, b) => utf8(a.name, b.name));
        const seekFrom = all.length ? seekAt % all.length : 0;
        const startAfter = `f/${all[seekFrom]?.name ?? ''}`;
        const listed = { base: 0, seek: seekFrom + 1 };
        const pages: { base: ObjectPage[]; seek: ObjectPage[] } = { base: [], seek: [] };
        const order = orderOf(sortBy, dir, filter);
        let state: OrderState | null = null;
        for (const step of plan) {
          const which = step.seek ? 'seek' : 'base';
          const chunk = all.slice(listed[which], listed[which] + step.size);
          listed[which] += chunk.length;
          pages[which].push(page('f/', chunk, listed[which] < all.length));
          const loaded = sparseView(
            [
              { startAfter: undefined, pages: pages.base, hasNext: listed.base < all.length },
              { startAfter, pages: pages.seek, hasNext: listed.seek < all.length },
            ],
            'f/',
          );
          state = step.settle || step === plan.at(-1) ? settle(state, loaded, order, budget) : advanceOrder(state, loaded.parts, order, budget);
          if (state.pending) continue;
          const view = shown(state, order, loaded);
          const expected = reference(loaded.rows(), sortBy, dir, filter);
          expect(keysOf(view)).toEqual(expected);
          expect(view.rows().map((r) => r.key)).toEqual(expected);
          for (const [i, key] of expected.entries()) expect(view.indexOfKey(key)).toBe(i);
          // The seek position: the first kept key at or after the probe, by key.
          const probe = `f/${all[seekFrom]?.name ?? ''}`;
          const after = [...expected].sort(utf8).find((k) => utf8(k, probe) >= 0);
          expect(view.indexAtOrAfter(probe)).toBe(after === undefined ? -1 : expected.indexOf(after));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows the last complete order while a refetch rebuilds it in steps, then the new listing', () => {
    const objs = Array.from({ length: 300 }, (_, i) => ({ name: `o${String(i).padStart(3, '0')}`, size: (i * 37) % 11, time: i }));
    const listing = (list: readonly Obj[]) => sparseView([{ startAfter: undefined, pages: [0, 100, 200].map((s) => page('f/', list.slice(s, s + 100), false)), hasNext: false }], 'f/');
    const order = orderOf('size', 'desc', '');
    const before = listing(objs);
    const limits = { units: 50, incrementalRows: 100, chunkRows: 16 };
    const complete = settle(null, before, order, limits);
    // The same objects, newly fetched pages (new objects), one of them bigger now.
    const after = listing(objs.map((o, i) => (i === 5 ? { ...o, size: 99 } : o)));
    const step = advanceOrder(complete, after.parts, order, limits);
    expect(step.pending).toBe(true);
    expect(step.progress).toBeGreaterThan(0);
    expect(step.progress).toBeLessThan(1);
    expect(keysOf(shown(step, order, after))).toEqual(reference(before.rows(), 'size', 'desc', ''));
    const done = settle(step, after, order, limits);
    expect(keysOf(shown(done, order, after))).toEqual(reference(after.rows(), 'size', 'desc', ''));
    expect(keysOf(shown(done, order, after))[0]).toBe('f/o005');
  });

  /** Page `p` of a big folder as listed: 1,000 objects of varied sizes. */
  const pageOf = (p: number, next = true) => page('big/', Array.from({ length: 1000 }, (_, i) => ({ name: `obj-${String(p * 1000 + i).padStart(7, '0')}`, size: (p * 7919 + i * 104_729) % 65_536, time: 0 })), next);

  it('adds a page to a million loaded rows with as many comparisons as to ten thousand (within log n), and filters only its rows', () => {
    const workForNextPage = (pagesLoaded: number, filter: string): { compared: number; matched: number } => {
      const pages = Array.from({ length: pagesLoaded }, (_, p) => pageOf(p));
      const segment = (list: ObjectPage[]) => sparseView([{ startAfter: undefined, pages: list, hasNext: true }], 'big/');
      const order = orderOf('size', 'asc', filter);
      const state = settle(null, segment(pages), order, { ...STEP_LIMITS, units: Number.MAX_SAFE_INTEGER });
      const work = { compared: 0, matched: 0 };
      const counting: Order = { ...order, compare: (a, b) => ((work.compared += 1), order.compare(a, b)), match: (r) => ((work.matched += 1), order.match(r)) };
      const next = advanceOrder({ ...state, ...counting }, segment([...pages, pageOf(pagesLoaded)]).parts, counting);
      expect(next.pending).toBe(false);
      expect(next.tree?.size).toBe(filter ? reference(segment([...pages, pageOf(pagesLoaded)]).rows(), 'size', 'asc', filter).length : (pagesLoaded + 1) * 1000);
      return work;
    };
    const small = workForNextPage(10, '');
    const large = workForNextPage(1000, '');
    // Re-sorting everything would cost ~20 comparisons a row for all 1M rows: 20M, 100× the small case.
    expect(large.compared).toBeLessThan(1000 * 40);
    expect(large.compared / small.compared).toBeLessThan(3);
    // The filter reads the new page's 1,000 rows, never the million before it.
    expect(workForNextPage(10, '7').matched).toBe(1000);
    expect(workForNextPage(1000, '7').matched).toBe(1000);
  }, 120_000);

  it('builds a new order of 100,000 rows in steps of at most 40,000 comparisons (each a slice of a task)', () => {
    const pages = Array.from({ length: 100 }, (_, p) => pageOf(p, p < 99));
    const loaded = sparseView([{ startAfter: undefined, pages, hasNext: false }], 'big/');
    const order = orderOf('size', 'desc', '');
    let compared = 0;
    const counting: Order = { ...order, compare: (a, b) => ((compared += 1), order.compare(a, b)) };
    const most: number[] = [];
    let state: OrderState | null = null;
    for (let guard = 0; guard < 10_000 && (state === null || state.pending); guard += 1) {
      compared = 0;
      state = advanceOrder(state, loaded.parts, counting);
      most.push(compared);
    }
    expect(state?.pending).toBe(false);
    expect(keysOf(shown(state as OrderState, order, loaded)).slice(0, 3)).toEqual(reference(loaded.rows(), 'size', 'desc', '').slice(0, 3));
    // 100,000 units with chunks of 4,096 rows took ~100k comparisons a step: 30–42 ms on a slow VM.
    expect(Math.max(...most)).toBeLessThanOrEqual(40_000);
    expect(most.length).toBeGreaterThan(10);
  }, 120_000);
});
