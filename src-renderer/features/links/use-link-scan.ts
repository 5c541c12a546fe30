// Runs one "Check links…" scan in main (the shared scan operation): progress, Cancel, the report.
import { type LinkCounts, type LinkInfo } from '../../contract';
import { call } from '../../api';
import { type ScanProgress, useScanOperation } from './use-scan-operation';

export type LinkScanState =
  | { phase: 'running'; progress: ScanProgress; startedAt: number; cancel: () => void }
  | { phase: 'done'; problems: LinkInfo[]; counts: LinkCounts; scanned: number; cancelled: boolean; checkedAt: Date }
  | { phase: 'failed'; error: unknown };

export function useLinkScan(profileId: string, bucket: string, prefix: string, run: number): LinkScanState {
  const state = useScanOperation('link-check', (opId) => call('scanLinks', { profileId, bucket, prefix, opId }), JSON.stringify([profileId, bucket, prefix, run]));
  if (state.phase !== 'done') return state;
  const { problems, counts, scanned, cancelled } = state.result;
  return { phase: 'done', problems, counts, scanned, cancelled, checkedAt: state.checkedAt };
}
