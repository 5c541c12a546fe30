// The matches of Search whole folder as a RowView: folders then files, each in key order as main
// streams them. Batches are appended to shared append-only lists and each new view only records how
// many rows it shows, so a batch costs its own rows, never a copy or sort of the ones before.
import { compareKeys, type ObjectPage } from '../../contract';
import { type SortBy, type SortDir } from '../../state/view-slice';
import { arrayRows } from './page-rows';
import { decodeObjectPage, sortRows, type BrowserRow } from './rows';
import { type Entry, type GapEntry, lowerBound, type RowView } from './row-view';

export class MatchList {
  private readonly folders: BrowserRow[] = [];
  private readonly files: BrowserRow[] = [];
  constructor(private readonly folder: string) {}

  /** Appends one streamed batch (rows named relative to the folder, as the table names them). */
  append(batch: ObjectPage): void {
    for (const row of decodeObjectPage(batch, this.folder)) {
      if (row.key === this.folder) continue;
      (row.kind === 'folder' ? this.folders : this.files).push(row);
    }
  }

  get size(): number {
    return this.folders.length + this.files.length;
  }

  /** A view of the rows appended so far. */
  view(): RowView {
    return new MatchView(this.folders, this.folders.length, this.files, this.files.length);
  }
}

class MatchView implements RowView {
  readonly length: number;
  readonly rowCount: number;
  readonly tailOwner = -1;
  readonly firstGap: GapEntry | null = null;
  private flat: readonly BrowserRow[] | null = null;
  constructor(
    private readonly folders: readonly BrowserRow[],
    private readonly folderCount: number,
    private readonly files: readonly BrowserRow[],
    private readonly fileCount: number,
  ) {
    this.length = folderCount + fileCount;
    this.rowCount = this.length;
  }

  at(index: number): Entry | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return index < this.folderCount ? this.folders[index] : this.files[index - this.folderCount];
  }

  indexOfKey(key: string): number {
    const f = lowerBound(arrayRows(this.folders), key, 0, this.folderCount);
    if (f < this.folderCount && this.folders[f]?.key === key) return f;
    const o = lowerBound(arrayRows(this.files), key, 0, this.fileCount);
    return o < this.fileCount && this.files[o]?.key === key ? this.folderCount + o : -1;
  }

  indexAtOrAfter(key: string): number {
    const f = lowerBound(arrayRows(this.folders), key, 0, this.folderCount);
    const o = lowerBound(arrayRows(this.files), key, 0, this.fileCount);
    const folder = f < this.folderCount ? this.folders[f] : undefined;
    const file = o < this.fileCount ? this.files[o] : undefined;
    if (folder && (!file || compareKeys(folder.key, file.key) <= 0)) return f;
    return file ? this.folderCount + o : -1;
  }

  /** Only the matches were read, not the keys between them: nothing to reveal beyond them. */
  covers(key: string): boolean {
    return this.indexOfKey(key) >= 0;
  }

  rows(): readonly BrowserRow[] {
    this.flat ??= this.folders.slice(0, this.folderCount).concat(this.files.slice(0, this.fileCount));
    return this.flat;
  }
}

/** The matches in another order (size, time, names backwards): at most 10,000 rows, sorted once per batch. */
export function sortedMatches(matches: RowView, sortBy: SortBy, sortDir: SortDir): RowView {
  return new SortedMatches(sortRows(matches.rows(), sortBy, sortDir), matches);
}

class SortedMatches implements RowView {
  readonly length: number;
  readonly rowCount: number;
  readonly tailOwner = -1;
  readonly firstGap: GapEntry | null = null;
  private index: Map<string, number> | null = null;
  constructor(
    private readonly list: readonly BrowserRow[],
    private readonly byKey: RowView,
  ) {
    this.length = list.length;
    this.rowCount = list.length;
  }
  at(index: number): Entry | undefined {
    return this.list[index];
  }
  indexOfKey(key: string): number {
    this.index ??= new Map(this.list.map((r, i) => [r.key, i]));
    return this.index.get(key) ?? -1;
  }
  indexAtOrAfter(key: string): number {
    const row = this.byKey.at(this.byKey.indexAtOrAfter(key));
    return row ? this.indexOfKey(row.key) : -1;
  }
  covers(key: string): boolean {
    return this.byKey.covers(key);
  }
  rows(): readonly BrowserRow[] {
    return this.list;
  }
}
