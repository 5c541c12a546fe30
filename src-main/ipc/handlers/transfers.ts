// transfers.* channels: thin over the transfers service (planning, queue, dialogs, shell).
import type { TransfersService } from '../../transfers/transfers-service';
import type { HandlerGroup } from './types';

type TransferChannels =
  | 'transfers.list'
  | 'transfers.upload'
  | 'transfers.uploadDialog'
  | 'transfers.resolveConflicts'
  | 'transfers.download'
  | 'transfers.open'
  | 'transfers.control'
  | 'transfers.reveal'
  | 'transfers.clearFinished';

export function createTransfersHandlers(transfers: TransfersService): HandlerGroup<TransferChannels> {
  return {
    'transfers.list': async () => transfers.snapshot(),
    'transfers.upload': ({ profileId, bucket, prefix, paths }) => transfers.uploadPaths({ profileId, bucket, prefix }, paths),
    'transfers.uploadDialog': ({ profileId, bucket, prefix, kind }) => transfers.uploadWithDialog({ profileId, bucket, prefix }, kind),
    'transfers.resolveConflicts': ({ planId, decisions }) => transfers.resolveConflicts(planId, decisions),
    'transfers.download': ({ profileId, bucket, rows }) => transfers.download({ profileId, bucket }, rows),
    'transfers.open': (ref) => transfers.open(ref),
    'transfers.control': async ({ action, ids }) => {
      transfers.control(action, ids);
      return null;
    },
    'transfers.reveal': async ({ id }) => {
      transfers.reveal(id);
      return null;
    },
    'transfers.clearFinished': async () => {
      transfers.clearFinished();
      return null;
    },
  };
}
