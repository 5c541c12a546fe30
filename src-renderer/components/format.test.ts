import { describe, expect, it } from 'vitest';
import { formatSize } from './format';

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '0.977 KB'],
    [33 * 1024, '33.0 KB'],
    [35_738, '34.9 KB'],
    [1024 * 1024 - 1, '1.00 MB'],
    [1_290_000, '1.23 MB'],
    [123 * 1024, '123 KB'],
    [5 * 1024 ** 5, '5.00 PB'],
  ])('%d bytes is %s: always three significant digits above bytes', (bytes, text) => {
    expect(formatSize(bytes, 'en')).toBe(text);
  });

  it('uses the locale for separators', () => {
    expect(formatSize(1_290_000, 'de')).toBe('1,23 MB');
  });
});
