// The table in an order other than the server's (size, time, names backwards) or filtered by a
// substring: a RowView over a persistent order tree kept up to date page by page (ordered-state),
// so drawing the window, a page arriving and a key search each cost about log(rows loaded).
import { useEffect, useMemo, useRef, useState } from 'react';
import { compareKeys } from '../../contract';
import { type SortBy, type SortDir } from '../../state/view-slice';
import { advanceOrder, type Order, type OrderedRows, type OrderState } from './ordered-state';
import { type Entry, type GapEntry, type LoadedView, lowerBound, type Part, type RowView } from './row-view';
import { type BrowserRow, rowMatcher, rowOrder } from './rows';

export class OrderedView implements RowView {
  readonly length: number;
  readonly rowCount: number;
  readonly tailOwner: number;
  readonly firstGap: GapEntry | null;
  private all: readonly BrowserRow[] | null = null;
  constructor(
    private readonly shown: OrderedRows,
    private readonly order: Order,
    private readonly source: RowView,
  ) {
    this.length = shown.tree.size;
    this.rowCount = shown.tree.size;
    this.tailOwner = source.tailOwner;
    this.firstGap = source.firstGap;
  }

  at(index: number): Entry | undefined {
    return this.shown.tree.at(index);
  }

  private indexOfRow(row: BrowserRow | undefined): number {
    if (!row) return -1;
    const i = this.shown.tree.rank(row, this.order.compare);
    return this.shown.tree.at(i) === row ? i : -1;
  }

  /** In each part, the first row at or after `key` that the filter keeps; `exact`: only `key` itself. */
  private search(key: string, exact: boolean): BrowserRow | undefined {
    let best: BrowserRow | undefined;
    for (const p of this.shown.parts as readonly Part[]) {
      let i = lowerBound(p.rows, key, p.from, p.to);
      if (exact) {
        if (i < p.to && p.rows.key(i) === key) {
          const row = p.rows.row(i);
          return this.order.match(row) ? row : undefined;
        }
        continue;
      }
      while (i < p.to && !this.order.match(p.rows.row(i))) i += 1;
      if (i < p.to && (!best || compareKeys(p.rows.key(i), best.key) < 0)) best = p.rows.row(i);
    }
    return best;
  }

  indexOfKey(key: string): number {
    return this.indexOfRow(this.search(key, true));
  }

  indexAtOrAfter(key: string): number {
    return this.indexOfRow(this.search(key, false));
  }

  covers(key: string): boolean {
    return this.source.covers(key);
  }

  rows(): readonly BrowserRow[] {
    this.all ??= this.shown.tree.toArray();
    return this.all;
  }
}

/**
 * What the table shows of the listing: the server's order as is, or the order/filter chosen.
 * `scope` names the listing (bucket and folder): another one never shows this one's rows.
 */
export type ViewChoice = { sortBy: SortBy; sortDir: SortDir; filter: string; scope: string };

/** Null when the listing's own order shows it (ascending names, no filter). */
function orderFor({ sortBy, sortDir, filter, scope }: ViewChoice): Order | null {
  const needle = filter.trim();
  if (sortBy === 'name' && sortDir === 'asc' && !needle) return null;
  return { key: `${scope}\u0000${sortBy}:${sortDir}:${needle.toLowerCase()}`, compare: rowOrder(sortBy, sortDir), match: rowMatcher(needle) };
}

/** How often a running build updates its progress line. */
const REPORT_MS = 250;
/** How long a task of a running build works (steps of STEP_LIMITS) before it yields. */
const TASK_MS = 12;

/**
 * The view of `loaded` in the chosen order, updated by the rows each page adds. A new order or
 * filter over many rows is built a step per task; until it is ready the table keeps what it showed
 * (`progress`, 0..1, says how far the build is).
 */
export function useOrderedView(loaded: LoadedView, choice: ViewChoice): { view: RowView; progress: number | null } {
  const { sortBy, sortDir, filter, scope } = choice;
  const order = useMemo(() => orderFor({ sortBy, sortDir, filter, scope }), [sortBy, sortDir, filter, scope]);
  const state = useRef<OrderState | null>(null);
  const lastView = useRef<{ view: RowView; scope: string }>({ view: loaded, scope });
  const [step, setStep] = useState(0);
  const next = useMemo(() => {
    if (!order) return null;
    const advanced = advanceOrder(state.current, loaded.parts, order);
    state.current = advanced;
    return advanced;
  }, [loaded, order, step]); // `step`: a build moved on outside React (see below)
  if (!order) state.current = null;
  const pending = next?.pending ?? false;
  const latest = useRef(loaded);
  latest.current = loaded;
  // A build runs a step per task outside React; the browser re-renders only when it is done or
  // every REPORT_MS for the progress line, not for each step.
  useEffect(() => {
    if (!pending || !order) return;
    let timer: ReturnType<typeof setTimeout>;
    const since = performance.now();
    const run = () => {
      const current = state.current;
      if (!current || current.key !== order.key) return;
      const start = performance.now();
      let advanced = current;
      do advanced = advanceOrder(advanced, latest.current.parts, order);
      while (advanced.pending && performance.now() - start < TASK_MS);
      state.current = advanced;
      if (!state.current.pending || performance.now() - since >= REPORT_MS) setStep((n) => n + 1);
      else timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [pending, next, order]);
  const complete = next?.complete ?? null;
  const view = useMemo(() => {
    if (!order) return loaded;
    if (complete) return new OrderedView(complete, order, loaded);
    // The first build of this order: another order's view of this listing stays as it was; else the server's order.
    const last = lastView.current;
    return last.view instanceof OrderedView && last.scope === scope ? last.view : loaded;
  }, [complete, order, loaded, scope]);
  lastView.current = { view, scope };
  return { view, progress: next?.pending ? next.progress : null };
}
