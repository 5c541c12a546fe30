// Runs one "Check links…" scan in main: progress from links.scanProgress events, Cancel through
// ops.cancel, the report when it ends. A new `run` starts a new scan; unmounting cancels it.
import { useEffect, useState } from 'react';
import { type EventPayload, type LinkInfo } from '../../contract';
import { api, call } from '../../api';

type Progress = Omit<EventPayload<'links.scanProgress'>, 'opId'>;

export type LinkScanState =
  | { phase: 'running'; progress: Progress; startedAt: number; cancel: () => void }
  | { phase: 'done'; links: LinkInfo[]; scanned: number; cancelled: boolean; checkedAt: Date }
  | { phase: 'failed'; error: unknown };

const NO_PROGRESS: Progress = { scanned: 0, linksFound: 0, problems: 0 };

export function useLinkScan(profileId: string, bucket: string, prefix: string, run: number): LinkScanState {
  const [state, setState] = useState<LinkScanState | null>(null);
  useEffect(() => {
    const opId = `link-check-${crypto.randomUUID()}`;
    let live = true;
    const cancel = () => void call('cancelOp', { opId }).catch(() => undefined);
    const startedAt = Date.now();
    setState({ phase: 'running', progress: NO_PROGRESS, startedAt, cancel });
    const off = api().on('links.scanProgress', ({ opId: id, ...progress }) => {
      if (live && id === opId) setState({ phase: 'running', progress, startedAt, cancel });
    });
    call('scanLinks', { profileId, bucket, prefix, opId }).then(
      (report) => live && setState({ phase: 'done', links: report.links, scanned: report.scanned, cancelled: report.cancelled, checkedAt: new Date() }),
      (error: unknown) => live && setState({ phase: 'failed', error }),
    );
    return () => {
      live = false;
      off();
      cancel();
    };
  }, [profileId, bucket, prefix, run]);
  return state ?? { phase: 'running', progress: NO_PROGRESS, startedAt: Date.now(), cancel: () => undefined };
}
