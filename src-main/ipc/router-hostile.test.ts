// The router against what a hostile or buggy renderer can send: payloads whose getters or proxy
// traps throw, keys that are not well-formed UTF-16, text that would forge log lines, and the
// call options that make every request cancellable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../errors';
import { channelNames, ObjectPageWriter } from './contract';
import { createOperationRegistry } from './handlers/operation-registry';
import { createRouter, type Handlers } from './router';

function handlerTable(overrides: Partial<Handlers>): Handlers {
  const table: Record<string, unknown> = {};
  for (const channel of channelNames) table[channel] = overrides[channel] ?? (async () => null);
  return table as Handlers;
}

const throwingProxy = new Proxy(
  {},
  {
    get: () => {
      throw new Error('trap: get');
    },
    getPrototypeOf: () => {
      throw new Error('trap: getPrototypeOf');
    },
    ownKeys: () => {
      throw new Error('trap: ownKeys');
    },
  },
);

afterEach(() => vi.restoreAllMocks());

describe('router: payloads that throw while being read', () => {
  const hostile: [string, unknown][] = [
    ['a getter that throws', Object.defineProperty({}, 'profileId', { enumerable: true, get: () => { throw new Error('getter'); } })],
    ['a proxy whose traps throw', throwingProxy],
  ];
  for (const [name, payload] of hostile) {
    it(`answers a Result for ${name}, on every channel, input and call options alike`, async () => {
      const router = createRouter(handlerTable({}), { logError: () => undefined, calls: createOperationRegistry() });
      for (const channel of channelNames) {
        const asInput = await router.invoke(channel, payload);
        expect(asInput.ok, channel).toBe(false);
        if (!asInput.ok) expect(['BAD_REQUEST']).toContain(asInput.error.code);
        const asCall = await router.invoke(channel, undefined, payload);
        expect(asCall.ok, channel).toBe(false);
      }
    });
  }

  it('answers a Result when a proxy sits deep inside an otherwise valid payload', async () => {
    const router = createRouter(handlerTable({}), { logError: () => undefined });
    const rows = new Proxy([], { get: () => { throw new Error('rows'); } });
    await expect(router.invoke('links.resolve', { profileId: 'p', bucket: 'b', rows })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('does not leak the thrown message or a stack into the answer', async () => {
    const router = createRouter(handlerTable({}), { logError: () => undefined });
    const result = await router.invoke('links.resolve', throwingProxy);
    expect(JSON.stringify(result)).not.toMatch(/trap:|at .*\.ts/);
  });
});

describe('router: keys that are not well-formed UTF-16', () => {
  const lone = ['a\ud800', '\udfffb', 'x\ud83d'];
  it('rejects lone surrogates in keys, prefixes, targets and metadata with a clear message', async () => {
    const handler = vi.fn(async () => ({ status: 'created' as const, key: 'k' }));
    const list = vi.fn(async () => new ObjectPageWriter('', 0).finish());
    const router = createRouter(handlerTable({ 'links.create': handler, 'objects.list': list }), { logError: () => undefined });
    for (const bad of lone) {
      for (const input of [
        { profileId: 'p', bucket: 'b', key: bad, target: 't' },
        { profileId: 'p', bucket: 'b', key: 'k', target: bad },
        { profileId: 'p', bucket: 'b', key: 'k', target: 't', meta: { [bad]: 'v' } },
        { profileId: 'p', bucket: 'b', key: 'k', target: 't', meta: { n: bad } },
      ]) {
        const result = await router.invoke('links.create', input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(/unpaired surrogate/);
      }
      const listed = await router.invoke('objects.list', { profileId: 'p', bucket: 'b', prefix: bad });
      expect(listed).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/^prefix: Prefix contains an unpaired surrogate/) } });
    }
    expect(handler).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
  });

  it('still accepts valid astral characters (surrogate pairs)', async () => {
    const handler = vi.fn(async () => ({ status: 'created' as const, key: '😀' }));
    const router = createRouter(handlerTable({ 'links.create': handler }), { logError: () => undefined });
    await expect(router.invoke('links.create', { profileId: 'p', bucket: 'b', key: '😀/𠀀', target: '文件' })).resolves.toMatchObject({ ok: true });
  });
});

describe('router: log injection', () => {
  it('logs user text quoted in an error on one line, control characters escaped', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((line: string) => lines.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => lines.push(line));
    const router = createRouter(
      handlerTable({
        'links.create': async () => {
          throw new AppFailure('INVALID_ARGUMENT', 'Metadata name "x\n[ipc] profiles.save: forged\r\x1b[2J" is not allowed');
        },
        'links.follow': async () => {
          throw new Error('boom\u2028[ipc] forged too');
        },
      }),
    );
    await router.invoke('links.create', { profileId: 'p', bucket: 'b', key: 'k', target: 't' });
    await router.invoke('links.follow', { profileId: 'p', bucket: 'b', key: 'k' });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      // eslint-disable-next-line no-control-regex
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(line.startsWith('[ipc] ')).toBe(true);
    }
    expect(lines[0]).toContain('x\\n[ipc] profiles.save: forged\\r\\x1b[2J');
  });
});

describe('router: cancellable calls', () => {
  it('a request with a callId answers CANCELLED at once when ops.cancel names it, and its handler sees the abort', async () => {
    let seen: AbortSignal | undefined;
    const calls = createOperationRegistry();
    const logError = vi.fn();
    const router = createRouter(
      handlerTable({
        'links.resolve': (_input, { signal }) => {
          seen = signal;
          return new Promise(() => undefined); // a request that never answers and ignores the signal
        },
        'ops.cancel': async ({ opId }) => {
          calls.cancel(opId);
          return null;
        },
      }),
      { calls, logError },
    );
    const pending = router.invoke('links.resolve', { profileId: 'p', bucket: 'b', rows: [] }, { callId: 'call-1' });
    await expect(router.invoke('ops.cancel', { opId: 'call-1' })).resolves.toEqual({ ok: true, value: null });
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen?.aborted).toBe(true);
    expect(calls.size).toBe(0);
    expect(logError).not.toHaveBeenCalled();
  });

  it('rejects malformed call options with BAD_REQUEST, and a call without them runs as before', async () => {
    const router = createRouter(handlerTable({ 'app.info': async () => ({ version: '1', platform: 'linux', locale: 'en', host: 'browser' }) }), { calls: createOperationRegistry() });
    for (const bad of [{ callId: '' }, { callId: 5 }, { callId: 'x', extra: 1 }, 'id']) {
      await expect(router.invoke('app.info', undefined, bad)).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    await expect(router.invoke('app.info', undefined, null)).resolves.toMatchObject({ ok: true });
    await expect(router.invoke('app.info', undefined, { callId: 'c' })).resolves.toMatchObject({ ok: true });
  });
});
