/** @vitest-environment jsdom */
// A folder's first rows are drawn without the overscan; the rows off screen follow after that
// frame is painted (so they do not delay the first row), and again for the next folder.
import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialUiState, useUiStore } from '../../state/ui-store';
import { FakeApi } from '../../test/fake-api';
import { countingView, syntheticTable } from '../../test/synthetic-view';
import { useFixedRows } from './use-fixed-rows';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Two animation frames and the tasks after them: long enough for a painted-once flag to flip. */
const paintedFrames = () =>
  act(async () => {
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });

describe('useFixedRows, first rows of a folder', () => {
  it('draws only the rows in the viewport first, then the overscan once painted', async () => {
    const ref = { current: null };
    const { result, rerender } = renderHook(({ count }) => useFixedRows(ref, count, 28, 12, { initialHeight: 600 }), { initialProps: { count: 0 } });
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

  it('a loader row painted while the first page loads does not count as the first rows', async () => {
    const ref = { current: null };
    const { result, rerender } = renderHook(({ count, dataRows }) => useFixedRows(ref, count, 28, 12, { dataRows, initialHeight: 600 }), { initialProps: { count: 1, dataRows: 0 } });
    await paintedFrames();
    rerender({ count: 1001, dataRows: 1000 });
    expect(result.current.range).toEqual({ first: 0, last: 22 });
    await waitFor(() => expect(result.current.range.last).toBe(46));
  });

  it('the table opening a folder that shows its loader row draws the first page without overscan', async () => {
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
    window.api = new FakeApi().asApi();
    useUiStore.setState({ ...initialUiState, bucket: 'demo-oss', prefix: 'big/' }, true);
    const { table } = syntheticTable(); // paging says another page is coming: the loader row
    const { container, rerender } = render(table(countingView(0)));
    await paintedFrames();
    rerender(table(countingView(1000)));
    const drawn = () => container.querySelectorAll('[role="row"][data-key]').length;
    expect(drawn()).toBe(23);
    await waitFor(() => expect(drawn()).toBeGreaterThan(23)); // the overscan, a frame later
  });
});
