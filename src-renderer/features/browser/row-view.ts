// What the grid shows, built in time proportional to the pages loaded, not the rows: the listing is
// a sparse list of segments (each listed forward from a known start-after key), shown in name order
// as chains of contiguous coverage, each chain its folders then its files, with one gap entry where
// keys were never listed. A row is found by binary search over runs of page slices (key-runs.ts).
import { compareKeys, laterKey, type ObjectPage } from '../../contract';
import { type KeyedSlice, KeyRuns } from './key-runs';
import { type BrowserRow, pageParts, type RowList } from './rows';

export { lowerBound } from './key-runs';

/** The unlisted keys before a segment: one row ("Earlier objects — Load"). */
export type GapEntry = {
  kind: 'gap';
  /** Stable React key for the gap. */
  key: string;
  /** Index (into the segments given to the view) of the segment whose next page fills the gap. */
  owner: number;
};

export type Entry = BrowserRow | GapEntry;

export const isGap = (entry: Entry | undefined): entry is GapEntry => entry?.kind === 'gap';

/** One segment's listing so far. `startAfter` undefined: from the start of the folder. */
export type SegmentPages = { startAfter: string | undefined; pages: readonly ObjectPage[]; hasNext: boolean };

export interface RowView {
  /** Entries, gaps included. */
  readonly length: number;
  /** Loaded rows (no gaps). */
  readonly rowCount: number;
  at(index: number): Entry | undefined;
  /** Index of the row with this key, -1 when not loaded. */
  indexOfKey(key: string): number;
  /** Index of the first row whose key is >= `key` in name order (the seek position); -1 when none. */
  indexAtOrAfter(key: string): number;
  /** Every loaded row in view order, built on first use (actions that need them all). */
  rows(): readonly BrowserRow[];
  /** The segment to page when the end of the view is reached, or -1 when everything is loaded. */
  readonly tailOwner: number;
  /** Whether the listing has been read where `key` would be: it is loaded, or it does not exist. */
  covers(key: string): boolean;
  /** The first stretch of keys not listed yet, if any. */
  readonly firstGap: GapEntry | null;
}

/** The listing's view, which also hands out its rows as key-ordered parts (what other orders are built from). */
export interface LoadedView extends RowView {
  /** Every loaded row once, in parts; a part's `rows` list is the same object from page to page. */
  readonly parts: readonly Part[];
  /** Indexes of segments whose every key another segment's chain already covers: they can close. */
  readonly redundant: readonly number[];
}

/** A stretch of keys listed without a hole: after `from` ('' = the folder's start), up to `to` (null: the end). */
type Coverage = { from: string; to: string | null };

function coversKey(coverage: readonly Coverage[], key: string): boolean {
  return coverage.some((c) => (c.from === '' || compareKeys(key, c.from) > 0) && (c.to === null || compareKeys(key, c.to) <= 0));
}

type RowSlice = { rows: RowList; from: number; to: number; offset: number };
type Slice = RowSlice | { gap: GapEntry; offset: number };

/** First index in `rows` (sorted by key) whose key is > `key`. */
function upperBound(rows: RowList, key: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(rows.key(mid), key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows of `rows` after `skip` (all of them when null), as a slice added to `into`. */
function cutAfter(rows: RowList, skip: string | null, into: RowSlice[]): void {
  const from = skip === null ? 0 : upperBound(rows, skip);
  if (from < rows.length) into.push({ rows, from, to: rows.length, offset: 0 });
}

class SliceView implements LoadedView {
  readonly firstGap: GapEntry | null;
  readonly parts: readonly Part[];
  readonly length: number;
  readonly rowCount: number;
  private flat: readonly BrowserRow[] | null = null;
  private keyRuns: KeyRuns | null = null;
  private readonly rowSlices: readonly KeyedSlice[];
  private readonly gaps: readonly { key: string; offset: number }[];
  constructor(
    private readonly slices: readonly Slice[],
    readonly tailOwner: number,
    private readonly coverage: readonly Coverage[],
    readonly redundant: readonly number[],
  ) {
    const gap = slices.find((s) => 'gap' in s);
    this.firstGap = gap && 'gap' in gap ? gap.gap : null;
    const last = slices.at(-1);
    this.length = last ? last.offset + ('gap' in last ? 1 : last.to - last.from) : 0;
    let rows = 0;
    for (const s of slices) if (!('gap' in s)) rows += s.to - s.from;
    this.rowCount = rows;
    this.rowSlices = slices.filter((s): s is RowSlice => !('gap' in s));
    this.parts = this.rowSlices;
    this.gaps = slices.filter((s) => 'gap' in s).map((s) => ({ key: s.gap.key, offset: s.offset }));
  }

  private sliceAt(index: number): Slice | undefined {
    let lo = 0;
    let hi = this.slices.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.slices[mid] as Slice).offset <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.slices[lo];
  }

  at(index: number): Entry | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const s = this.sliceAt(index);
    if (!s) return undefined;
    return 'gap' in s ? s.gap : s.rows.row(s.from + index - s.offset);
  }

  /** Built on the first lookup of this view (a page's arrival builds a new view, lookups are per key press). */
  private runs(): KeyRuns {
    return (this.keyRuns ??= new KeyRuns(this.rowSlices));
  }

  indexOfKey(key: string): number {
    for (const g of this.gaps) if (g.key === key) return g.offset;
    const hit = this.runs().atOrAfter(key);
    return hit && hit.row.key === key ? hit.index : -1;
  }

  indexAtOrAfter(key: string): number {
    return this.runs().atOrAfter(key)?.index ?? -1;
  }

  covers(key: string): boolean {
    return coversKey(this.coverage, key);
  }

  rows(): readonly BrowserRow[] {
    if (!this.flat) {
      const out: BrowserRow[] = [];
      for (const s of this.slices) if (!('gap' in s)) for (let i = s.from; i < s.to; i += 1) out.push(s.rows.row(i));
      this.flat = out;
    }
    return this.flat;
  }
}

/** Loaded rows rows[from, to), in key order (a page's folders or files, cut where another segment showed them). */
export type Part = { rows: RowList; from: number; to: number };

/**
 * The name-order view of the segments. A segment covers the keys after its start-after up to its
 * last listed key (to the end when it has no next page); rows another segment already showed are
 * skipped, and a gap entry stands for keys no segment covers.
 */
export function sparseView(segments: readonly SegmentPages[], folder: string): LoadedView {
  const order = segments.map((s, i) => ({ s, i })).sort((a, b) => compareKeys(a.s.startAfter ?? '', b.s.startAfter ?? ''));
  const slices: Slice[] = [];
  let offset = 0;
  // A chain's row slices, their offsets set when the chain ends (its folders go before its files).
  let folders: RowSlice[] = [];
  let files: RowSlice[] = [];
  const flush = (): void => {
    for (const list of [folders, files])
      for (const p of list) {
        p.offset = offset;
        slices.push(p);
        offset += p.to - p.from;
      }
    folders = [];
    files = [];
  };
  /** The last key the current chain covers (null: none yet); `complete`: it reaches the folder's end. */
  let coveredTo: string | null = null;
  let complete = false;
  let owner = -1;
  const coverage: Coverage[] = [];
  let chainFrom = '';
  const redundant: number[] = [];
  for (const { s, i } of order) {
    if (complete) {
      redundant.push(i); // an earlier segment listed to the end of the folder: the rest repeats it
      continue;
    }
    const start = s.startAfter ?? '';
    const afterGap = coveredTo === null ? start !== '' : compareKeys(start, coveredTo) > 0;
    if (afterGap) {
      // Keys between the chain's end (or the folder's start) and this segment's start were never listed.
      flush();
      if (coveredTo !== null) coverage.push({ from: chainFrom, to: coveredTo });
      chainFrom = start;
      slices.push({ gap: { kind: 'gap', key: `\u0000gap:${start}`, owner: coveredTo === null ? -1 : owner }, offset });
      offset += 1;
    }
    // Rows up to `skip` were shown by the chain this segment joins. After a gap there are none,
    // and past the first page that ends beyond it none either: each page arriving rebuilds this
    // view, so only pages that overlap pay for a search (keys are built to compare them).
    let skip = afterGap ? null : coveredTo;
    let end = start;
    for (const page of s.pages) {
      const parts = pageParts(page, folder);
      cutAfter(parts.folders, skip, folders);
      cutAfter(parts.files, skip, files);
      end = laterKey(end, parts.lastKey);
      if (skip !== null && compareKeys(parts.lastKey, skip) > 0) skip = null;
    }
    if (s.pages.length > 0 && !s.hasNext) complete = true;
    else if (coveredTo === null || compareKeys(end, coveredTo) > 0) {
      coveredTo = end;
      owner = i;
    } else if (s.pages.length > 0) redundant.push(i); // listed nothing past the chain it joined
  }
  flush();
  if (coveredTo !== null || complete) coverage.push({ from: chainFrom, to: complete ? null : coveredTo });
  return new SliceView(slices, complete ? -1 : owner, coverage, redundant);
}
