// Windowing for rows of one fixed height: the visible range is arithmetic on scrollTop, so a render
// costs the rows on screen whatever the count (react-virtual measured every item on each count
// change and re-rendered through flushSync on every scroll event). Re-renders only when the
// range of rows to draw changes. A folder's first rows are drawn without overscan: the rows off
// screen follow once that frame has been painted, so they do not delay the first row.
import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';

export type RowRange = { first: number; last: number };

export type FixedRows = {
  /** Indexes to draw, overscan included; empty when count is 0. */
  range: RowRange;
  totalSize: number;
  scrollToIndex: (index: number, align?: 'auto' | 'center' | 'start') => void;
  /** Scrolls to this scrollTop and draws its rows in the same render (not a frame later, on the scroll event). */
  scrollToTop: (top: number) => void;
};

/** The rows overlapping [scrollTop, scrollTop + height), widened by `overscan` each way. The range
 * always spans as many rows as a viewport can touch plus the overscan (at the top and at the end
 * of the list it reaches further the other way), so that the number of rows drawn stays the same
 * while scrolling or jumping: the row elements are then recycled, never mounted (row-slots.ts). */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number): RowRange {
  if (count <= 0) return { first: 0, last: -1 };
  const span = Math.ceil(height / rowHeight) + 1 + 2 * overscan;
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, top + span - 1);
  return { first: Math.max(0, Math.min(top, last - span + 1)), last };
}

/** Where scrollTop must go to show row `index` (null: already fully visible with 'auto'). */
export function scrollTopFor(index: number, align: 'auto' | 'center' | 'start', scrollTop: number, height: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  if (align === 'start') return top;
  if (align === 'center') return Math.max(0, top - (height - rowHeight) / 2);
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + height) return top + rowHeight - height;
  return null;
}

/** False from an empty list until the frame that painted its first rows; then true. */
function usePaintedOnce(hasRows: boolean): boolean {
  const [painted, setPainted] = useState(false);
  if (!hasRows && painted) setPainted(false); // a new folder (loading, empty) starts over
  useEffect(() => {
    if (!hasRows || painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0); // after the frame's paint
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [hasRows, painted]);
  return painted;
}

export type FixedRowsOptions = {
  /** Rows that hold data, when `count` also has a loader row: a folder still loading its first
   * page draws just that row, and its first page must still come without overscan. */
  dataRows?: number;
  initialHeight?: number;
};

export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, maxOverscan: number, options: FixedRowsOptions = {}): FixedRows {
  const { dataRows = count, initialHeight = 600 } = options;
  const [view, setView] = useState({ top: 0, height: initialHeight });
  const overscan = usePaintedOnce(dataRows > 0) ? maxOverscan : 0;
  const range = visibleRange(view.top, view.height, rowHeight, count, overscan);
  // Only a change of the drawn range re-renders; scrolling within it costs nothing.
  const moved = useCallback(
    (top: number, height: number) => (v: { top: number; height: number }) => {
      const a = visibleRange(v.top, v.height, rowHeight, Number.MAX_SAFE_INTEGER, overscan);
      const b = visibleRange(top, height, rowHeight, Number.MAX_SAFE_INTEGER, overscan);
      return a.first === b.first && a.last === b.last && v.height === height ? v : { top, height };
    },
    [rowHeight, overscan],
  );
  const { first, last } = range;

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const read = () => setView(moved(el.scrollTop, el.clientHeight || initialHeight));
    read();
    // Read in the scroll event itself, so rows are under the viewport in the frame it paints.
    el.addEventListener('scroll', read, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => read());
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, [scrollRef, initialHeight, moved]);

  const scrollToIndex = useCallback(
    (index: number, align: 'auto' | 'center' | 'start' = 'auto') => {
      const el = scrollRef.current;
      if (!el) return;
      const top = scrollTopFor(index, align, el.scrollTop, el.clientHeight || initialHeight, rowHeight);
      if (top !== null) el.scrollTop = top;
      setView(moved(top ?? el.scrollTop, el.clientHeight || initialHeight));
    },
    [scrollRef, rowHeight, initialHeight, moved],
  );

  const scrollToTop = useCallback(
    (top: number) => {
      const el = scrollRef.current;
      if (!el) return;
      el.scrollTop = top;
      setView(moved(el.scrollTop, el.clientHeight || initialHeight));
    },
    [scrollRef, initialHeight, moved],
  );

  return useMemo(() => ({ range: { first, last }, totalSize: count * rowHeight, scrollToIndex, scrollToTop }), [first, last, count, rowHeight, scrollToIndex, scrollToTop]);
}
