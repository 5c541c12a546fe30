// Search whole folder: one objects.search in main for the typed text, its matches streamed into a
// MatchList (objects.searchProgress events, applied in `seq` order whatever order they arrive in),
// Cancel through ops.cancel. A different text, another folder or leaving the browser cancels it and
// drops the results, so the table goes back to the loaded rows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, call } from '../../api';
import { type EventPayload, type ObjectPage } from '../../contract';
import { useUiStore } from '../../state/ui-store';
import { type SortBy, type SortDir } from '../../state/view-slice';
import { MatchList, sortedMatches } from './match-view';
import { type RowView } from './row-view';

export type SearchStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface FolderSearchState {
  /** The searched text, trimmed. */
  text: string;
  recursive: boolean;
  status: SearchStatus;
  scanned: number;
  matches: number;
  /** The match cap was reached: the view holds the first matches only. */
  truncated: boolean;
  error: unknown;
  /** The matches so far, in name order (folders first). */
  view: RowView;
  /** Started from a button that the progress line replaces: its Cancel takes the focus. */
  focusCancel: boolean;
  /** Something was written in the searched folder since the search began (objects.changed). */
  stale: boolean;
}

type Run = { opId: string; off: () => void; list: MatchList; next: number; pending: Map<number, ObjectPage | undefined> };

export interface FolderSearch {
  state: FolderSearchState | null;
  /** The matches in the table's order (name order as streamed; size or time orders sort the at most 10,000 matches). */
  view: RowView | null;
  start(recursive?: boolean, focusCancel?: boolean): void;
  cancel(): void;
}

export function useFolderSearch(profileId: string, bucket: string, prefix: string, sortBy: SortBy, sortDir: SortDir): FolderSearch {
  // The typed text itself, not a deferred copy: a copy lagging behind would look like a new text.
  const filter = useUiStore((s) => s.filter);
  const [state, setState] = useState<FolderSearchState | null>(null);
  const run = useRef<Run | null>(null);

  const stop = useCallback((drop: boolean) => {
    const current = run.current;
    if (!current) return;
    void call('cancelOp', { opId: current.opId }).catch(() => undefined);
    if (drop) {
      current.off();
      run.current = null;
    }
  }, []);

  const start = useCallback(
    (recursive = false, focusCancel = false) => {
      const text = filter.trim();
      if (text === '') return;
      stop(true);
      const list = new MatchList(prefix);
      const opId = `folder-search-${crypto.randomUUID()}`;
      const current: Run = { opId, off: () => undefined, list, next: 0, pending: new Map() };
      const patch = (next: (s: FolderSearchState) => Partial<FolderSearchState>): void => {
        if (run.current === current) setState((s) => (s ? { ...s, ...next(s) } : s));
      };
      current.off = api().on('objects.searchProgress', (event: EventPayload<'objects.searchProgress'>) => {
        if (event.opId !== opId) return;
        current.pending.set(event.seq, event.batch);
        // Events may overtake one another (the browser host delivers them apart): append in seq order.
        while (current.pending.has(current.next)) {
          const batch = current.pending.get(current.next);
          current.pending.delete(current.next);
          current.next += 1;
          if (batch) list.append(batch);
        }
        patch((s) => ({ scanned: Math.max(s.scanned, event.scanned), matches: list.size, view: list.view() }));
      });
      run.current = current;
      setState({ text, recursive, status: 'running', scanned: 0, matches: 0, truncated: false, error: null, view: list.view(), focusCancel, stale: false });
      call('searchFolder', { profileId, bucket, prefix, text, recursive, opId }).then(
        (result) => patch(() => ({ status: result.cancelled ? 'cancelled' : 'done', scanned: result.scanned, truncated: result.truncated })),
        (error: unknown) => patch(() => ({ status: 'failed', error })),
      );
    },
    [profileId, bucket, prefix, filter, stop],
  );

  const cancel = useCallback(() => {
    stop(false);
    setState((s) => (s?.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [stop]);

  // Another text, folder or bucket: the results no longer answer what the table is asked to show.
  const searched = state?.text;
  useEffect(() => {
    if (searched !== undefined && filter.trim() !== searched) {
      stop(true);
      setState(null);
    }
  }, [filter, searched, stop]);
  useEffect(
    () => () => {
      stop(true);
      setState(null);
    },
    [profileId, bucket, prefix, stop],
  );

  // A write in the searched folder (a delete from the context menu, an upload) is not in the
  // matches: say so and offer Search again, rather than re-list a huge folder on every write.
  const active = state !== null;
  const recursive = state?.recursive ?? false;
  useEffect(() => {
    if (!active) return undefined;
    return api().on('objects.changed', (e) => {
      const touches = prefix.startsWith(e.prefix) || (recursive && e.prefix.startsWith(prefix));
      if (e.profileId === profileId && e.bucket === bucket && touches) setState((s) => (s && !s.stale ? { ...s, stale: true } : s));
    });
  }, [active, recursive, profileId, bucket, prefix]);

  const matches = state?.view ?? null;
  const view = useMemo(() => {
    if (!matches) return null;
    return sortBy === 'name' && sortDir === 'asc' ? matches : sortedMatches(matches, sortBy, sortDir);
  }, [matches, sortBy, sortDir]);

  return { state, view, start, cancel };
}
