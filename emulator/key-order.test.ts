import { describe, expect, it } from 'vitest';
import { compareKeys, prefixSuccessor } from './key-order';

const utf8Compare = (a: string, b: string): number => Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe('compareKeys', () => {
  it('orders like UTF-8 bytes, including astral vs U+E000..U+FFFF characters', () => {
    const samples = ['a', 'b', 'ab', '', 'Z', '报告', '😀', '\uff01', '\ue000', 'a😀', 'a\uffff', 'big/obj-1', 'big/obj-10', ' ', '+', '%'];
    for (const x of samples) for (const y of samples) expect(Math.sign(compareKeys(x, y)), `${x} vs ${y}`).toBe(utf8Compare(x, y));
  });

  it('agrees with UTF-8 byte order on random strings', () => {
    const alphabet = ['a', 'z', '/', '报', '\ud83d\ude00', '\uff01', '\ue000', '\u00e9'];
    let seed = 42;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const word = (): string => Array.from({ length: rand(6) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const a = word();
      const b = word();
      expect(Math.sign(compareKeys(a, b))).toBe(utf8Compare(a, b));
    }
  });
});

describe('prefixSuccessor', () => {
  it('sorts after every key with the prefix and before the next one', () => {
    const s = prefixSuccessor('photos/')!;
    expect(compareKeys('photos/zzzz\uffff', s)).toBeLessThan(0);
    expect(compareKeys('photos/😀', s)).toBeLessThan(0);
    expect(compareKeys(s, 'photos0')).toBeLessThanOrEqual(0);
  });
});
