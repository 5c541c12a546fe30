import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { apiMethods, localApiFunctions } from '../../src-main/ipc/contract';
import { apiInitScript, EMIT_FUNCTION, INVOKE_BINDING } from './api-bridge';

type PageGlobal = Record<string, unknown> & { api: Record<string, (...args: unknown[]) => unknown> };

function loadScript(invoke: (channel: string, input: unknown, call?: unknown) => unknown): PageGlobal {
  const page: Record<string, unknown> = { [INVOKE_BINDING]: invoke, console };
  runInNewContext(`globalThis.__self = globalThis; ${apiInitScript(apiMethods)}`, page);
  return page.__self as PageGlobal;
}

describe('apiInitScript()', () => {
  it('exposes exactly the contract method names plus on()', () => {
    const page = loadScript(() => null);
    expect(Object.keys(page.api).sort()).toEqual([...Object.keys(apiMethods), ...localApiFunctions, 'on'].sort());
    expect(Object.isFrozen(page.api)).toBe(true);
  });

  it('forwards each method to its own channel as JSON, undefined input as null', async () => {
    const calls: unknown[][] = [];
    const page = loadScript(async (channel, input, call) => {
      calls.push([channel, input, call]);
      return JSON.stringify({ ok: true, value: channel });
    });
    await expect(page.api.listObjects!({ profileId: 'p', bucket: 'b' }, { callId: 'c7' })).resolves.toEqual({ ok: true, value: 'objects.list' });
    await page.api.listProfiles!();
    // The call options (what makes a request cancellable) cross the binding too, as in Electron.
    expect(calls).toEqual([
      ['objects.list', '{"profileId":"p","bucket":"b"}', '{"callId":"c7"}'],
      ['profiles.list', 'null', 'null'],
    ]);
  });

  it('dispatches events to subscribed listeners until they unsubscribe', () => {
    const page = loadScript(() => null);
    const seen: unknown[] = [];
    const off = page.api.on!('objects.changed', (payload: unknown) => seen.push(payload)) as () => void;
    page.api.on!('profiles.changed', () => seen.push('wrong event'));
    const emit = page[EMIT_FUNCTION] as (event: string, payload: unknown) => void;
    emit('objects.changed', { bucket: 'a' });
    off();
    emit('objects.changed', { bucket: 'b' });
    expect(seen).toEqual([{ bucket: 'a' }]);
  });

  it('keeps dispatching to later listeners when one throws', () => {
    const page = loadScript(() => null);
    const seen: string[] = [];
    page.api.on!('objects.changed', () => {
      throw new Error('boom');
    });
    page.api.on!('objects.changed', () => seen.push('second'));
    const quiet = { error: () => undefined };
    (page as Record<string, unknown>).console = quiet;
    (page[EMIT_FUNCTION] as (event: string, payload: unknown) => void)('objects.changed', {});
    expect(seen).toEqual(['second']);
  });
});
