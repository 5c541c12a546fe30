/** @vitest-environment jsdom */
// A folder's first rows are drawn without the overscan; the rows off screen follow after that
// frame is painted (so they do not delay the first row), and again for the next folder.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFixedRows } from './use-fixed-rows';

describe('useFixedRows, first rows of a folder', () => {
  it('draws only the rows in the viewport first, then the overscan once painted', async () => {
    const ref = { current: null };
    const { result, rerender } = renderHook(({ count }) => useFixedRows(ref, count, 28, 12, 600), { initialProps: { count: 0 } });
    expect(result.current.range).toEqual({ first: 0, last: -1 });
    rerender({ count: 1000 });
    expect(result.current.range).toEqual({ first: 0, last: 22 }); // 600 px / 28 px: 22 rows (+1 for a row cut at each edge), no overscan
    await waitFor(() => expect(result.current.range).toEqual({ first: 0, last: 46 })); // and both overscans, below
    // The next folder: loading (no rows), then its first page, again without overscan first.
    rerender({ count: 0 });
    rerender({ count: 500 });
    expect(result.current.range).toEqual({ first: 0, last: 22 });
    await waitFor(() => expect(result.current.range.last).toBe(46));
    // A page arriving in a folder already shown keeps the overscan.
    rerender({ count: 1500 });
    expect(result.current.range.last).toBe(46);
  });
});
