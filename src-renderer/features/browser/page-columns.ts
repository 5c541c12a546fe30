// The one reader of the wire page (contract ObjectPage): its columns as the renderer reads them.
// Everything else in the renderer reads a page through here, so the wire format can change
// without touching the rows, views and orders built on top of it.
import type { ObjectPage } from '../../contract';

export interface PageColumns {
  /** The listed prefix: every name is the key without it. */
  readonly prefix: string;
  readonly count: number;
  readonly names: readonly string[];
  /** Index into ROW_KINDS. */
  readonly kinds: ArrayLike<number>;
  readonly sizes: ArrayLike<number>;
  /** Last-Modified, ms since the epoch; 0 for folders. */
  readonly times: ArrayLike<number>;
  /** The link cache key; '' for rows that cannot be links. */
  readonly etags: ArrayLike<string>;
  /** Index into storageClasses. */
  readonly classes: ArrayLike<number>;
  readonly storageClasses: readonly string[];
}

const columns = new WeakMap<ObjectPage, PageColumns>();

/** A page without an etags column has none: one shared column of '' per page length. */
const noEtags = new Map<number, readonly string[]>();
function emptyEtags(count: number): readonly string[] {
  let column = noEtags.get(count);
  if (!column) {
    column = Object.freeze(new Array<string>(count).fill(''));
    noEtags.set(count, column);
  }
  return column;
}

/** The names cut back out of the page's one string of names. */
function namesOf(text: string, ends: Uint32Array): string[] {
  const names = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i] as number;
    names[i] = text.slice(from, to);
    from = to;
  }
  return names;
}

/** The page's columns, decoded once per page object. */
export function pageColumns(page: ObjectPage): PageColumns {
  let cols = columns.get(page);
  if (!cols) {
    const count = page.nameEnds.length;
    cols = { prefix: page.prefix, count, names: namesOf(page.nameText, page.nameEnds), kinds: page.kinds, sizes: page.sizes, times: page.times, etags: page.etags ?? emptyEtags(count), classes: page.classes, storageClasses: page.storageClasses };
    columns.set(page, cols);
  }
  return cols;
}
