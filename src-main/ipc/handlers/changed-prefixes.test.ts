import { describe, expect, it } from 'vitest';
import { changedPrefixes, parentPrefix } from './changed-prefixes';

describe('parentPrefix', () => {
  it('is the folder that lists the key', () => {
    expect(parentPrefix('a.txt')).toBe('');
    expect(parentPrefix('docs/a.txt')).toBe('docs/');
    expect(parentPrefix('docs/2026/')).toBe('docs/');
    expect(parentPrefix('top/')).toBe('');
  });
});

describe('changedPrefixes', () => {
  it('lists each folder once, sorted', () => {
    expect(changedPrefixes(['b/x', 'a/y', 'b/z', 'root'])).toEqual(['', 'a/', 'b/']);
  });
});
