// Pure listing transforms: rows from the page columns (page-columns.ts reads the wire), substring filter, sort with folders first.
import { compareKeys, laterKey, nameMatcher, ROW_KINDS, type ObjectPage, type RowKind } from '../../contract';
import { type SortBy, type SortDir } from '../../state/view-slice';
import { pageColumns } from './page-columns';

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

/**
 * Every row of a wire page (contract ObjectPage: columns, names relative to its prefix), named
 * relative to `folder` (a prefix search lists `folder + typed text`; rows keep folder-relative names).
 */
export function decodeObjectPage(page: ObjectPage, folder = page.prefix): BrowserRow[] {
  const cols = pageColumns(page);
  const rows = new Array<BrowserRow>(cols.count);
  const extra = cols.prefix.startsWith(folder) ? cols.prefix.slice(folder.length) : undefined;
  for (let i = 0; i < rows.length; i += 1) {
    const key = cols.prefix + (cols.names[i] as string);
    rows[i] = {
      kind: ROW_KINDS[cols.kinds[i] as number] ?? 'object',
      key,
      name: extra === undefined ? key : extra + (cols.names[i] as string),
      size: cols.sizes[i] as number,
      modified: cols.times[i] as number,
      etag: cols.etags[i] as string,
      storageClass: cols.storageClasses[cols.classes[i] as number] ?? '',
    };
  }
  return rows;
}

/** A page's rows without the folder's own marker object, folders and files apart (each in key
 * order), and the last key the page listed (where its listing ended). */
export type PageParts = { rows: readonly BrowserRow[]; folders: readonly BrowserRow[]; files: readonly BrowserRow[]; lastKey: string };

/** Decoded per page object: loading page 100 of a big folder decodes only that page. */
const decoded = new WeakMap<ObjectPage, { folder: string; parts: PageParts }>();

export function pageParts(page: ObjectPage, folder: string): PageParts {
  const cached = decoded.get(page);
  if (cached && cached.folder === folder) return cached.parts;
  const rows = decodeObjectPage(page, folder).filter((r) => r.key !== folder);
  const folders: BrowserRow[] = [];
  const files: BrowserRow[] = [];
  for (const r of rows) (r.kind === 'folder' ? folders : files).push(r);
  let lastKey = '';
  const cols = pageColumns(page);
  for (const name of cols.names) lastKey = laterKey(lastKey, name);
  const parts = { rows, folders, files, lastKey: cols.prefix + lastKey };
  decoded.set(page, { folder, parts });
  return parts;
}

export function toBrowserRows(pages: readonly ObjectPage[], folder: string): BrowserRow[] {
  return pages.flatMap((page) => pageParts(page, folder).rows);
}

/** Whether a row's name holds the filter text, case-insensitively (an empty filter: every row). */
export function rowMatcher(filter: string): (row: BrowserRow) => boolean {
  const matches = nameMatcher(filter); // the one rule, shared with Search whole folder in main
  return matches ? (r) => matches(r.name) : () => true;
}

export function filterRows(rows: BrowserRow[], filter: string): BrowserRow[] {
  return filter.trim() ? rows.filter(rowMatcher(filter)) : rows;
}

// The one name comparison of the renderer's orders (names below one folder: key order).
const byName = (a: BrowserRow, b: BrowserRow): number => compareKeys(a.name, b.name);
const byTime = (a: BrowserRow, b: BrowserRow): number => a.modified - b.modified || byName(a, b);
const bySize = (a: BrowserRow, b: BrowserRow): number => a.size - b.size || byName(a, b);

export type RowCompare = (a: BrowserRow, b: BrowserRow) => number;

/**
 * The table's order: folders first, then files by the chosen column (ties by name), `desc` the
 * exact reverse. Folders have no size or time: they keep name order, following the direction
 * only for name sort.
 */
export function rowOrder(sortBy: SortBy, dir: SortDir): RowCompare {
  const column = sortBy === 'size' ? bySize : sortBy === 'time' ? byTime : byName;
  const files: RowCompare = dir === 'asc' ? column : (a, b) => column(b, a);
  const folders = sortBy === 'name' ? files : byName;
  return (a, b) => {
    const folderA = a.kind === 'folder';
    if (folderA !== (b.kind === 'folder')) return folderA ? -1 : 1;
    return folderA ? folders(a, b) : files(a, b);
  };
}

/** The rows in the table's order, as a new array (the whole-list form of what OrderedView keeps). */
export function sortRows(rows: readonly BrowserRow[], sortBy: SortBy, dir: SortDir): BrowserRow[] {
  return [...rows].sort(rowOrder(sortBy, dir));
}
