/** @vitest-environment jsdom */
// ops.progress and links.scanProgress may overtake one another in the browser host and arrive
// after the answer: a dialog shows the newest by seq, a scan none after its answer.
import { act, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Api, EventPayload } from '../../contract';
import { useScanOperation } from '../links/use-scan-operation';
import { useJob } from './use-job';

type Listener = (payload: never) => void;

/** window.api with only events and ops.cancel: the hooks under test need no more. */
function installEvents() {
  const listeners = new Map<string, Set<Listener>>();
  window.api = {
    on: (event: string, fn: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(fn);
      listeners.set(event, set);
      return () => set.delete(fn);
    },
    cancelOp: () => Promise.resolve({ ok: true, value: undefined }),
  } as unknown as Api;
  return <E extends 'ops.progress' | 'links.scanProgress'>(event: E, payload: EventPayload<E>) =>
    act(() => {
      for (const fn of listeners.get(event) ?? []) (fn as (p: EventPayload<E>) => void)(payload);
    });
}

describe('progress events in seq order', () => {
  it('a job keeps the newest ops.progress: an older one arriving late is dropped; a new run starts afresh', () => {
    const emit = installEvents();
    const { result } = renderHook(() => useJob());
    let opId = '';
    act(() => void (opId = result.current.begin()));
    emit('ops.progress', { opId, seq: 0, done: 10, failed: 0 });
    emit('ops.progress', { opId, seq: 2, done: 30, failed: 0 });
    emit('ops.progress', { opId, seq: 1, done: 20, failed: 0 });
    expect(result.current.progress?.done).toBe(30);
    emit('ops.progress', { opId: 'someone-else', seq: 3, done: 99, failed: 0 });
    expect(result.current.progress?.done).toBe(30);
    act(() => void (opId = result.current.begin()));
    emit('ops.progress', { opId, seq: 0, done: 1, failed: 0 });
    expect(result.current.progress?.done).toBe(1);
  });

  it('a scan keeps the newest links.scanProgress and ignores any that arrive after its answer', async () => {
    const emit = installEvents();
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    let opId = '';
    let answer: (value: string) => void = () => undefined;
    const start = (id: string) => {
      opId = id;
      return new Promise<string>((resolve) => (answer = resolve));
    };
    const { result } = renderHook(() => useScanOperation('scan', start, 'run-1'), { wrapper });
    emit('links.scanProgress', { opId, seq: 1, scanned: 200, linksFound: 2, problems: 0 });
    emit('links.scanProgress', { opId, seq: 0, scanned: 100, linksFound: 1, problems: 0 });
    expect(result.current).toMatchObject({ phase: 'running', progress: { scanned: 200, linksFound: 2 } });
    await act(async () => answer('report'));
    expect(result.current).toMatchObject({ phase: 'done', result: 'report' });
    emit('links.scanProgress', { opId, seq: 2, scanned: 300, linksFound: 3, problems: 0 });
    expect(result.current).toMatchObject({ phase: 'done', result: 'report' });
  });
});
