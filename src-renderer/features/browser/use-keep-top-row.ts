// Rows dropped above the viewport (a segment over its row cap gave up its oldest pages, now one
// gap row): the row at the top of the viewport stays where it was on screen, instead of the rows
// below sliding up under the user. Only across a trim: a new sort or filter scrolls as before.
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { useUiStore } from '../../state/ui-store';
import { type RowView } from './row-view';

export function useKeepTopRowOnTrim(scrollRef: RefObject<HTMLElement | null>, view: RowView, rowHeight: number): void {
  const trims = useUiStore((s) => s.rowsTrimmed);
  const last = useRef({ view, trims });
  useLayoutEffect(() => {
    const before = last.current;
    if (before.view === view) return; // a trim counted before its view arrived waits for it
    last.current = { view, trims };
    const el = scrollRef.current;
    if (before.trims === trims || !el) return;
    const index = Math.floor(el.scrollTop / rowHeight);
    const top = before.view.at(index);
    const now = top ? view.indexOfKey(top.key) : -1;
    if (now >= 0 && now < index) el.scrollTo({ top: el.scrollTop - (index - now) * rowHeight });
  }, [view, trims, scrollRef, rowHeight]);
}
