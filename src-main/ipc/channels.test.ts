import { describe, expect, it, vi } from 'vitest';
import { apiMethods, buildWindowApi, eventChannel, eventNames, isEventName, localApiFunctions, type Channel, type InvokeTransport, type SubscribeTransport } from './channels';

function fakeTransports() {
  const invoke = vi.fn<InvokeTransport>(async (channel: Channel) => ({ ok: true, value: channel }));
  const unsubscribe = vi.fn();
  const subscribe = vi.fn<SubscribeTransport>(() => unsubscribe);
  return { invoke, subscribe, unsubscribe };
}

describe('buildWindowApi', () => {
  it('has exactly one function per apiMethods entry plus on', () => {
    const { invoke, subscribe } = fakeTransports();
    const api = buildWindowApi(invoke, subscribe) as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(apiMethods), ...localApiFunctions, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('binds each method to its own fixed channel and forwards the input and the call options', async () => {
    const { invoke, subscribe } = fakeTransports();
    const api = buildWindowApi(invoke, subscribe) as unknown as Record<string, (input?: unknown, call?: unknown) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(apiMethods)) {
      const input = { marker: method };
      const call = { callId: `id-${method}` };
      await expect(api[method]!(input, call)).resolves.toEqual({ ok: true, value: channel });
      expect(invoke).toHaveBeenLastCalledWith(channel, input, call);
    }
    expect(invoke).toHaveBeenCalledTimes(Object.keys(apiMethods).length);
  });

  it('subscribes to a known event and hands back the unsubscribe function', () => {
    const { invoke, subscribe, unsubscribe } = fakeTransports();
    const api = buildWindowApi(invoke, subscribe);
    const listener = vi.fn();
    const off = api.on('profiles.changed', listener);
    expect(subscribe).toHaveBeenCalledWith('profiles.changed', listener);
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('refuses an event name the contract does not list, and a non-function listener', () => {
    const { invoke, subscribe } = fakeTransports();
    const api = buildWindowApi(invoke, subscribe);
    expect(() => api.on('ipc.raw' as 'profiles.changed', () => {})).toThrow(/Unknown event/);
    expect(() => api.on('profiles.changed', 'x' as unknown as () => void)).toThrow(/function/);
    expect(subscribe).not.toHaveBeenCalled();
  });
});

describe('eventChannel / isEventName', () => {
  it('gives every event its own channel, distinct from the request channels', () => {
    const names = eventNames.map(eventChannel);
    expect(new Set(names).size).toBe(eventNames.length);
    for (const name of names) expect(Object.values(apiMethods)).not.toContain(name);
  });

  it('recognises only contract events', () => {
    expect(isEventName('menu.command')).toBe(true);
    expect(isEventName('app.info')).toBe(false);
    expect(isEventName(undefined)).toBe(false);
  });
});
