// A long main-side operation seen from a dialog: a fresh opId per run, its ops.progress events
// (the newest by seq: they may arrive out of order), and Cancel through ops.cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call } from '../../api';
import { type EventPayload } from '../../contract';
import { newestOnly } from './newest-only';

export type JobProgress = EventPayload<'ops.progress'>;

let counter = 0;
const newOpId = (): string => `op-${Date.now().toString(36)}-${(counter += 1)}`;

export function useJob() {
  const opId = useRef(newOpId());
  const newest = useRef(newestOnly());
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => api().on('ops.progress', (p) => p.opId === opId.current && newest.current(p.seq) && setProgress(p)), []);
  /** A new id for the next run. */
  const begin = useCallback(() => {
    opId.current = newOpId();
    newest.current = newestOnly();
    setProgress(null);
    return opId.current;
  }, []);
  const cancel = useCallback(() => void call('cancelOp', { opId: opId.current }).catch(() => undefined), []);
  return { begin, cancel, progress };
}
