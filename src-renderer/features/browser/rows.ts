// Pure listing transforms: folder-relative names, substring filter, sort with folders first.
import { type ObjectRowDto } from '../../contract';
import { nameInFolder } from '../../components/format';
import { type SortBy, type SortDir } from '../../state/view-slice';

export type BrowserRow = ObjectRowDto & { name: string };

/** Rows of the loaded pages, named relative to the folder; the folder's own marker object is dropped. */
type Page = { rows: readonly ObjectRowDto[] };
/** Converted rows per page object: loading page 100 of a big folder converts only that page. */
const converted = new WeakMap<Page, { prefix: string; rows: BrowserRow[] }>();

function pageRows(page: Page, prefix: string): BrowserRow[] {
  const cached = converted.get(page);
  if (cached && cached.prefix === prefix) return cached.rows;
  const rows: BrowserRow[] = [];
  for (const row of page.rows) {
    if (row.key !== prefix) rows.push({ ...row, name: nameInFolder(row.key, prefix) });
  }
  converted.set(page, { prefix, rows });
  return rows;
}

export function toBrowserRows(pages: readonly Page[], prefix: string): BrowserRow[] {
  return pages.length === 1 ? pageRows(pages[0] as Page, prefix) : pages.flatMap((page) => pageRows(page, prefix));
}

export function filterRows(rows: BrowserRow[], filter: string): BrowserRow[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((r) => r.name.toLowerCase().includes(needle));
}

const byName = (a: BrowserRow, b: BrowserRow): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byTime = (a: BrowserRow, b: BrowserRow): number => Date.parse(a.lastModified) - Date.parse(b.lastModified) || byName(a, b);
const bySize = (a: BrowserRow, b: BrowserRow): number => a.size - b.size || byName(a, b);

/**
 * Folders first, then the chosen order. Name order is code-unit order, which the server
 * listing already has, so the common case is a linear partition instead of a sort.
 */
export function sortRows(rows: BrowserRow[], sortBy: SortBy, dir: SortDir): BrowserRow[] {
  const folders: BrowserRow[] = [];
  const files: BrowserRow[] = [];
  for (const r of rows) (r.kind === 'folder' ? folders : files).push(r);
  const compare = sortBy === 'size' ? bySize : sortBy === 'time' ? byTime : byName;
  const ordered = (list: BrowserRow[]): BrowserRow[] => {
    const sorted = isSorted(list, compare) ? list : [...list].sort(compare);
    return dir === 'asc' ? sorted : [...sorted].reverse();
  };
  // Folders have no size or time: keep them by name, following the direction only for name sort.
  const folderOrder = sortBy === 'name' ? ordered(folders) : isSorted(folders, byName) ? folders : [...folders].sort(byName);
  return folderOrder.concat(ordered(files));
}

function isSorted(list: readonly BrowserRow[], compare: (a: BrowserRow, b: BrowserRow) => number): boolean {
  for (let i = 1; i < list.length; i += 1) {
    if (compare(list[i - 1] as BrowserRow, list[i] as BrowserRow) > 0) return false;
  }
  return true;
}
