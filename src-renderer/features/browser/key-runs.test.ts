import { describe, expect, it, vi } from 'vitest';
import type * as Contract from '../../contract';
import { compareKeys, type ObjectPage } from '../../contract';
import { KeyRuns, type KeyedSlice } from './key-runs';
import { isGap, sparseView } from './row-view';
import { arrayRows } from './page-rows';
import { type BrowserRow } from './rows';
import { wirePage as pageUnder } from '../../test/wire-page';

/** Rows whose key reads are counted. */
function countedRows(keys: string[], reads: { n: number }): BrowserRow[] {
  return keys.map((key) => {
    const row = { kind: key.endsWith('/') ? 'folder' : 'object', name: key, size: 1, modified: 0, etag: '', storageClass: '' } as Omit<BrowserRow, 'key'>;
    return Object.defineProperty(row, 'key', {
      get: () => {
        reads.n += 1;
        return key;
      },
    }) as BrowserRow;
  });
}

const pad = (i: number): string => String(i).padStart(7, '0');

/** Like sparseView's slices of a long listing: per page its folders, then (after all folders) its files. */
function pageSlices(pages: number, perPage: number, reads: { n: number }): KeyedSlice[] {
  const folders: KeyedSlice[] = [];
  const files: KeyedSlice[] = [];
  let offset = 0;
  for (let p = 0; p < pages; p += 1) {
    const base = p * perPage;
    folders.push({ rows: arrayRows(countedRows([`f/d-${pad(base)}/`], reads)), from: 0, to: 1, offset: -1 });
    files.push({ rows: arrayRows(countedRows(Array.from({ length: perPage }, (_, i) => `f/o-${pad(base + i)}`), reads)), from: 0, to: perPage, offset: -1 });
  }
  for (const s of [...folders, ...files]) {
    s.offset = offset;
    offset += s.to - s.from;
  }
  return [...folders, ...files];
}

// Counts the key comparisons the lookups make.
const compared = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../contract', async (importOriginal) => {
  const contract = await importOriginal<typeof Contract>();
  return {
    ...contract,
    compareKeys: (a: string, b: string) => {
      compared.n += 1;
      return contract.compareKeys(a, b);
    },
  };
});

const wirePage = (names: string[], next = true): ObjectPage => pageUnder('f/', names, next ? names.at(-1) : undefined);

describe('KeyRuns', () => {
  it('finds a key in a 2,000-page listing with a few dozen comparisons, not one search per page', () => {
    const pages = Array.from({ length: 2000 }, (_, p) => wirePage([`d-${pad(p * 10)}/`, ...Array.from({ length: 9 }, (_, i) => `o-${pad(p * 10 + i)}`)]));
    const view = sparseView([{ startAfter: undefined, pages, hasNext: true }], 'f/');
    view.indexOfKey('f/warm-up'); // builds the runs once per view (a page's arrival makes a new view)
    compared.n = 0;
    expect(view.indexOfKey(`f/o-${pad(19_998)}`)).toBe(view.length - 1);
    expect(view.indexAtOrAfter(`f/o-${pad(19_998)}x`)).toBe(-1);
    expect(view.indexOfKey(`f/d-${pad(19_990)}/`)).toBe(1999);
    // Two runs (folders, files), each ~11 steps over its slices and ~4 inside one; a search per page was > 8,000.
    expect(compared.n).toBeLessThan(150);
  });

  it('answers like a scan over every row: exact keys, keys between rows, before the first and after the last', () => {
    const reads = { n: 0 };
    const slices = pageSlices(30, 4, reads);
    const runs = new KeyRuns(slices);
    const all = slices.flatMap((s) => Array.from({ length: s.to - s.from }, (_, i) => ({ row: s.rows.row(s.from + i), index: s.offset + i })));
    const probes = [...all.map((e) => e.row.key), 'a', 'f/', 'f/d-0000005', 'f/e', 'f/o-0000007x', 'f/p', 'z'];
    for (const key of probes) {
      const expected = all.filter((e) => compareKeys(e.row.key, key) >= 0).sort((a, b) => compareKeys(a.row.key, b.row.key))[0];
      const hit = runs.atOrAfter(key);
      expect(hit && { key: hit.row.key, index: hit.index }, key).toEqual(expected ? { key: expected.row.key, index: expected.index } : null);
    }
  });

  it('backs the sparse view: indexOfKey and indexAtOrAfter with a seek segment and its gap', () => {
    const page = (names: string[]) => wirePage(names);
    const view = sparseView(
      [
        { startAfter: undefined, pages: [page(['a', 'b/', 'c']), page(['d/', 'e'])], hasNext: true },
        { startAfter: 'f/m', pages: [page(['n', 'o/', 'p'])], hasNext: true },
      ],
      'f/',
    );
    const names = Array.from({ length: view.length }, (_, i) => view.at(i)).map((e) => (isGap(e) ? 'gap' : e?.name));
    expect(names).toEqual(['b/', 'd/', 'a', 'c', 'e', 'gap', 'o/', 'n', 'p']);
    for (const [i, name] of names.entries()) if (name !== 'gap') expect(view.indexOfKey(`f/${name}`)).toBe(i);
    expect(view.indexOfKey('f/m')).toBe(-1);
    expect(view.indexAtOrAfter('f/c')).toBe(3);
    expect(view.indexAtOrAfter('f/bb')).toBe(3); // f/c: the smallest key after it (f/b/ sorts before f/bb)
    expect(view.indexAtOrAfter('f/f')).toBe(7); // f/n
    expect(view.indexAtOrAfter('f/o')).toBe(6); // f/o/
    expect(view.indexAtOrAfter('f/q')).toBe(-1);
  });
});
