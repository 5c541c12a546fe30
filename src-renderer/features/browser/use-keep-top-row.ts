// Rows dropped above the viewport (a segment over its row cap gave up its oldest pages, now one
// gap row): the row at the top of the viewport stays where it was on screen, instead of the rows
// below sliding up under the user. Only across a trim: a new sort or filter scrolls as before.
// The render that brought the trimmed view still drew the old scroll position's rows, unmounting a
// focused cursor row: focus goes back to the cursor. The top row is the one under the scroll
// position before that commit: after it the shorter canvas has clamped scrollTop (near the end,
// where End pages, by as many rows as were dropped), which would name a row far above it.
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { useUiStore } from '../../state/ui-store';
import { rowDomId } from './object-row';
import { type RowView } from './row-view';

export function useKeepTopRowOnTrim(scrollRef: RefObject<HTMLElement | null>, view: RowView, rowHeight: number, scrollToTop: (top: number) => void): void {
  const trims = useUiStore((s) => s.rowsTrimmed);
  const last = useRef({ view, trims });
  // Read before this render's commit can unmount the focused row (the body holds focus meanwhile
  // when a row was unmounted just before, e.g. by End, whose focus by index lands after the trim).
  const active = typeof document === 'undefined' ? null : document.activeElement;
  const gridFocused = active !== null && (scrollRef.current?.contains(active) ?? false);
  // Only for the render that brings a trimmed view (reading it costs a layout when one is due).
  const trimArrives = last.current.view !== view && last.current.trims !== trims;
  const scrollTopBefore = trimArrives ? (scrollRef.current?.scrollTop ?? 0) : 0;
  useLayoutEffect(() => {
    const before = last.current;
    if (before.view === view) return; // a trim counted before its view arrived waits for it
    last.current = { view, trims };
    const el = scrollRef.current;
    if (before.trims === trims || !el) return;
    const index = Math.floor(scrollTopBefore / rowHeight);
    const top = before.view.at(index);
    const now = top ? view.indexOfKey(top.key) : -1;
    if (now < 0 || now >= index) return;
    scrollToTop(scrollTopBefore - (index - now) * rowHeight);
    const cursor = useUiStore.getState().focusKey;
    const at = cursor === null ? -1 : view.indexOfKey(cursor);
    if (gridFocused && at >= 0) requestAnimationFrame(() => document.getElementById(rowDomId(at))?.focus({ preventScroll: true }));
  }, [view, trims, scrollRef, rowHeight, scrollToTop, gridFocused, scrollTopBefore]);
}
