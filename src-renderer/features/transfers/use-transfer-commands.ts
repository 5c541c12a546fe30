// What the buttons, the context menu, double-click and OS drops ask of main, with the answers
// handled once: conflicts open the "File exists" dialog, queued work opens the panel.
import { useCallback, useMemo } from 'react';
import { api, call } from '../../api';
import { useErrorMessage } from '../../components/error-view';
import { type ChannelInput, type UploadResult } from '../../contract';
import { useUiStore } from '../../state/ui-store';
import { useTransfersStore } from './transfers-store';

export function useTransferCommands(profileId: string, bucket: string) {
  const errorMessage = useErrorMessage();

  const handle = useCallback(
    async (work: () => Promise<UploadResult | { status: 'queued'; count: number } | { status: 'cancelled' } | { id: string }>) => {
      try {
        const result = await work();
        const store = useTransfersStore.getState();
        if ('status' in result && result.status === 'conflicts') store.askConflicts({ planId: result.planId, conflicts: result.conflicts });
        if (!('status' in result) || result.status !== 'cancelled') store.setPanelOpen(true);
      } catch (error) {
        useUiStore.getState().showToast(errorMessage(error), 'error');
      }
    },
    [errorMessage],
  );

  const uploadWithDialog = useCallback(
    (kind: 'files' | 'folder', prefix: string) => handle(() => call('uploadWithDialog', { profileId, bucket, prefix, kind })),
    [handle, profileId, bucket],
  );

  /** OS drop: File objects -> local paths (preload) -> upload into `prefix`. */
  const uploadFiles = useCallback(
    (files: readonly File[], prefix: string) => {
      const paths = files.map((f) => api().pathForFile(f)).filter((p) => p !== '');
      if (paths.length > 0) void handle(() => call('uploadPaths', { profileId, bucket, prefix, paths }));
    },
    [handle, profileId, bucket],
  );

  const download = useCallback(
    (rows: ChannelInput<'transfers.download'>['rows']) => {
      if (rows.length > 0) void handle(() => call('downloadRows', { profileId, bucket, rows }));
    },
    [handle, profileId, bucket],
  );

  const openObject = useCallback((key: string) => void handle(() => call('openObject', { profileId, bucket, key })), [handle, profileId, bucket]);

  return useMemo(() => ({ uploadWithDialog, uploadFiles, download, openObject }), [uploadWithDialog, uploadFiles, download, openObject]);
}

export type TransferCommands = ReturnType<typeof useTransferCommands>;
