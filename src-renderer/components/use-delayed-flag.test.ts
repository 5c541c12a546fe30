/** @vitest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_INDICATOR_DELAY_MS, useDelayedFlag } from './use-delayed-flag';

describe('useDelayedFlag', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('shows a wait only once it has lasted the delay, and drops it as soon as it ends', () => {
    const { result, rerender } = renderHook(({ busy }) => useDelayedFlag(busy), { initialProps: { busy: false } });
    expect(result.current).toBe(false);
    rerender({ busy: true });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(BUSY_INDICATOR_DELAY_MS - 1));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ busy: false });
    expect(result.current).toBe(false); // in the same render, not a timer later
  });

  it('a short wait shows nothing, and the next wait starts its delay over', () => {
    const { result, rerender } = renderHook(({ busy }) => useDelayedFlag(busy), { initialProps: { busy: true } });
    act(() => void vi.advanceTimersByTime(BUSY_INDICATOR_DELAY_MS - 100));
    rerender({ busy: false });
    act(() => void vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
    rerender({ busy: true });
    act(() => void vi.advanceTimersByTime(BUSY_INDICATOR_DELAY_MS - 100));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current).toBe(true);
  });
});
