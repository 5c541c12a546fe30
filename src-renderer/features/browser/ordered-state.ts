// Keeps the loaded rows in another order than the server's (size, time, names backwards, or only
// the rows the filter matches) without redoing the whole list when a page arrives: each step diffs
// the listing's parts against what the tree already holds and adds or removes only the difference,
// so a page costs its own rows × log(rows loaded). A new order or filter (or a refetch that changed
// most rows) is built from scratch by a merge sort cut into steps of bounded work, so no step
// blocks the UI for long; meanwhile the last complete tree of the order (if any) stays shown.
import { OrderTree } from './order-tree';
import { type Part } from './row-view';
import { type BrowserRow, type RowCompare, type RowList } from './rows';
import { RunMerger } from './run-merger';

export type StepLimits = {
  /** Work units (a row read and sorted, or merged) per step of a build: a slice of a task, which
   * runs slices until its time is up (ordered-view.ts), so a slow machine does fewer per task.
   * 100,000 took 30–42 ms on a 2-vCPU EPYC VM (sort-100k's re-sort had long tasks). */
  units: number;
  /** A listing change bigger than this (rows added or removed) is rebuilt in steps, not applied at once. */
  incrementalRows: number;
  /** Rows a build sorts together before merging. */
  chunkRows: number;
};
export const STEP_LIMITS: StepLimits = { units: 25_000, incrementalRows: 20_000, chunkRows: 2048 };

type Range = readonly [from: number, to: number];
type Held = ReadonlyMap<RowList, Range>;

/** A tree and the parts it holds (what its view searches by key). */
export type OrderedRows = { tree: OrderTree<BrowserRow>; parts: readonly Part[] };

export type Order = { key: string; compare: RowCompare; match: (row: BrowserRow) => boolean };

/**
 * A build from scratch: every part it reads (parts that arrive meanwhile are appended), how far it
 * has read, and the merge of the sorted chunks read so far.
 */
type Build = { queued: Map<RowList, Range>; list: Part[]; next: number; merger: RunMerger<BrowserRow>; unitsDone: number; unitsTotal: number };

export type OrderState = Order & {
  /** The tree holding `held` (null while the first build of this order runs). */
  tree: OrderTree<BrowserRow> | null;
  /** For each part's rows list, the range of it the tree holds. */
  held: Held;
  /** The build in progress (mutated step by step: states are used one after the other). */
  build: Build | null;
  /** The last tree that held a whole listing: what to show. */
  complete: OrderedRows | null;
  /** More steps are needed; `progress` (0..1) says how far the build is. */
  pending: boolean;
  progress: number;
};

/** [a, b) without [c, d): up to two ranges. */
function without(a: number, b: number, c: number, d: number): Range[] {
  if (d <= a || c >= b || c >= d) return a < b ? [[a, b]] : [];
  const out: Range[] = [];
  if (a < c) out.push([a, c]);
  if (d < b) out.push([d, b]);
  return out;
}

function pushMatching(out: BrowserRow[], rows: RowList, ranges: readonly Range[], match: (row: BrowserRow) => boolean): void {
  for (const [from, to] of ranges)
    for (let i = from; i < to; i += 1) {
      const row = rows.row(i);
      if (match(row)) out.push(row);
    }
}

/** Work units of sorting `rows` in chunks, then merging the chunks in pairs. */
const unitsFor = (rows: number, chunk: number): number => rows * Math.ceil(Math.log2(Math.min(rows, chunk) + 1)) + rows * Math.ceil(Math.log2(Math.max(1, rows / chunk)));

function startBuild(order: Order, parts: readonly Part[], complete: OrderedRows | null, chunkRows: number): OrderState {
  const build: Build = { queued: new Map(), list: [], next: 0, merger: new RunMerger(), unitsDone: 0, unitsTotal: 0 };
  let rows = 0;
  for (const p of parts) {
    build.queued.set(p.rows, [p.from, p.to]);
    build.list.push(p);
    rows += p.to - p.from;
  }
  build.unitsTotal = Math.max(1, unitsFor(rows, chunkRows));
  return { ...order, tree: null, held: new Map(), build, complete, pending: true, progress: 0 };
}

/** Appends parts that arrived during the build; false when a part it read changed or left (start over). */
function syncBuild(b: Build, parts: readonly Part[], chunkRows: number): boolean {
  let added = 0;
  const present = new Set<RowList>();
  for (const p of parts) {
    present.add(p.rows);
    const had = b.queued.get(p.rows);
    if (had) {
      if (had[0] !== p.from || had[1] !== p.to) return false;
      continue;
    }
    b.queued.set(p.rows, [p.from, p.to]);
    b.list.push(p);
    added += p.to - p.from;
  }
  if (present.size !== b.queued.size) return false;
  if (added > 0) b.unitsTotal += unitsFor(added, chunkRows);
  return true;
}

/** Runs the build for up to `units` of work; when it is done, the state's tree holds its parts. */
function runBuild(state: OrderState, { units: budget, chunkRows }: StepLimits): OrderState {
  const b = state.build as Build;
  let spent = 0;
  while (spent < budget && b.next < b.list.length) {
    const chunk: BrowserRow[] = [];
    while (chunk.length < chunkRows && b.next < b.list.length) {
      const p = b.list[b.next++] as Part;
      pushMatching(chunk, p.rows, [[p.from, p.to]], state.match);
      spent += p.to - p.from;
    }
    b.merger.add(chunk.sort(state.compare));
    spent += chunk.length * Math.ceil(Math.log2(chunk.length + 1));
  }
  if (spent < budget) spent += b.merger.step(state.compare, budget - spent);
  b.unitsDone += spent;
  if (b.next < b.list.length || !b.merger.done) return { ...state, pending: true, progress: Math.min(0.99, b.unitsDone / b.unitsTotal) };
  const tree = OrderTree.empty<BrowserRow>().insertSorted(b.merger.result(), state.compare);
  return { ...state, tree, held: b.queued, build: null, complete: { tree, parts: b.list }, pending: false, progress: 1 };
}

/**
 * One step towards the tree holding exactly `parts` in `order`: the next state from the previous
 * one (null or another order: a new build). `limits` bound a step's work.
 */
export function advanceOrder(prev: OrderState | null, parts: readonly Part[], order: Order, limits = STEP_LIMITS): OrderState {
  let state = prev && prev.key === order.key ? prev : startBuild(order, parts, null, limits.chunkRows);
  if (state.build && !syncBuild(state.build, parts, limits.chunkRows)) state = startBuild(order, parts, state.complete, limits.chunkRows);
  if (state.build) {
    state = runBuild(state, limits);
    if (state.build) return state;
  }
  const { compare, match } = state;
  const held = new Map<RowList, Range>();
  const added: BrowserRow[] = [];
  const removed: BrowserRow[] = [];
  let changed = 0;
  for (const part of parts) {
    const had = state.held.get(part.rows);
    held.set(part.rows, [part.from, part.to]);
    if (had && had[0] === part.from && had[1] === part.to) continue;
    const gone = had ? without(had[0], had[1], part.from, part.to) : [];
    const missing = had ? without(part.from, part.to, had[0], had[1]) : [[part.from, part.to] as const];
    for (const [from, to] of [...gone, ...missing]) changed += to - from;
    pushMatching(removed, part.rows, gone, match);
    pushMatching(added, part.rows, missing, match);
  }
  for (const [rows, [from, to]] of state.held) {
    if (held.has(rows)) continue;
    changed += to - from;
    pushMatching(removed, rows, [[from, to]], match);
  }
  if (changed === 0 && state.complete) return state.pending ? { ...state, pending: false } : state;
  // Most of the listing changed (a refetch, many pages at once): rebuild, showing the last complete tree meanwhile.
  if (changed > limits.incrementalRows) return advanceOrder(startBuild(order, parts, state.complete, limits.chunkRows), parts, order, limits);
  const tree = (state.tree ?? OrderTree.empty<BrowserRow>()).removeSorted(removed.sort(compare), compare).insertSorted(added.sort(compare), compare);
  return { ...state, tree, held, complete: { tree, parts }, pending: false, progress: 1 };
}
