// After a write or delete, the links the renderer has resolved that point into the changed folder
// (in this bucket or, on BOS, from any other) are asked again at once, so a link whose target was
// just deleted, renamed or moved away shows Broken without waiting for a scroll or a refresh.
import { type QueryClient } from '@tanstack/react-query';
import { type LinkInfo } from '../../contract';
import { call } from '../../api';
import { queryKeys } from '../../queries/keys';

const BATCH = 500;

type Cached = { key: string; etag: string };

/** Resolved link rows of this profile, by the bucket they live in, whose target lies in `bucket` under `prefix`. */
export function linksPointingInto(qc: QueryClient, profileId: string, bucket: string, prefix: string): Map<string, Cached[]> {
  const found = new Map<string, Cached[]>();
  for (const query of qc.getQueryCache().findAll({ queryKey: ['links', profileId] })) {
    const [, , linkBucket, kind, key, etag] = query.queryKey as unknown[];
    const info = query.state.data as LinkInfo | undefined;
    if (kind !== 'row' || typeof linkBucket !== 'string' || typeof key !== 'string' || typeof etag !== 'string') continue;
    if (!info?.isLink || info.target === undefined) continue;
    if ((info.targetBucket ?? linkBucket) !== bucket || !info.target.startsWith(prefix)) continue;
    found.set(linkBucket, [...(found.get(linkBucket) ?? []), { key, etag }]);
  }
  return found;
}

export async function refreshLinksPointingInto(qc: QueryClient, profileId: string, bucket: string, prefix: string): Promise<void> {
  const work: Promise<void>[] = [];
  for (const [linkBucket, rows] of linksPointingInto(qc, profileId, bucket, prefix)) {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      work.push(
        call('resolveLinks', { profileId, bucket: linkBucket, rows: batch.map(({ key, etag }) => ({ key, etag, kind: 'symlink' as const })) }).then(
          (infos) => {
            const byKey = new Map(infos.map((info) => [info.key, info]));
            for (const row of batch) {
              const info = byKey.get(row.key);
              if (info) qc.setQueryData(queryKeys.link(profileId, linkBucket, row.key, row.etag), info);
            }
          },
          () => undefined, // the rows keep what they showed; the next resolution tries again
        ),
      );
    }
  }
  await Promise.all(work);
}
