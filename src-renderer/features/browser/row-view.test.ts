import { describe, expect, it } from 'vitest';
import { type ObjectPage } from '../../contract';
import { isGap, type RowView, sparseView } from './row-view';
import { wirePage } from '../../test/wire-page';

/** A wire page of `names` under `prefix` (a trailing '/' makes a folder), as main sends it. */
function page(prefix: string, names: string[], next = true): ObjectPage {
  return wirePage(prefix, names, next ? names.at(-1) : undefined);
}

const labels = (view: RowView): string[] => Array.from({ length: view.length }, (_, i) => view.at(i)).map((e) => (isGap(e) ? `[gap owner ${e.owner}]` : (e?.name ?? '?')));

describe('sparseView', () => {
  it('shows one segment from the start as today: its folders first, then its files, page after page', () => {
    const view = sparseView([{ startAfter: undefined, pages: [page('f/', ['a', 'b/', 'c']), page('f/', ['d/', 'e'])], hasNext: true }], 'f/');
    expect(labels(view)).toEqual(['b/', 'd/', 'a', 'c', 'e']);
    expect(view.rowCount).toBe(5);
    expect(view.tailOwner).toBe(0);
  });

  it('puts one gap row before a segment opened deep in the folder, owned by the segment that fills it', () => {
    const view = sparseView(
      [
        { startAfter: undefined, pages: [page('f/', ['a', 'b'])], hasNext: true },
        { startAfter: 'f/m', pages: [page('f/', ['n', 'o'])], hasNext: true },
      ],
      'f/',
    );
    expect(labels(view)).toEqual(['a', 'b', '[gap owner 0]', 'n', 'o']);
    expect(view.indexOfKey('f/n')).toBe(3);
    expect(view.indexOfKey('f/zzz')).toBe(-1);
    expect(view.tailOwner).toBe(1);
    // Listed where it would be: 'f/b' (loaded), 'f/zzz' not yet (after the segment's last page), 'f/c' not (in the gap).
    expect([view.covers('f/b'), view.covers('f/c'), view.covers('f/n'), view.covers('f/zzz')]).toEqual([true, false, true, false]);
    expect(view.firstGap).toMatchObject({ owner: 0 });
  });

  it('closes the gap once the earlier segment has listed past the later one’s start, showing each key once', () => {
    const view = sparseView(
      [
        { startAfter: 'f/m', pages: [page('f/', ['n', 'o'])], hasNext: true },
        { startAfter: undefined, pages: [page('f/', ['a', 'b']), page('f/', ['m', 'n'])], hasNext: true },
      ],
      'f/',
    );
    expect(labels(view)).toEqual(['a', 'b', 'm', 'n', 'o']);
    expect(view.tailOwner).toBe(0);
  });

  it('ends at a segment that listed to the end of the folder: later segments repeat it', () => {
    const view = sparseView(
      [
        { startAfter: undefined, pages: [page('f/', ['a', 'b'], false)], hasNext: false },
        { startAfter: 'f/a', pages: [page('f/', ['b'])], hasNext: true },
      ],
      'f/',
    );
    expect(labels(view)).toEqual(['a', 'b']);
    expect(view.tailOwner).toBe(-1);
  });

  it('finds the seek position: the key, or the first key after it', () => {
    const view = sparseView([{ startAfter: 'f/b', pages: [page('f/', ['c', 'e', 'g'])], hasNext: true }], 'f/');
    expect(labels(view)).toEqual(['[gap owner -1]', 'c', 'e', 'g']);
    expect(view.indexAtOrAfter('f/e')).toBe(2);
    expect(view.indexAtOrAfter('f/d')).toBe(2);
    expect(view.indexAtOrAfter('f/h')).toBe(-1);
  });

  it('a gap row is found by its key (it can hold the keyboard cursor) and is never a row', () => {
    const view = sparseView(
      [
        { startAfter: undefined, pages: [page('f/', ['a'])], hasNext: true },
        { startAfter: 'f/m', pages: [], hasNext: true },
      ],
      'f/',
    );
    const gap = view.at(1);
    expect(isGap(gap)).toBe(true);
    expect(view.indexOfKey(gap?.key ?? '')).toBe(1);
    expect(view.rows().map((r) => r.key)).toEqual(['f/a']);
  });

  it('reads a row of a 1,000-page listing without building a list of its rows', () => {
    const pages = Array.from({ length: 1000 }, (_, p) => page('big/', Array.from({ length: 100 }, (_, i) => `obj-${String(p * 100 + i).padStart(7, '0')}`)));
    const view = sparseView([{ startAfter: undefined, pages, hasNext: true }], 'big/');
    expect(view.length).toBe(100_000);
    expect(view.at(76_543)?.key).toBe('big/obj-0076543');
    expect(view.indexOfKey('big/obj-0099999')).toBe(99_999);
  });
});

describe('sparseView in UTF-8 byte order (astral keys after U+E000..U+FFFF)', () => {
  // JS `<` puts '\u{1F600}' (units D83D DE00) before '\u{FF5E}'; the services list it after.
  const seekAt = 'f/\u{1F5FF}\u{10FFFF}'; // seekStartAfter('f/\u{1F600}'): just below the astral key

  it('opens a gap before a seek segment whose start-after sits above the loaded U+FF5E keys', () => {
    const view = sparseView(
      [
        { startAfter: undefined, pages: [page('f/', ['\u{E000}', '\u{FF5E}'])], hasNext: true },
        { startAfter: seekAt, pages: [page('f/', ['\u{1F600}', '\u{1F601}'], false)], hasNext: false },
      ],
      'f/',
    );
    expect(labels(view)).toEqual(['\u{E000}', '\u{FF5E}', '[gap owner 0]', '\u{1F600}', '\u{1F601}']);
    expect(view.covers('f/\u{FFFF}')).toBe(false); // in the gap
    expect(view.covers('f/\u{1F600}')).toBe(true);
    expect(view.indexAtOrAfter('f/\u{FFFF}')).toBe(3);
  });

  it('joins the chains across the boundary without losing or repeating a key', () => {
    const view = sparseView(
      [
        { startAfter: undefined, pages: [page('f/', ['\u{E000}', '\u{FF5E}']), page('f/', ['\u{FFFF}', '\u{10000}', '\u{1F600}'])], hasNext: true },
        { startAfter: seekAt, pages: [page('f/', ['\u{1F600}', '\u{1F601}'], false)], hasNext: false },
      ],
      'f/',
    );
    expect(labels(view)).toEqual(['\u{E000}', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}', '\u{1F601}']);
    expect(view.firstGap).toBeNull();
    expect(view.tailOwner).toBe(-1);
  });
});
