// Key lookups over a listing's row slices in time proportional to the runs, not the pages loaded:
// consecutive slices whose keys keep ascending (a chain's folders, then its files) form one run,
// and a key is found by binary search over a run's slices (by their last keys), then inside one.
import { compareKeys } from '../../contract';
import { type BrowserRow, type RowList } from './page-rows';

/** Rows rows[from, to) (key order, never empty) shown from view index `offset` on. */
export type KeyedSlice = { rows: RowList; from: number; to: number; offset: number };

/** First index in rows[from, to) (sorted by key) whose key is >= `key`. */
export function lowerBound(rows: Pick<RowList, 'key'>, key: string, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(rows.key(mid), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const firstKey = (s: KeyedSlice): string => s.rows.key(s.from);
const lastKey = (s: KeyedSlice): string => s.rows.key(s.to - 1);

export class KeyRuns {
  private readonly runs: KeyedSlice[][] = [];

  constructor(slices: readonly KeyedSlice[]) {
    let run: KeyedSlice[] | null = null;
    for (const s of slices) {
      if (s.to <= s.from) continue;
      const prev = run?.at(-1);
      if (!run || !prev || compareKeys(firstKey(s), lastKey(prev)) <= 0) this.runs.push((run = []));
      run.push(s);
    }
  }

  /** The row with the smallest key >= `key` and its view index; null when there is none. */
  atOrAfter(key: string): { index: number; row: BrowserRow } | null {
    let best: { index: number; row: BrowserRow } | null = null;
    for (const run of this.runs) {
      let lo = 0;
      let hi = run.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareKeys(lastKey(run[mid] as KeyedSlice), key) < 0) lo = mid + 1;
        else hi = mid;
      }
      const s = run[lo];
      if (!s) continue;
      const i = lowerBound(s.rows, key, s.from, s.to);
      if (best && compareKeys(s.rows.key(i), best.row.key) >= 0) continue;
      best = { index: s.offset + i - s.from, row: s.rows.row(i) };
    }
    return best;
  }
}
