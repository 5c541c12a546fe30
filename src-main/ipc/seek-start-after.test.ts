import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seekStartAfter, utf8ByteLength } from './rules';

/** UTF-8 byte order, the order both services list in. */
const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('seekStartAfter', () => {
  it('sorts just below the key and above every shorter or lesser neighbour', () => {
    const keys = ['big/obj-0499999.bin', 'big/obj-0500000.bi', 'big/obj-0500000.bim', 'big/obj-0500000.bim\u{10FFFE}', 'big/obj-0500000.bin', 'big/obj-0500000.bin0', 'big/文件 1.txt', 'big/文件 2.txt'];
    for (const key of ['big/obj-0500000.bin', 'big/文件 2.txt', 'a', 'b/c%2B?#d']) {
      const after = seekStartAfter(key, 1024);
      expect(byteOrder(after, key), key).toBeLessThan(0);
      // Every listed neighbour below the key stays below the start-after, so the key is listed first.
      for (const other of keys) if (byteOrder(other, key) < 0) expect(byteOrder(other, after), `${other} vs ${key}`).toBeLessThan(0);
    }
    expect(seekStartAfter('big/obj-0500000.bin', 1024)).toBe('big/obj-0500000.bim\u{10FFFF}');
  });

  it('steps over the surrogate range and keeps an empty key at the start', () => {
    expect(seekStartAfter('a\u{E000}', 1024)).toBe('a\u{D7FF}\u{10FFFF}');
    expect(seekStartAfter('', 1024)).toBe('');
    expect(seekStartAfter('\u0000', 1024)).toBe('');
  });

  it('stays within the key limit for a key at the limit', () => {
    const key = `${'k'.repeat(1023)}b`;
    const after = seekStartAfter(key, 1024);
    expect(utf8ByteLength(after)).toBeLessThanOrEqual(1024);
    expect(after).toBe(`${'k'.repeat(1023)}a`);
    expect(byteOrder(after, key)).toBeLessThan(0);
  });

  it('lists the key first in UTF-8 byte order: between the start-after and the key only keys that begin with it (property)', () => {
    // Characters where UTF-8 and UTF-16 order part, and the ends of the ranges seekStartAfter steps over.
    const char = fc.constantFrom('a', '0', '/', '\u0000', '\u{D7FF}', '\u{E000}', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}', '\u{10FFFE}', '\u{10FFFF}');
    const key = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(key, fc.array(key, { maxLength: 20 }), (k, others) => {
        const after = seekStartAfter(k, 1024);
        expect(byteOrder(after, k)).toBeLessThan(0);
        for (const o of others) if (byteOrder(after, o) < 0 && byteOrder(o, k) < 0) expect(o.startsWith(after), `${o} between ${after} and ${k}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
