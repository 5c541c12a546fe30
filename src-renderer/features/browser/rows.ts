// Pure listing transforms: rows from the page columns (page-columns.ts reads the wire), substring filter, sort with folders first.
import { compareKeys, laterKey, nameMatcher, type ObjectPage } from '../../contract';
import { type SortBy, type SortDir } from '../../state/view-slice';
import { pageColumns } from './page-columns';
import { type BrowserRow, columnRow, extraPrefix, type RowList, splitColumns } from './page-rows';

export type { BrowserRow, RowList } from './page-rows';

/**
 * Every row of a wire page (contract ObjectPage: columns, names relative to its prefix), named
 * relative to `folder` (a prefix search lists `folder + typed text`; rows keep folder-relative names).
 */
export function decodeObjectPage(page: ObjectPage, folder = page.prefix): BrowserRow[] {
  const cols = pageColumns(page);
  const extra = extraPrefix(cols, folder);
  return Array.from({ length: cols.count }, (_, i) => columnRow(cols, extra, i));
}

/** A page's rows without the folder's own marker object, folders and files apart (each in key
 * order, rows built when read), and the last key the page listed (where its listing ended). */
export type PageParts = { folders: RowList; files: RowList; lastKey: string };

/** Per page object: loading page 100 of a big folder reads only that page. */
const decoded = new WeakMap<ObjectPage, { folder: string; parts: PageParts }>();

export function pageParts(page: ObjectPage, folder: string): PageParts {
  const cached = decoded.get(page);
  if (cached && cached.folder === folder) return cached.parts;
  const cols = pageColumns(page);
  let lastKey = '';
  for (const name of cols.names) lastKey = laterKey(lastKey, name);
  const parts = { ...splitColumns(cols, folder), lastKey: cols.prefix + lastKey };
  decoded.set(page, { folder, parts });
  return parts;
}

/** Every row of the pages in their key order, without the folder's marker (tests, small listings). */
export function toBrowserRows(pages: readonly ObjectPage[], folder: string): BrowserRow[] {
  return pages.flatMap((page) => decodeObjectPage(page, folder).filter((r) => r.key !== folder));
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
