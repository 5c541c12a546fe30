import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, toBrowserRows, type BrowserRow } from './rows';

const row = (key: string, kind: BrowserRow['kind'], size = 0, lastModified = '2024-01-01T00:00:00Z') => ({
  key,
  kind,
  size,
  lastModified,
  etag: key,
  storageClass: 'Standard',
});

describe('toBrowserRows', () => {
  it('names rows relative to the folder and drops the folder marker', () => {
    const rows = toBrowserRows([{ rows: [row('a/', 'object'), row('a/b/', 'folder'), row('a/c.txt', 'object')] }], 'a/');
    expect(rows.map((r) => r.name)).toEqual(['b/', 'c.txt']);
  });
});

describe('sortRows', () => {
  const rows = toBrowserRows(
    [{ rows: [row('b.txt', 'object', 30, '2024-03-01T00:00:00Z'), row('z/', 'folder'), row('a.txt', 'object', 10, '2024-05-01T00:00:00Z'), row('c/', 'folder')] }],
    '',
  );
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
