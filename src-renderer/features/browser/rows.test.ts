import { describe, expect, it } from 'vitest';
import { type ObjectPage, type RowKind } from '../../contract';
import { decodeObjectPage, filterRows, sortRows, toBrowserRows } from './rows';
import { wirePage } from '../../test/wire-page';

type Entry = [name: string, kind: RowKind, size?: number, time?: string];
/** A wire page as main sends it (see src-main/ipc/handlers/object-page.ts). */
function page(prefix: string, entries: Entry[]): ObjectPage {
  return wirePage(
    prefix,
    entries.map(([name, kind, size, time]) => ({ name, kind, size: size ?? 0, time: Date.parse(time ?? '2024-01-01T00:00:00Z'), etag: `etag-${name}`, storageClass: kind === 'folder' ? '' : 'STANDARD' })),
  );
}

describe('decodeObjectPage / toBrowserRows', () => {
  it('rebuilds full keys, kinds, dates and classes from the columns', () => {
    expect(decodeObjectPage(page('a/', [['b/', 'folder'], ['c.txt', 'symlink', 5, '2024-02-03T04:05:06Z']]))).toEqual([
      { kind: 'folder', key: 'a/b/', name: 'b/', size: 0, modified: Date.UTC(2024, 0, 1), etag: 'etag-b/', storageClass: '' },
      { kind: 'symlink', key: 'a/c.txt', name: 'c.txt', size: 5, modified: Date.UTC(2024, 1, 3, 4, 5, 6), etag: 'etag-c.txt', storageClass: 'STANDARD' },
    ]);
  });

  it('names rows relative to the folder and drops the folder marker', () => {
    const rows = toBrowserRows([page('a/', [['', 'object'], ['b/', 'folder'], ['c.txt', 'object']])], 'a/');
    expect(rows.map((r) => r.name)).toEqual(['b/', 'c.txt']);
    expect(toBrowserRows([page('a/', [['x', 'object']]), page('a/', [['y', 'object']])], 'a/').map((r) => r.key)).toEqual(['a/x', 'a/y']);
  });

  it('names the rows of a prefix search relative to the folder, not to the searched prefix', () => {
    expect(toBrowserRows([page('a/obj-1', [['0.bin', 'object'], ['1.bin', 'object']])], 'a/').map((r) => [r.key, r.name])).toEqual([
      ['a/obj-10.bin', 'obj-10.bin'],
      ['a/obj-11.bin', 'obj-11.bin'],
    ]);
  });
});

describe('sortRows', () => {
  const rows = toBrowserRows([page('', [['b.txt', 'object', 30, '2024-03-01T00:00:00Z'], ['z/', 'folder'], ['a.txt', 'object', 10, '2024-05-01T00:00:00Z'], ['c/', 'folder']])], '');
  it('puts folders first in every order', () => {
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['c/', 'z/', 'a.txt', 'b.txt']);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.name)).toEqual(['z/', 'c/', 'b.txt', 'a.txt']);
    expect(sortRows(rows, 'size', 'desc').map((r) => r.name)).toEqual(['c/', 'z/', 'b.txt', 'a.txt']);
    expect(sortRows(rows, 'time', 'asc').map((r) => r.name)).toEqual(['c/', 'z/', 'b.txt', 'a.txt']);
  });
  it('filters by case-insensitive substring', () => {
    expect(filterRows(rows, 'A.T').map((r) => r.name)).toEqual(['a.txt']);
  });
});
