import { describe, expect, it, vi } from 'vitest';
import { type ObjectPage } from '../../contract';
import { wirePage } from '../../test/wire-page';
import type * as Columns from './page-columns';
import { pageColumns as pageColumnsOf } from './page-columns';
import { splitColumns } from './page-rows';
import { isGap, sparseView } from './row-view';

// Counts the row objects built (building a row reads its size column once; keys never do) and
// the names read (every key built to compare reads one).
const built = vi.hoisted(() => ({ n: 0, names: 0 }));
vi.mock('./page-columns', async (importOriginal) => {
  const real = await importOriginal<typeof Columns>();
  const counted = new WeakMap<ObjectPage, Columns.PageColumns>();
  return {
    ...real,
    pageColumns: (page: ObjectPage): Columns.PageColumns => {
      let cols = counted.get(page);
      if (!cols) {
        const inner = real.pageColumns(page);
        const sizes = new Proxy(inner.sizes, {
          get: (target, prop, receiver) => {
            if (typeof prop === 'string' && /^\d+$/.test(prop)) built.n += 1;
            return Reflect.get(target, prop, receiver) as unknown;
          },
        });
        const names = new Proxy(inner.names, {
          get: (target, prop, receiver) => {
            if (typeof prop === 'string' && /^\d+$/.test(prop)) built.names += 1;
            return Reflect.get(target, prop, receiver) as unknown;
          },
        });
        cols = { ...inner, sizes, names };
        counted.set(page, cols);
      }
      return cols;
    },
  };
});

const pad = (i: number): string => String(i).padStart(7, '0');
const PER_PAGE = 1000;

/** Page `p` of a big folder f/: its marker object first on page 0, then files obj-<n> of size = their place in the page. */
function bigPage(p: number): ObjectPage {
  const names = Array.from({ length: PER_PAGE }, (_, i) => (p === 0 && i === 0 ? '' : `obj-${pad(p * PER_PAGE + i)}`));
  return wirePage('f/', names.map((name, i) => ({ name, size: i })), String(p + 1));
}

describe('rows kept in the page columns', () => {
  const pages = Array.from({ length: 300 }, (_, p) => bigPage(p));

  it('a 300,000-row listing builds row objects only for the rows read (the drawn window, a key looked up)', () => {
    built.n = 0;
    const view = sparseView([{ startAfter: undefined, pages, hasNext: true }], 'f/');
    expect(view.rowCount).toBe(300 * PER_PAGE - 1); // without the folder's marker
    expect(built.n).toBe(0);
    for (let i = view.length - 40; i < view.length; i += 1) expect(isGap(view.at(i))).toBe(false);
    expect(view.indexOfKey(`f/obj-${pad(123_456)}`)).toBe(123_455);
    expect(view.indexAtOrAfter(`f/obj-${pad(200_000)}x`)).toBe(200_000);
    // 40 drawn rows, the two found rows; building every row would be 300k.
    expect(built.n).toBeLessThanOrEqual(42);
  });

  it('a page arriving rebuilds the view without building keys of pages that cannot overlap another segment', () => {
    // The row cap's shape: the folder's first page, a gap, then a segment of 200 pages from far below.
    const head = { startAfter: undefined, pages: pages.slice(0, 1), hasNext: true };
    const tail = (n: number) => ({ startAfter: `f/obj-${pad(50 * PER_PAGE - 1)}`, pages: pages.slice(50, 50 + n), hasNext: true });
    const before = sparseView([head, tail(199)], 'f/');
    built.names = 0;
    const view = sparseView([head, tail(200)], 'f/');
    expect(view.rowCount).toBe(before.rowCount + PER_PAGE);
    expect(isGap(view.at(PER_PAGE - 1))).toBe(true);
    // The new page's names (read once, for its last key); a search through each earlier page would be ~2,000 more.
    expect(built.names).toBeLessThanOrEqual(PER_PAGE + 50);
    // A segment overlapping the chain it joins: only its pages up to the chain's end are searched.
    const overlap = { startAfter: `f/obj-${pad(500)}`, pages: pages.slice(0, 100), hasNext: true };
    sparseView([head, overlap], 'f/');
    built.names = 0;
    const joined = sparseView([head, overlap], 'f/');
    expect(joined.rowCount).toBe(100 * PER_PAGE - 1);
    expect(joined.at(PER_PAGE - 1)?.key).toBe(`f/obj-${pad(PER_PAGE)}`);
    expect(built.names).toBeLessThanOrEqual(40);
  });

  it('a row read again, or from the next page’s view, is the same object (memoized row components keep it)', () => {
    const view = sparseView([{ startAfter: undefined, pages: pages.slice(0, 10), hasNext: true }], 'f/');
    const next = sparseView([{ startAfter: undefined, pages: pages.slice(0, 11), hasNext: true }], 'f/');
    const row = view.at(5_000);
    expect(row).toMatchObject({ key: `f/obj-${pad(5_001)}`, name: `obj-${pad(5_001)}`, size: 1, kind: 'object', storageClass: 'STANDARD' });
    expect(view.at(5_000)).toBe(row);
    expect(next.at(5_000)).toBe(row);
    expect(next.at(view.indexOfKey(`f/obj-${pad(5_001)}`))).toBe(row);
  });

  it('splits a page into its folders and its files in key order, without the folder marker, named below the folder', () => {
    const names = ['', 'a', 'b/', 'c', 'd/', 'e', 'f'];
    const page = wirePage('f/x', names.map((name, i) => ({ name, size: i })));
    const read = (list: ReturnType<typeof splitColumns>['files']) => Array.from({ length: list.length }, (_, i) => [list.key(i), list.row(i).name, list.row(i).size]);
    // A prefix search's page (prefix f/x in folder f/): the marker f/x is an object below f/, kept.
    const search = splitColumns(pageColumnsOf(page), 'f/');
    expect(read(search.folders)).toEqual([['f/xb/', 'xb/', 2], ['f/xd/', 'xd/', 4]]);
    expect(read(search.files)).toEqual([['f/x', 'x', 0], ['f/xa', 'xa', 1], ['f/xc', 'xc', 3], ['f/xe', 'xe', 5], ['f/xf', 'xf', 6]]);
    // The same page as the listing of f/x itself: its marker is left out.
    const own = splitColumns(pageColumnsOf(page), 'f/x');
    expect(read(own.files).map((r) => r[1])).toEqual(['a', 'c', 'e', 'f']);
    expect(read(own.folders).map((r) => r[1])).toEqual(['b/', 'd/']);
  });
});
