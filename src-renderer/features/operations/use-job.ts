// A long main-side operation seen from a dialog: a fresh opId per run, its ops.progress events,
// and Cancel through ops.cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call } from '../../api';
import { type EventPayload } from '../../contract';

export type JobProgress = EventPayload<'ops.progress'>;

let counter = 0;
const newOpId = (): string => `op-${Date.now().toString(36)}-${(counter += 1)}`;

export function useJob() {
  const opId = useRef(newOpId());
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => api().on('ops.progress', (p) => p.opId === opId.current && setProgress(p)), []);
  /** A new id for the next run. */
  const begin = useCallback(() => {
    opId.current = newOpId();
    setProgress(null);
    return opId.current;
  }, []);
  const cancel = useCallback(() => void call('cancelOp', { opId: opId.current }).catch(() => undefined), []);
  return { begin, cancel, progress };
}
