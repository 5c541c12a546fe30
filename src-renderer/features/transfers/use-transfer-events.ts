// Keeps the transfers store in step with main: one snapshot at start, then batched events.
// Finished uploads refresh the folder listing they landed in.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, call } from '../../api';
import { queryKeys } from '../../queries/keys';
import { useUiStore } from '../../state/ui-store';
import { useTransfersStore } from './transfers-store';

export function useTransferEvents(): void {
  const qc = useQueryClient();
  useEffect(() => {
    let live = true;
    const off = api().on('transfers.changed', ({ items, removed, totals }) => {
      const before = useTransfersStore.getState().byId;
      useTransfersStore.getState().merge(items, removed, totals);
      const profileId = useUiStore.getState().profileId;
      const landed = items.filter((i) => i.direction === 'upload' && i.state === 'done' && before[i.id]?.state !== 'done');
      for (const bucket of new Set(landed.map((i) => i.bucket))) {
        if (profileId) void qc.invalidateQueries({ queryKey: queryKeys.objectsOfBucket(profileId, bucket) });
      }
    });
    call('listTransfers', undefined)
      .then((snapshot) => {
        if (live && useTransfersStore.getState().order.length === 0) useTransfersStore.getState().replaceAll(snapshot.items, snapshot.totals);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, [qc]);
}
