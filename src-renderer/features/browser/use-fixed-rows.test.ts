import { describe, expect, it } from 'vitest';
import { scrollTopFor, visibleRange } from './use-fixed-rows';

describe('visibleRange', () => {
  it('draws the rows under the viewport and the overscan, whatever the count', () => {
    expect(visibleRange(0, 600, 28, 1_000_000, 12)).toEqual({ first: 0, last: 33 });
    expect(visibleRange(28 * 500_000, 600, 28, 1_000_000, 12)).toEqual({ first: 499_988, last: 500_033 });
    expect(visibleRange(28 * 999_990, 600, 28, 1_000_000, 12)).toEqual({ first: 999_978, last: 999_999 });
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
