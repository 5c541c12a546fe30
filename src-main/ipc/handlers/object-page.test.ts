// The wire page round trip: a listing page encoded in main, cloned as Electron IPC clones it, and
// read by the renderer's one page reader gives back every row as listed (hostile keys included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageColumns } from '../../../src-renderer/features/browser/page-columns';
import { listingUnderPrefix } from '../../testing/wire-page-arbitraries';
import type { ListObjectsPage, Provider } from '../../storage/types';
import { ObjectPage, ObjectPageWriter, ROW_KINDS } from '../contract';
import { encodeObjectPage, timeOf } from './object-page';

/** The rows as the renderer reads them back from a page's columns. */
function readBack(page: ObjectPage) {
  const cols = pageColumns(page);
  return Array.from({ length: cols.count }, (_, i) => ({
    key: cols.prefix + cols.names[i],
    kind: ROW_KINDS[cols.kinds[i] as number],
    size: cols.sizes[i],
    time: cols.times[i],
    etag: cols.etags[i],
    storageClass: cols.storageClasses[cols.classes[i] as number],
  }));
}

/** What the renderer must see of each listed row: folders first, an etag only where a row may be a link. */
function expected(provider: Provider, page: ListObjectsPage) {
  return [...page.folders, ...page.objects].map((r) => ({
    key: r.key,
    kind: r.kind,
    size: r.size,
    time: timeOf(r.lastModified),
    etag: r.kind === 'symlink' || (provider === 'bos' && r.kind === 'object') ? r.etag : '',
    storageClass: r.storageClass,
  }));
}

describe('encodeObjectPage → structured clone → pageColumns', () => {
  it('gives back every row of any listing, the schema accepts the page, and number columns stay typed (fast-check, seeded)', () => {
    fc.assert(
      fc.property(listingUnderPrefix, fc.constantFrom<Provider>('oss', 'bos'), ({ prefix, page }, provider) => {
        const wire = encodeObjectPage(provider, prefix, page);
        expect(ObjectPage.safeParse(wire).success).toBe(true);
        const cloned = structuredClone(wire);
        expect(cloned.kinds).toBeInstanceOf(Uint8Array);
        expect(cloned.sizes).toBeInstanceOf(Float64Array);
        expect(cloned.times).toBeInstanceOf(Float64Array);
        expect(cloned.classes).toBeInstanceOf(Uint16Array);
        expect(cloned.nameEnds).toBeInstanceOf(Uint32Array);
        expect(typeof cloned.nameText).toBe('string');
        expect(readBack(cloned)).toEqual(expected(provider, page));
        expect(cloned.nextCursor).toBe(page.nextCursor);
        // The etags column is left out exactly when no row has one.
        expect(cloned.etags === undefined).toBe(expected(provider, page).every((r) => r.etag === ''));
        expect(new Set(cloned.storageClasses).size).toBe(cloned.storageClasses.length);
      }),
      { seed: 0x10a9e, numRuns: 400 },
    );
  });

  it('keeps a 1,024-byte key, control characters and the folder marker exactly', () => {
    const keys = ['p/', 'p/' + '😀'.repeat(255) + 'abcd', 'p/\u0000\u0001\u001f', 'p/a\u2028b', 'p/' + 'é'.repeat(511)];
    const rows = keys.map((key) => ({ kind: 'object' as const, key, size: 1, lastModified: '2026-01-01T00:00:00.000Z', etag: 'E', storageClass: 'STANDARD' }));
    const wire = structuredClone(encodeObjectPage('bos', 'p/', { folders: [], objects: rows }));
    expect(pageColumns(wire).names).toEqual(['', '😀'.repeat(255) + 'abcd', '\u0000\u0001\u001f', 'a\u2028b', 'é'.repeat(511)]);
    expect(readBack(wire).map((r) => r.key)).toEqual(keys);
  });
});

describe('ObjectPageWriter names → structured clone → pageColumns', () => {
  /** Names the listing arbitrary rarely makes: lone and split surrogate halves, CJK, 1,024-byte ones, many ''. */
  const awkwardName = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
    fc.string({ unit: fc.constantFrom('目', '录', '文', '件', '😀', 'é', ' ', '/'), maxLength: 20 }),
    fc.constantFrom('', '', '\uD83D', '\uDE00', '目'.repeat(341) + 'a', '😀'.repeat(256), 'k'.repeat(1024), '\u0000'),
  );
  const pageOf = (prefix: string, names: readonly string[]): ObjectPage => {
    const out = new ObjectPageWriter(prefix, names.length);
    names.forEach((name, i) => out.add(name, i % ROW_KINDS.length, i, i, '', ''));
    return out.finish();
  };

  it('gives back every name exactly, in order, and the schema accepts the page (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(awkwardName, { maxLength: 60 }), (prefix, names) => {
        const wire = pageOf(prefix, names);
        expect(ObjectPage.safeParse(wire).success).toBe(true);
        const cols = pageColumns(structuredClone(wire));
        expect(cols.count).toBe(names.length);
        expect(cols.names).toEqual(names);
        expect(cols.prefix).toBe(prefix);
      }),
      { seed: 0x9a3e, numRuns: 500 },
    );
  });

  it('keeps the halves of a surrogate pair apart when two names meet in the one string', () => {
    const names = ['a\uD83D', '\uDE00b', '\uD83D', '', '\uDE00'];
    const wire = structuredClone(pageOf('', names));
    expect(wire.nameText).toBe(names.join(''));
    expect(pageColumns(wire).names).toEqual(names);
  });

  it('indexes storage classes right when rows keep, alternate and return to classes', () => {
    const classes = ['STANDARD', 'STANDARD', 'IA', 'STANDARD', 'IA', 'IA', '', 'ARCHIVE', 'STANDARD', ''];
    const out = new ObjectPageWriter('', classes.length);
    classes.forEach((c, i) => out.add(`n${i}`, 1, 0, 0, '', c));
    const cols = pageColumns(structuredClone(out.finish()));
    expect(Array.from(cols.classes, (c) => cols.storageClasses[c])).toEqual(classes);
    expect(cols.storageClasses).toEqual(['STANDARD', 'IA', '', 'ARCHIVE']);
  });

  it('refuses a row more than it was sized for', () => {
    const out = new ObjectPageWriter('', 1);
    out.add('a', 1, 0, 0, '', '');
    expect(() => out.add('b', 1, 0, 0, '', '')).toThrow(RangeError);
  });
});

describe('encodeObjectPage times', () => {
  it('reads each row its own time when rows share, alternate and change times (each run is read once)', () => {
    const a = '2026-01-01T00:00:00.000Z';
    const b = '2026-01-01T00:00:01Z';
    // Equal texts in distinct strings, as a parser hands them over; '' and unreadable ones among them.
    const isos = [a, a.slice(0), b, `${a.slice(0, 10)}${a.slice(10)}`, '', '', 'garbled', 'garbled', a, 'Wed, 02 Dec 2026 05:00:00 GMT', b];
    const objects = isos.map((lastModified, i) => ({ kind: 'object' as const, key: `p/o${i}`, size: i, lastModified, etag: '', storageClass: 'STANDARD' }));
    const folders = [{ kind: 'folder' as const, key: 'p/f/', size: 0, lastModified: '', etag: '', storageClass: '' }];
    const wire = encodeObjectPage('oss', 'p/', { folders, objects });
    expect(Array.from(wire.times)).toEqual(['', ...isos].map(timeOf));
    expect(Array.from(wire.times).slice(1, 5)).toEqual([Date.parse(a), Date.parse(a), Date.parse(b), Date.parse(a)]);
  });
});

describe('the ObjectPage schema', () => {
  const good = (): ObjectPage => {
    const out = new ObjectPageWriter('p/', 2);
    out.add('a', 1, 3, 4, '', 'STANDARD');
    out.add('b/', 0, 0, 0, '', '');
    return out.finish('b/');
  };

  it('refuses columns of another length, kinds and classes out of range, and plain arrays for typed columns', () => {
    expect(ObjectPage.safeParse(good()).success).toBe(true);
    expect(good()).toMatchObject({ nameText: 'ab/', nameEnds: Uint32Array.of(1, 3) });
    const broken: Array<(p: ObjectPage) => unknown> = [
      (p) => ({ ...p, sizes: new Float64Array(1) }),
      (p) => ({ ...p, etags: ['x'] }),
      (p) => ({ ...p, kinds: Uint8Array.of(1, 3) }),
      (p) => ({ ...p, classes: Uint16Array.of(0, 2) }),
      (p) => ({ ...p, times: [4, 0] }),
      (p) => ({ ...p, kinds: new Uint16Array(2) }),
      // Names: ends that stop short of or run past the text, go backwards, or an entry too many; the array form.
      (p) => ({ ...p, nameText: p.nameText + 'x' }),
      (p) => ({ ...p, nameEnds: Uint32Array.of(1, 4) }),
      (p) => ({ ...p, nameEnds: Uint32Array.of(4, 3) }),
      (p) => ({ ...p, nameEnds: Uint32Array.of(1, 3, 3) }),
      (p) => ({ ...p, nameEnds: [1, 3] }),
      (p) => ({ ...p, nameText: ['a', 'b/'] }),
    ];
    for (const mutate of broken) expect(ObjectPage.safeParse(mutate(good())).success).toBe(false);
  });

  it('is written only whole: a writer given fewer rows than it was sized for refuses to finish', () => {
    const out = new ObjectPageWriter('', 2);
    out.add('a', 1, 0, 0, '', '');
    expect(() => out.finish()).toThrow(RangeError);
  });
});
