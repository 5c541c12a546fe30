// Keeps the loaded rows in another order than the server's (size, time, names backwards, or only
// the rows the filter matches) without redoing the whole list when a page arrives: each step diffs
// the listing's parts against what the tree already holds and adds or removes only the difference,
// so a page costs its own rows × log(rows loaded). Big changes (a new sort or filter over 500k
// rows, a refetch) are applied a bounded batch per step, so no step blocks the UI for long.
import { OrderTree } from './order-tree';
import { type Part } from './row-view';
import { type BrowserRow, type RowCompare } from './rows';

/** Rows examined per step: one step stays well under a 50 ms frame budget at any size. */
export const STEP_ROWS = 25_000;

type Range = readonly [from: number, to: number];
type Held = ReadonlyMap<readonly BrowserRow[], Range>;

/** A tree and the parts it holds (what its view searches by key). */
export type OrderedRows = { tree: OrderTree<BrowserRow>; parts: readonly Part[] };

export type OrderState = {
  /** What the order is (sort, direction, filter): a different one starts over. */
  key: string;
  compare: RowCompare;
  match: (row: BrowserRow) => boolean;
  tree: OrderTree<BrowserRow>;
  /** For each part's rows array, the range of it the tree holds. */
  held: Held;
  /** More steps are needed to hold every loaded row. */
  pending: boolean;
  /** Rows of the listing examined so far / in all (progress while pending). */
  doneRows: number;
  totalRows: number;
  /** What to show: the tree, or while a big change of the same order is applied, the last complete one. */
  shown: OrderedRows;
  /** `shown` held every loaded row of its listing. */
  shownComplete: boolean;
};

export type Order = { key: string; compare: RowCompare; match: (row: BrowserRow) => boolean };

/** [a, b) without [c, d): up to two ranges. */
function without(a: number, b: number, c: number, d: number): Range[] {
  if (d <= a || c >= b || c >= d) return a < b ? [[a, b]] : [];
  const out: Range[] = [];
  if (a < c) out.push([a, c]);
  if (d < b) out.push([d, b]);
  return out;
}

function pushMatching(out: BrowserRow[], rows: readonly BrowserRow[], ranges: readonly Range[], match: (row: BrowserRow) => boolean): void {
  for (const [from, to] of ranges) for (let i = from; i < to; i += 1) if (match(rows[i] as BrowserRow)) out.push(rows[i] as BrowserRow);
}

function fresh(order: Order, shown: OrderedRows | null): OrderState {
  const tree = OrderTree.empty<BrowserRow>();
  return { ...order, tree, held: new Map(), pending: true, doneRows: 0, totalRows: 0, shown: shown ?? { tree, parts: [] }, shownComplete: shown !== null };
}

const heldParts = (held: Held): Part[] => Array.from(held, ([rows, [from, to]]) => ({ rows, from, to }));

/**
 * One step towards the tree holding exactly `parts` in `order`: the next state from the previous
 * one (null or another order: from scratch). At most `budget` rows are added per step; the rest
 * waits for the next step (`pending`).
 */
export function advanceOrder(prev: OrderState | null, parts: readonly Part[], order: Order, budget = STEP_ROWS): OrderState {
  const base = prev && prev.key === order.key ? prev : fresh(order, null);
  const { compare, match } = base;
  const held = new Map<readonly BrowserRow[], Range>();
  const added: BrowserRow[] = [];
  const removed: BrowserRow[] = [];
  let work = 0;
  let pending = false;
  let doneRows = 0;
  let totalRows = 0;
  for (const part of parts) {
    totalRows += part.to - part.from;
    const had = base.held.get(part.rows);
    if (had) pushMatching(removed, part.rows, without(had[0], had[1], part.from, part.to), match);
    const missing = had ? without(part.from, part.to, had[0], had[1]) : [[part.from, part.to] as const];
    const size = missing.reduce((n, [from, to]) => n + to - from, 0);
    if (size > 0 && work > 0 && work + size > budget) {
      // Not this step: keep what the tree already holds of it.
      pending = true;
      const from = Math.max(had?.[0] ?? 0, part.from);
      const to = Math.min(had?.[1] ?? 0, part.to);
      if (from < to) {
        held.set(part.rows, [from, to]);
        doneRows += to - from;
      }
      continue;
    }
    pushMatching(added, part.rows, missing, match);
    work += size;
    held.set(part.rows, [part.from, part.to]);
    doneRows += part.to - part.from;
  }
  const present = new Set(parts.map((p) => p.rows));
  for (const [rows, [from, to]] of base.held) if (!present.has(rows)) pushMatching(removed, rows, [[from, to]], match);
  // Most of the tree changed (a refetch): build a new one in steps, showing the last complete one meanwhile.
  if (removed.length > budget) {
    const last = base.shownComplete && base.pending ? base.shown : base.pending ? null : { tree: base.tree, parts: heldParts(base.held) };
    return advanceOrder(fresh(order, last), parts, order, budget);
  }
  const tree = base.tree.removeSorted(removed.sort(compare), compare).insertSorted(added.sort(compare), compare);
  // While a big change of this order is applied, the last complete tree stays on screen; a new order shows its progress.
  if (pending && base.shownComplete) return { ...base, tree, held, pending, doneRows, totalRows };
  return { ...base, tree, held, pending, doneRows, totalRows, shown: { tree, parts: heldParts(held) }, shownComplete: !pending };
}
