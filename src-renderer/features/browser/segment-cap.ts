// The row cap of a segment: past MAX_SEGMENT_PAGES pages it keeps its first page (where the
// folder starts, or the key someone went to) and its newest pages (next to the viewport: pages
// are only listed forward, so the newest is where the user pages), and drops the pages between.
// The newest move to a tail segment that starts after the last dropped key; the first page's next
// page is the gap between them, so "Earlier objects — Load" lists the dropped keys again in place.
// A tail over the cap keeps no first page: its start is only where an earlier trim cut.
import { type InfiniteData } from '@tanstack/react-query';
import { compareKeys, laterKey, type ObjectPage } from '../../contract';
import { MAX_SEGMENT_PAGES } from '../../state/segment-slots';
import { pageParts } from './rows';

type Pages = InfiniteData<ObjectPage, unknown>;

/** Pages a trimmed segment keeps next to the viewport (with its first page, at most `cap` for `cap` ≥ 2): a quarter of the cap goes at once, not a page at a time. */
export const keptAfterTrim = (cap: number): number => Math.max(1, Math.floor((cap * 3) / 4));

export type TrimPlan = {
  /** The segment's own pages after the trim: its first page, or none (a tail: it closes). */
  head: Pages | null;
  /** The newest pages, as a segment opened after the last dropped key. */
  tail: { startAfter: string; data: Pages };
  /** The keys no longer loaded: after `from` ('' = the folder's start), up to `to` inclusive. */
  dropped: { from: string; to: string };
};

/**
 * How to bring a segment over `cap` pages back under it, or null when it is not over. `startAfter`:
 * the segment's own (undefined: the folder's start); `keepFirst`: false for a tail.
 */
export function planTrim(data: Pages, startAfter: string | undefined, keepFirst: boolean, folder: string, cap = MAX_SEGMENT_PAGES): TrimPlan | null {
  const { pages, pageParams } = data;
  if (pages.length <= cap) return null;
  const keepFrom = pages.length - keptAfterTrim(cap);
  const firstDropped = keepFirst ? 1 : 0;
  let from = startAfter ?? '';
  for (let i = 0; i < firstDropped; i += 1) from = laterKey(from, pageParts(pages[i] as ObjectPage, folder).lastKey);
  let to = from;
  for (let i = firstDropped; i < keepFrom; i += 1) to = laterKey(to, pageParts(pages[i] as ObjectPage, folder).lastKey);
  // Nothing listed in the dropped pages (empty pages): no key to start the tail after; keep all.
  if (compareKeys(to, from) <= 0) return null;
  return {
    head: keepFirst ? { pages: pages.slice(0, 1), pageParams: pageParams.slice(0, 1) } : null,
    // The tail's first param is the dropped pages' continuation cursor: a refetch (which starts
    // from it) lists exactly these pages again, since a cursor wins over start-after.
    tail: { startAfter: to, data: { pages: pages.slice(keepFrom), pageParams: pageParams.slice(keepFrom) } },
    dropped: { from, to },
  };
}
