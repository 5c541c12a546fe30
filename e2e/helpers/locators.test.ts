import { describe, expect, it } from 'vitest';
import { startsWithName } from './locators';

describe('startsWithName()', () => {
  it('matches the name alone or followed by more description', () => {
    expect(startsWithName('a.txt').test('a.txt')).toBe(true);
    expect(startsWithName('a.txt').test('a.txt, 3 KB, link')).toBe(true);
    expect(startsWithName('docs/').test('docs/')).toBe(true);
  });
  it('does not match a longer name with the same start', () => {
    expect(startsWithName('a.txt').test('a.txt.bak')).toBe(false);
    expect(startsWithName('a').test('ab')).toBe(false);
    expect(startsWithName('demo-bos').test('demo-bos-archive')).toBe(false);
    expect(startsWithName('docs').test('docs/')).toBe(false);
  });
  it('treats regular-expression characters literally', () => {
    expect(startsWithName('a+b (1).txt').test('a+b (1).txt')).toBe(true);
    expect(startsWithName('a.b').test('axb')).toBe(false);
  });
  it('anchors at the start', () => {
    expect(startsWithName('x.txt').test('link to x.txt')).toBe(false);
  });
});
