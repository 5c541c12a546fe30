/** @vitest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_EVERY_MS, usePoliteText } from './use-polite-text';

describe('usePoliteText', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('tells the first text, then the latest at most every few seconds, and the end at once', () => {
    const { result, rerender } = renderHook(({ text, now }) => usePoliteText(text, now), { initialProps: { text: 'Searched 0', now: false } });
    expect(result.current).toBe('Searched 0');
    for (let i = 1; i <= 30; i += 1) {
      rerender({ text: `Searched ${i * 100}`, now: false });
      act(() => void vi.advanceTimersByTime(100));
    }
    // 3 s of updates 10 times a second: nothing told yet.
    expect(result.current).toBe('Searched 0');
    act(() => void vi.advanceTimersByTime(ANNOUNCE_EVERY_MS - 3_000));
    expect(result.current).toBe('Searched 3000');
    rerender({ text: 'Searched 3100', now: false });
    act(() => void vi.advanceTimersByTime(ANNOUNCE_EVERY_MS - 1));
    expect(result.current).toBe('Searched 3000');
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe('Searched 3100');
    rerender({ text: 'Searched 3200', now: false });
    // The end: told in the same render.
    rerender({ text: 'Done: 3,200', now: true });
    expect(result.current).toBe('Done: 3,200');
  });
});
