// Lazy link resolution: only rows on screen are resolved, in debounced batches, cached per row.
import { type QueryClient, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { type LinkInfo, type RowKind, type StorageProvider } from '../../contract';
import { call } from '../../api';
import { queryKeys } from '../../queries/keys';

const DEBOUNCE_MS = 120;
const MAX_BATCH = 500;

type RowRef = { key: string; etag: string; kind: RowKind; size?: number };

/** OSS listings mark links; BOS listings carry no type, so every plain object is a candidate. */
export function needsResolution(row: RowRef, provider: StorageProvider): boolean {
  return row.kind === 'symlink' || (provider === 'bos' && row.kind === 'object');
}

const NOT_A_LINK = ['links', 'not-a-link'] as const;

/**
 * The cached resolution of one row (undefined until resolved). Never fetches by itself.
 * Rows that cannot be links share one inert key, so scrolling 100k plain rows adds no cache entries.
 */
export function useLinkInfo(profileId: string, bucket: string, row: RowRef, provider: StorageProvider): LinkInfo | undefined {
  return useQuery({
    queryKey: needsResolution(row, provider) ? queryKeys.link(profileId, bucket, row.key, row.etag) : NOT_A_LINK,
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  }).data as LinkInfo | undefined;
}

export function cachedLinkInfo(qc: QueryClient, profileId: string, bucket: string, row: RowRef): LinkInfo | undefined {
  return qc.getQueryData<LinkInfo>(queryKeys.link(profileId, bucket, row.key, row.etag));
}

/** Is this row a link, as far as we know now (listing type or resolved info)? */
export function isLinkRow(qc: QueryClient, profileId: string, bucket: string, row: RowRef): boolean {
  return row.kind === 'symlink' || cachedLinkInfo(qc, profileId, bucket, row)?.isLink === true;
}

/** Resolves the given visible rows that are not cached yet, after they stay visible for a moment. */
export function useResolveVisibleLinks(profileId: string, bucket: string, provider: StorageProvider, visible: readonly RowRef[]): void {
  const qc = useQueryClient();
  const candidates = useMemo(
    () => visible.filter((r) => needsResolution(r, provider) && cachedLinkInfo(qc, profileId, bucket, r) === undefined),
    [visible, provider, qc, profileId, bucket],
  );
  const signature = candidates.map((r) => `${r.key}\u0000${r.etag}`).join('\u0001');
  const [batch, setBatch] = useState<RowRef[]>([]);

  useEffect(() => {
    const timer = setTimeout(() => setBatch(candidates.slice(0, MAX_BATCH)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Keyed on the signature (the candidates' content), not the array identity.
  }, [signature]);

  useQuery({
    queryKey: queryKeys.linkBatch(profileId, bucket, batch.map((r) => `${r.key}@${r.etag}`)),
    enabled: batch.length > 0,
    staleTime: Infinity,
    retry: false,
    // Rows scrolled away change the batch key: react-query aborts the signal, main cancels the resolve.
    queryFn: async ({ signal }) => {
      let infos: LinkInfo[];
      try {
        infos = await call('resolveLinks', { profileId, bucket, rows: batch.map(({ key, etag, kind, size }) => ({ key, etag, kind, ...(size !== undefined && { size }) })) }, signal);
      } catch (error) {
        if (signal.aborted) throw error; // cancelled, not failed: these rows resolve when shown again
        // Known links whose target cannot be read are shown as "unknown" rather than resolving forever.
        for (const row of batch) {
          if (row.kind === 'symlink') qc.setQueryData(queryKeys.link(profileId, bucket, row.key, row.etag), { key: row.key, isLink: true, crossBucket: false, state: 'unknown' } satisfies LinkInfo);
        }
        throw error;
      }
      const byKey = new Map(infos.map((info) => [info.key, info]));
      for (const row of batch) {
        const info = byKey.get(row.key);
        if (info) qc.setQueryData(queryKeys.link(profileId, bucket, row.key, row.etag), info);
      }
      return infos;
    },
  });
}
