// The first page of a folder is asked for the moment the location changes (inside the click or
// key press that opened it), not in the effects of the render that shows the new folder: that
// render then runs while the request is on its way, instead of before it leaves.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { objectListOptions } from '../../queries/objects';
import { useUiStore } from '../../state/ui-store';

export function useListingPrefetch(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      useUiStore.subscribe((now, before) => {
        const { profileId, bucket, prefix } = now;
        if (!profileId || !bucket || (profileId === before.profileId && bucket === before.bucket && prefix === before.prefix)) return;
        // Fresh cached pages are kept (the table's own query would not refetch them either).
        void qc.prefetchInfiniteQuery(objectListOptions(profileId, bucket, prefix));
      }),
    [qc],
  );
}
