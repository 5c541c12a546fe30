// call(): with react-query's AbortSignal a request carries a call id, and aborting the signal
// asks main to cancel exactly that call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from './api';
import type { Api } from './contract';

function installApi(listProfiles: (input: unknown, call?: unknown) => Promise<unknown>) {
  const cancelOp = vi.fn(async () => ({ ok: true, value: null }));
  (globalThis as { window?: unknown }).window = { api: { listProfiles, cancelOp } as unknown as Api };
  return cancelOp;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('call() with a signal', () => {
  it('sends a call id and cancels that call in main when the signal aborts', async () => {
    let answer!: (r: unknown) => void;
    let sent: { callId?: string } | undefined;
    const cancelOp = installApi((_input, options) => {
      sent = options as { callId?: string };
      return new Promise((r) => (answer = r));
    });
    const controller = new AbortController();
    const pending = call('listProfiles', undefined, controller.signal);
    expect(sent?.callId).toMatch(/^call-/);
    controller.abort();
    expect(cancelOp).toHaveBeenCalledWith({ opId: sent!.callId });
    answer({ ok: false, error: { code: 'CANCELLED', message: 'The request was cancelled.' } });
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('uses a fresh id per call, sends none without a signal, and never calls main for an aborted signal', async () => {
    const ids: unknown[] = [];
    const cancelOp = installApi(async (_input, options) => {
      ids.push(options);
      return { ok: true, value: [] };
    });
    const controller = new AbortController();
    await call('listProfiles', undefined, controller.signal);
    await call('listProfiles', undefined, controller.signal);
    await call('listProfiles', undefined);
    expect(new Set(ids.slice(0, 2).map((o) => (o as { callId: string }).callId)).size).toBe(2);
    expect(ids[2]).toBeUndefined();
    await expect(call('listProfiles', undefined, AbortSignal.abort())).rejects.toBeInstanceOf(ApiError);
    expect(ids).toHaveLength(3);
    expect(cancelOp).not.toHaveBeenCalled();
  });
});
