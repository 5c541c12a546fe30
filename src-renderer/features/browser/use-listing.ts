// A folder's listing as segments (seek, not scan): the one from the folder's start, and the one
// opened after a key deep in it (follow link, Go to key, Location, prefix search), each paged
// forward on its own; together the sparse view the table shows.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { PROVIDER_RULES, seekStartAfter, type StorageProvider } from '../../contract';
import { objectListOptions } from '../../queries/objects';
import { useUiStore } from '../../state/ui-store';
import { type Paging } from './object-table';
import { type GapEntry, type LoadedView, sparseView } from './row-view';

export function useListing(profileId: string, bucket: string, prefix: string, provider: StorageProvider) {
  const seekAfter = useUiStore((s) => s.seekAfter);
  const revealKey = useUiStore((s) => s.revealKey);
  const base = useInfiniteQuery(objectListOptions(profileId, bucket, prefix));
  const seek = useInfiniteQuery({ ...objectListOptions(profileId, bucket, prefix, seekAfter ?? ''), enabled: seekAfter !== null });
  const queries = useMemo(() => (seekAfter === null ? [base] : [base, seek]), [seekAfter, base, seek]);

  const loaded: LoadedView = useMemo(
    () =>
      sparseView(
        [
          { startAfter: undefined, pages: base.data?.pages ?? [], hasNext: base.hasNextPage },
          ...(seekAfter === null ? [] : [{ startAfter: seekAfter, pages: seek.data?.pages ?? [], hasNext: seek.hasNextPage }]),
        ],
        prefix,
      ),
    [base.data, base.hasNextPage, seek.data, seek.hasNextPage, seek.isPending, seekAfter, prefix],
  );

  // A key to show that no segment has listed yet: open one segment at it (one request) instead
  // of paging through every page before it. Waits for the folder's first page, which may hold it.
  useEffect(() => {
    if (!revealKey || !revealKey.startsWith(prefix) || base.isPending || loaded.covers(revealKey)) return;
    const after = seekStartAfter(revealKey, PROVIDER_RULES[provider].maxKeyBytes);
    if (after !== seekAfter) useUiStore.getState().openSegment(after);
  }, [revealKey, prefix, base.isPending, loaded, seekAfter, provider]);

  const fetchOwner = useCallback(
    (owner: number) => {
      const q = queries[owner];
      if (q && q.hasNextPage && !q.isFetchingNextPage) void q.fetchNextPage();
    },
    [queries],
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
    [loaded.tailOwner, tail, queries, fetchOwner],
  );

  // "Load all" loops over nextPage across renders: it reads the latest listing, not its first one.
  const latest = useRef({ loaded, queries });
  latest.current = { loaded, queries };
  /** One more page where the listing is missing most: the first gap, else the end; false when all is loaded. */
  const nextPage = useCallback(async (): Promise<boolean> => {
    const { loaded: now, queries: qs } = latest.current;
    const q = qs[now.firstGap ? now.firstGap.owner : now.tailOwner];
    if (!q || !q.hasNextPage) return false;
    const result = await q.fetchNextPage();
    if (result.isError) return false;
    await new Promise((done) => setTimeout(done, 0)); // let React render the page into the listing
    const after = latest.current.loaded;
    return after.firstGap !== null || after.tailOwner >= 0;
  }, []);

  const failed = queries.find((q) => q.isError);
  return { loaded, paging, nextPage, base, error: failed?.error ?? null, isPending: base.isPending, isFetching: paging.isFetching, refetch: () => void Promise.all(queries.map((q) => q.refetch())) };
}
