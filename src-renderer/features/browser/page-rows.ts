// A page's rows as the views hold them: in the page's columns (page-columns.ts), with a row object
// built only when something reads that row (a drawn row, a sorted order, an action) and then kept
// for the page, so a row keeps its identity. Holding End through a million rows builds objects for
// the few rows drawn, not a million (their garbage collection made the long tasks).
import { ROW_KINDS, type RowKind } from '../../contract';
import { type PageColumns } from './page-columns';

export interface BrowserRow {
  kind: RowKind;
  /** Full key. */
  key: string;
  /** The key below the listed folder; folders keep their trailing '/'. */
  name: string;
  size: number;
  /** Last-Modified, ms since the epoch; 0 for folders. */
  modified: number;
  etag: string;
  storageClass: string;
}

/** Rows in key order, read by index: what the views and orders keep of the listing. */
export interface RowList {
  readonly length: number;
  /** The i-th row: the same object on every call. */
  row(i: number): BrowserRow;
  /** The i-th row's key, without building the row. */
  key(i: number): string;
}

const FOLDER_KIND = ROW_KINDS.indexOf('folder');

/** Row `j` of the columns, named relative to a folder: `extra` is what the page's prefix adds to the folder (undefined: not below it, names are keys). */
export function columnRow(cols: PageColumns, extra: string | undefined, j: number): BrowserRow {
  const key = cols.prefix + (cols.names[j] as string);
  return {
    kind: ROW_KINDS[cols.kinds[j] as number] ?? 'object',
    key,
    name: extra === undefined ? key : extra + (cols.names[j] as string),
    size: cols.sizes[j] as number,
    modified: cols.times[j] as number,
    etag: cols.etags[j] as string,
    storageClass: cols.storageClasses[cols.classes[j] as number] ?? '',
  };
}

/** What the columns' prefix adds to `folder` (a prefix search's typed text), undefined when it is not below it. */
export const extraPrefix = (cols: PageColumns, folder: string): string | undefined => (cols.prefix.startsWith(folder) ? cols.prefix.slice(folder.length) : undefined);

/** The columns' rows as one folder sees them, each row built on first read. */
class ColumnRows {
  private built: (BrowserRow | undefined)[] | null = null;
  constructor(
    readonly cols: PageColumns,
    private readonly extra: string | undefined,
  ) {}

  key(j: number): string {
    return this.cols.prefix + (this.cols.names[j] as string);
  }

  row(j: number): BrowserRow {
    const built = (this.built ??= new Array<BrowserRow | undefined>(this.cols.count));
    return (built[j] ??= columnRow(this.cols, this.extra, j));
  }
}

/** Some of the columns' rows: `at` (column indexes) or, when null, the `length` columns from `base` on. */
class ColumnRowList implements RowList {
  private firstKey: string | undefined;
  private lastKey: string | undefined;
  constructor(
    private readonly source: ColumnRows,
    private readonly at: Uint32Array | null,
    private readonly base: number,
    readonly length: number,
  ) {}

  private column(i: number): number {
    return this.at ? (this.at[i] as number) : this.base + i;
  }

  row(i: number): BrowserRow {
    return this.source.row(this.column(i));
  }

  key(i: number): string {
    // The ends are what the key runs compare for every page: built once per list.
    if (i === 0) return (this.firstKey ??= this.source.key(this.column(0)));
    if (i === this.length - 1) return (this.lastKey ??= this.source.key(this.column(i)));
    return this.source.key(this.column(i));
  }
}

/** The columns' folders and files (each in key order) seen from `folder`, without the folder's own marker object. */
export function splitColumns(cols: PageColumns, folder: string): { folders: RowList; files: RowList } {
  const source = new ColumnRows(cols, extraPrefix(cols, folder));
  const isMarker = (j: number): boolean => cols.prefix.length + (cols.names[j] as string).length === folder.length && source.key(j) === folder;
  // Pass 1: each side's count and span; a side whose columns are contiguous (a page of files only,
  // maybe after the marker) needs no index array, else pass 2 lists its columns.
  const count = [0, 0];
  const first = [-1, -1];
  const last = [-1, -1];
  const side = (j: number): number => (isMarker(j) ? -1 : cols.kinds[j] === FOLDER_KIND ? 0 : 1);
  for (let j = 0; j < cols.count; j += 1) {
    const k = side(j);
    if (k < 0) continue;
    if ((count[k] as number) === 0) first[k] = j;
    last[k] = j;
    count[k] = (count[k] as number) + 1;
  }
  const list = (k: number): RowList => {
    const n = count[k] as number;
    const from = first[k] as number;
    if (n === 0 || (last[k] as number) - from === n - 1) return new ColumnRowList(source, null, Math.max(0, from), n);
    const at = new Uint32Array(n);
    let i = 0;
    for (let j = from; i < n; j += 1) if (side(j) === k) at[i++] = j;
    return new ColumnRowList(source, at, 0, n);
  };
  return { folders: list(0), files: list(1) };
}

/** An array of rows as a RowList (search matches, tests). */
export function arrayRows(rows: readonly BrowserRow[]): RowList {
  return { length: rows.length, row: (i) => rows[i] as BrowserRow, key: (i) => (rows[i] as BrowserRow).key };
}
