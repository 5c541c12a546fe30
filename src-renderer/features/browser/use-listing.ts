// A folder's listing as segments (seek, not scan): the one from the folder's start, and up to
// MAX_SEGMENTS opened after keys deep in it (follow link, Go to key, Location, prefix search),
// each paged forward on its own; together the sparse view the table shows.
import { type InfiniteData, useInfiniteQuery, type UseInfiniteQueryResult, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ObjectPage, PROVIDER_RULES, seekStartAfter, type StorageProvider } from '../../contract';
import { parseListingKey, queryKeys } from '../../queries/keys';
import { objectListOptions } from '../../queries/objects';
import { MAX_SEGMENT_PAGES, MAX_SEGMENTS, openSegments, type SeekSegment, type SegmentSlots } from '../../state/segment-slots';
import { useUiStore } from '../../state/ui-store';
import { type Paging } from './object-table';
import { type GapEntry, type SegmentPages, type LoadedView, sparseView } from './row-view';
import { planTrim } from './segment-cap';

type ListingQuery = UseInfiniteQueryResult<InfiniteData<ObjectPage>>;

/**
 * One infinite query per segment slot. Hooks cannot be called a varying number of times, so a
 * fixed pool of MAX_SEGMENTS runs, the free slots disabled. A segment keeps its slot while open:
 * a query moved to another observer would lose (cancel) a page on its way.
 */
function useSegmentQueries(profileId: string, bucket: string, prefix: string, slots: SegmentSlots): ListingQuery[] {
  const pool: ListingQuery[] = [];
  for (let slot = 0; slot < MAX_SEGMENTS; slot += 1) {
    const after = slots[slot]?.after;
    // The pool's size is a constant: the same hooks run in the same order on every render.
    pool.push(useInfiniteQuery({ ...objectListOptions(profileId, bucket, prefix, after ?? ''), enabled: after !== undefined }));
  }
  return pool;
}

const NO_PAGES: readonly ObjectPage[] = [];

/** The sparse view, rebuilt only when a segment's pages (or the segments) change, not on every render. */
function useSparseView(inputs: SegmentPages[], prefix: string): LoadedView {
  const last = useRef<{ inputs: SegmentPages[]; prefix: string; view: LoadedView } | null>(null);
  const prev = last.current;
  const same =
    prev !== null &&
    prev.prefix === prefix &&
    prev.inputs.length === inputs.length &&
    prev.inputs.every((p, i) => p.startAfter === inputs[i]?.startAfter && p.pages === inputs[i]?.pages && p.hasNext === inputs[i]?.hasNext);
  if (same) return prev.view;
  const view = sparseView(inputs, prefix);
  last.current = { inputs, prefix, view };
  return view;
}

/** Folders left behind remember their segments only while react-query still holds their pages. */
function useForgetDroppedListings(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      qc.getQueryCache().subscribe((event) => {
        if (event.type !== 'removed') return;
        const listing = parseListingKey(event.query.queryKey);
        if (listing) useUiStore.getState().forgetListing(listing, listing.startAfter === null ? null : [listing.startAfter]);
      }),
    [qc],
  );
}

/** At its row cap a segment would drop pages as fast as Load all loads them: Load all stops there. */
const atRowCap = (q: ListingQuery): boolean => (q.data?.pages.length ?? 0) >= MAX_SEGMENT_PAGES;

export function useListing(profileId: string, bucket: string, prefix: string, provider: StorageProvider) {
  const slots = useUiStore((s) => s.segments);
  const revealKey = useUiStore((s) => s.revealKey);
  const revealFocusOnly = useUiStore((s) => s.revealFocusOnly);
  const base = useInfiniteQuery(objectListOptions(profileId, bucket, prefix));
  const pool = useSegmentQueries(profileId, bucket, prefix, slots);
  // Index 0: the folder's start; then the open segments in slot order (gap owners index these).
  const open = slots.filter((s): s is SeekSegment => s !== null);
  const segments = open.map((s) => s.after);
  const queries = [base, ...pool.filter((_, slot) => slots[slot])];
  const loaded = useSparseView(
    queries.map((q, i) => ({ startAfter: i === 0 ? undefined : segments[i - 1], pages: q.data?.pages ?? NO_PAGES, hasNext: q.hasNextPage })),
    prefix,
  );

  // A key to show that no segment has listed yet: open one segment at it (one request) instead
  // of paging through every page before it. Waits for the folder's first page, which may hold it.
  useEffect(() => {
    if (!revealKey || !revealKey.startsWith(prefix) || base.isPending || loaded.covers(revealKey)) return;
    // Only prefix search puts the cursor without selecting: its segment is retargeted as the text grows.
    useUiStore.getState().openSegment(seekStartAfter(revealKey, PROVIDER_RULES[provider].maxKeyBytes), revealFocusOnly);
  }, [revealKey, revealFocusOnly, prefix, base.isPending, loaded, provider]);

  // Segments another chain has listed past add nothing: close them, and drop the pages of every
  // segment closed here (redundant or least recently used) so memory follows the open segments.
  const qc = useQueryClient();
  useForgetDroppedListings();
  const redundant = loaded.redundant.filter((i) => i > 0).map((i) => segments[i - 1] as string);
  const closing = redundant.length > 0 ? JSON.stringify(redundant) : ''; // a value, so the effect runs once per change
  useEffect(() => {
    if (closing) useUiStore.getState().closeSegments(JSON.parse(closing) as string[]);
  }, [closing]);
  const shown = useRef({ profileId, bucket, prefix, slots });
  useEffect(() => {
    const before = shown.current;
    shown.current = { profileId, bucket, prefix, slots };
    // Leaving the folder keeps its segments cached: Back brings them (and their pages) back.
    if (before.profileId !== profileId || before.bucket !== bucket || before.prefix !== prefix) return;
    const now = openSegments(slots);
    for (const after of openSegments(before.slots)) {
      if (!now.includes(after)) qc.removeQueries({ queryKey: queryKeys.objectsAfter(profileId, bucket, prefix, after), exact: true });
    }
  }, [profileId, bucket, prefix, slots, qc]);

  // The render right after a trim still draws the rows of the scroll position before it, which look
  // like the end of the list: no page for it. Once settled, `paging` changes, so the table asks
  // again from where it really is (End held meanwhile must not be lost).
  const trimming = useRef(false);
  const [trimSettled, setTrimSettled] = useState(0);
  const fetchOwner = useCallback(
    (owner: number) => {
      const q = queries[owner];
      if (!q || !q.hasNextPage || q.isFetchingNextPage || trimming.current) return;
      void q.fetchNextPage();
      if (owner > 0) useUiStore.getState().openSegment(segments[owner - 1] as string); // now the most recently used

    },
    [queries, segments],
  );
  const tail = queries[loaded.tailOwner];
  const paging: Paging = useMemo(
    () => ({
      hasNextPage: loaded.tailOwner >= 0,
      isFetchingNextPage: tail ? tail.isFetching : false,
      isFetching: queries.some((q) => q.isFetching),
      fetchNextPage: () => fetchOwner(loaded.tailOwner),
      loadGap: (gap: GapEntry) => fetchOwner(gap.owner),
      gapLoading: (gap: GapEntry) => queries[gap.owner]?.isFetchingNextPage ?? false,
    }),
    [loaded.tailOwner, tail, queries, fetchOwner, trimSettled],
  );

  // "Load all" loops over nextPage across renders: it reads the latest listing, not its first one.
  const latest = useRef({ loaded, queries, open });
  latest.current = { loaded, queries, open };

  // A segment past its row cap gives up its oldest pages (segment-cap.ts). The tail's pages are in
  // the cache before its slot points at them, and the cache and the slots change in one effect, so
  // the next render shows the trimmed view at once, with nothing to fetch.
  useEffect(() => {
    const { queries: qs, open: now } = latest.current;
    qs.forEach((q, i) => {
      const slot = i === 0 ? null : now[i - 1];
      if (!q.data || q.isFetching || (i > 0 && !slot)) return;
      const plan = planTrim(q.data, slot?.after, !slot?.tail, prefix);
      if (!plan) return;
      qc.setQueryData(queryKeys.objectsAfter(profileId, bucket, prefix, plan.tail.startAfter), plan.tail.data);
      if (plan.head) qc.setQueryData(slot ? queryKeys.objectsAfter(profileId, bucket, prefix, slot.after) : queryKeys.objects(profileId, bucket, prefix), plan.head);
      trimming.current = true;
      setTimeout(() => {
        trimming.current = false;
        setTrimSettled((n) => n + 1);
      }, 0);
      useUiStore.getState().trimSegment(slot?.after, plan.head === null, plan.tail.startAfter, plan.dropped);
    });
  }, [loaded, qc, profileId, bucket, prefix]);
  /** One more page where the listing is missing most: the first gap, else the end; false when all is loaded. */
  const nextPage = useCallback(async (): Promise<boolean> => {
    const { loaded: now, queries: qs } = latest.current;
    const q = qs[now.firstGap ? now.firstGap.owner : now.tailOwner];
    if (!q || !q.hasNextPage || atRowCap(q)) return false;
    const result = await q.fetchNextPage();
    if (result.isError) return false;
    await new Promise((done) => setTimeout(done, 0)); // let React render the page into the listing
    const after = latest.current.loaded;
    return after.firstGap !== null || after.tailOwner >= 0;
  }, []);

  const failed = queries.find((q) => q.isError);
  const loadingOwner = queries[loaded.firstGap ? loaded.firstGap.owner : loaded.tailOwner];
  return { loaded, paging, nextPage, rowCapReached: loadingOwner !== undefined && loadingOwner.hasNextPage && atRowCap(loadingOwner), base, error: failed?.error ?? null, isPending: base.isPending, isFetching: paging.isFetching, refetch: () => void Promise.all(queries.map((q) => q.refetch())) };
}
