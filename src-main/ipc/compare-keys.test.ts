import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, laterKey } from './rules';

/** The order both services list in: UTF-8 bytes. */
const byteOrder = (a: string, b: string): number => Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

// Characters where the orders part: ASCII, CJK, the private-use / half-width block (U+E000..U+FFFF)
// and astral ones (surrogate pairs), so random keys meet at the interesting boundaries often.
const tricky = fc.constantFrom('a', 'z', '/', '-', '报', '\u{E000}', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}', '\u{10FFFF}', '\u00e9');
const trickyKey = fc.array(tricky, { maxLength: 8 }).map((cs) => cs.join(''));

describe('compareKeys', () => {
  it('orders an astral character after U+E000..U+FFFF, as the UTF-8 bytes do (JS < does not)', () => {
    expect('\u{1F600}' < '\u{FF5E}').toBe(true); // the code-unit order this comparator corrects
    expect(compareKeys('\u{1F600}', '\u{FF5E}')).toBe(1);
    expect(compareKeys('big/\u{FF5E}', 'big/\u{1F600}')).toBe(-1);
    expect(compareKeys('a', 'a')).toBe(0);
    expect(compareKeys('a', 'ab')).toBe(-1);
    expect(laterKey('x\u{FFFF}', 'x\u{10000}')).toBe('x\u{10000}');
  });

  it('agrees with Buffer.compare of the UTF-8 bytes on any two well-formed strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => compareKeys(a, b) === byteOrder(a, b)), { numRuns: 2000 });
    fc.assert(fc.property(trickyKey, trickyKey, (a, b) => compareKeys(a, b) === byteOrder(a, b)), { numRuns: 5000 });
  });

  it('sorts like the UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.array(trickyKey, { maxLength: 30 }), (keys) => {
        const ours = [...keys].sort(compareKeys);
        const bytes = [...keys].sort(byteOrder);
        expect(ours).toEqual(bytes);
      }),
    );
  });
});
