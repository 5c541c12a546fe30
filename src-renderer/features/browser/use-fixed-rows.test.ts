import { describe, expect, it } from 'vitest';
import { scrollTopFor, visibleRange } from './use-fixed-rows';

describe('visibleRange', () => {
  it('draws the rows under the viewport and the overscan, whatever the count', () => {
    expect(visibleRange(28 * 500_000, 600, 28, 1_000_000, 12)).toEqual({ first: 499_988, last: 500_034 });
    expect(visibleRange(28 * 500_000 + 27, 600, 28, 1_000_000, 12)).toEqual({ first: 499_988, last: 500_034 });
  });
  it('draws as many rows at the top and at the end as in between, so that none is mounted on a jump', () => {
    const span = (r: { first: number; last: number }) => r.last - r.first + 1;
    expect(visibleRange(0, 600, 28, 1_000_000, 12)).toEqual({ first: 0, last: 46 });
    expect(visibleRange(28 * 999_990, 600, 28, 1_000_000, 12)).toEqual({ first: 999_953, last: 999_999 });
    for (const top of [0, 13, 28 * 7 + 5, 28 * 400, 28 * 999_979, 28 * 999_999]) expect(span(visibleRange(top, 600, 28, 1_000_000, 12))).toBe(47);
    // A short list draws all it has.
    expect(visibleRange(0, 600, 28, 10, 12)).toEqual({ first: 0, last: 9 });
    expect(visibleRange(28 * 5, 600, 28, 10, 12)).toEqual({ first: 0, last: 9 });
  });
  it('draws nothing without rows', () => {
    expect(visibleRange(0, 600, 28, 0, 12)).toEqual({ first: 0, last: -1 });
  });
});

describe('scrollTopFor', () => {
  it('scrolls only as far as needed with auto, centres with center', () => {
    expect(scrollTopFor(5, 'auto', 0, 280, 28)).toBeNull();
    expect(scrollTopFor(20, 'auto', 0, 280, 28)).toBe(20 * 28 + 28 - 280);
    expect(scrollTopFor(2, 'auto', 28 * 10, 280, 28)).toBe(56);
    expect(scrollTopFor(100, 'center', 0, 280, 28)).toBe(2800 - 126);
  });
});
