// One scan in main (Check links…, Find links to this): progress from links.scanProgress events
// for its opId (the newest by seq, none after the answer: the browser host may deliver them out
// of order or late), Cancel through ops.cancel, the answer when it ends. A change of `runKey`
// starts a new scan; unmounting cancels the running one.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type EventPayload } from '../../contract';
import { api, call } from '../../api';
import { newestOnly } from '../operations/newest-only';
import { refreshLinksHere } from './links-pointing-here';

export type ScanProgress = Omit<EventPayload<'links.scanProgress'>, 'opId' | 'seq'>;

export type ScanOperationState<T> =
  | { phase: 'running'; progress: ScanProgress; startedAt: number; cancel: () => void }
  | { phase: 'done'; result: T; checkedAt: Date }
  | { phase: 'failed'; error: unknown };

const NO_PROGRESS: ScanProgress = { scanned: 0, linksFound: 0, problems: 0 };

export function useScanOperation<T>(opPrefix: string, start: (opId: string) => Promise<T>, runKey: string): ScanOperationState<T> {
  const [state, setState] = useState<ScanOperationState<T> | null>(null);
  // `start` is rebuilt on every render; `runKey` names what it scans.
  const qc = useQueryClient();
  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    const opId = `${opPrefix}-${crypto.randomUUID()}`;
    let live = true;
    let answered = false;
    const newest = newestOnly();
    const cancel = () => void call('cancelOp', { opId }).catch(() => undefined);
    const startedAt = Date.now();
    setState({ phase: 'running', progress: NO_PROGRESS, startedAt, cancel });
    const off = api().on('links.scanProgress', ({ opId: id, seq, ...progress }) => {
      if (live && !answered && id === opId && newest(seq)) setState({ phase: 'running', progress, startedAt, cancel });
    });
    startRef.current(opId).then(
      (result) => {
        answered = true;
        // The scan filled main's reverse index, also when this view has gone.
        refreshLinksHere(qc);
        if (live) setState({ phase: 'done', result, checkedAt: new Date() });
      },
      (error: unknown) => {
        answered = true;
        if (live) setState({ phase: 'failed', error });
      },
    );
    return () => {
      live = false;
      off();
      cancel();
    };
  }, [opPrefix, runKey, qc]);
  return state ?? { phase: 'running', progress: NO_PROGRESS, startedAt: Date.now(), cancel: () => undefined };
}

/** Objects per second since the scan started. */
export function scanRate(progress: ScanProgress, startedAt: number): number {
  return Math.round(progress.scanned / Math.max(0.001, (Date.now() - startedAt) / 1000));
}
