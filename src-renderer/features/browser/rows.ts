// Pure listing transforms: the one decoder of the wire page, substring filter, sort with folders first.
import { compareKeys, laterKey, ROW_KINDS, type ObjectPage, type RowKind } from '../../contract';
import { type SortBy, type SortDir } from '../../state/view-slice';

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
  const rows = new Array<BrowserRow>(page.names.length);
  const extra = page.prefix.startsWith(folder) ? page.prefix.slice(folder.length) : undefined;
  for (let i = 0; i < rows.length; i += 1) {
    const key = page.prefix + (page.names[i] as string);
    rows[i] = {
      kind: ROW_KINDS[page.kinds[i] as number] ?? 'object',
      key,
      name: extra === undefined ? key : extra + (page.names[i] as string),
      size: page.sizes[i] as number,
      modified: page.times[i] as number,
      etag: page.etags[i] as string,
      storageClass: page.storageClasses[page.classes[i] as number] ?? '',
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
  for (const name of page.names) lastKey = laterKey(lastKey, name);
  const parts = { rows, folders, files, lastKey: page.prefix + lastKey };
  decoded.set(page, { folder, parts });
  return parts;
}

export function toBrowserRows(pages: readonly ObjectPage[], folder: string): BrowserRow[] {
  return pages.flatMap((page) => pageParts(page, folder).rows);
}

export function filterRows(rows: BrowserRow[], filter: string): BrowserRow[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((r) => r.name.toLowerCase().includes(needle));
}

const byName = (a: BrowserRow, b: BrowserRow): number => compareKeys(a.name, b.name);
const byTime = (a: BrowserRow, b: BrowserRow): number => a.modified - b.modified || byName(a, b);
const bySize = (a: BrowserRow, b: BrowserRow): number => a.size - b.size || byName(a, b);

/**
 * Folders first, then the chosen order, as a new array. Only orders other than the server's
 * (ascending names, which sparseView shows without sorting) come here: they cover the loaded rows.
 */
export function sortRows(rows: BrowserRow[], sortBy: SortBy, dir: SortDir): BrowserRow[] {
  const folders: BrowserRow[] = [];
  const files: BrowserRow[] = [];
  for (const r of rows) (r.kind === 'folder' ? folders : files).push(r);
  const compare = sortBy === 'size' ? bySize : sortBy === 'time' ? byTime : byName;
  const ordered = (list: BrowserRow[]): BrowserRow[] => {
    list.sort(compare);
    return dir === 'asc' ? list : list.reverse();
  };
  // Folders have no size or time: keep them by name, following the direction only for name sort.
  const folderOrder = sortBy === 'name' ? ordered(folders) : folders.sort(byName);
  return folderOrder.concat(ordered(files));
}
