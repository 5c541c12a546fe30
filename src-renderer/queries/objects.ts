import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { call } from '../api';
import { decodeObjectPage } from '../features/browser/rows';
import { queryKeys } from './keys';

export const PAGE_SIZE = 1000;

/**
 * One folder listing, page by page through the listObjects cursor; with `startAfter`, a segment of
 * it opened after that key (seek), paging on from there.
 */
export const objectListOptions = (profileId: string, bucket: string, prefix: string, startAfter?: string) =>
  infiniteQueryOptions({
    queryKey: startAfter === undefined ? queryKeys.objects(profileId, bucket, prefix) : queryKeys.objectsAfter(profileId, bucket, prefix, startAfter),
    // The signal cancels the listing in main when nobody shows this folder any more.
    queryFn: ({ pageParam, signal }) =>
      call('listObjects', { profileId, bucket, prefix, cursor: pageParam, maxKeys: PAGE_SIZE, delimiter: '/', ...(startAfter !== undefined && { startAfter }) }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 30_000,
  });

/** The object stored at exactly `key`, or null (a one-row listing with the key as prefix). */
export const objectAtKeyOptions = (profileId: string, bucket: string, key: string) =>
  queryOptions({
    queryKey: queryKeys.exists(profileId, bucket, key),
    queryFn: async ({ signal }) => {
      const page = await call('listObjects', { profileId, bucket, prefix: key, maxKeys: 1, delimiter: '' }, signal);
      return decodeObjectPage(page).find((r) => r.key === key) ?? null;
    },
    staleTime: 0,
  });

/** What the Properties panel shows for one object or link (main: HEAD, ACL, GetSymlink, the target's state). */
export const propertiesOptions = (profileId: string, bucket: string, key: string) =>
  queryOptions({
    queryKey: queryKeys.properties(profileId, bucket, key),
    queryFn: ({ signal }) => call('objectProperties', { profileId, bucket, key }, signal),
    staleTime: 10_000,
    retry: false,
  });
