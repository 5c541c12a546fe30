import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../errors';
import { channelNames, ObjectPageWriter, type Channel } from './contract';
import { createRouter, type Handlers } from './router';
import { scrubber } from '../redaction/secret-scrubber';
import { StorageError } from '../storage/errors';

function handlerTable(overrides: Partial<Handlers>): Handlers {
  const table: Record<string, unknown> = {};
  for (const channel of channelNames) {
    table[channel] = overrides[channel] ?? (async () => Promise.reject(new Error(`unexpected call to ${channel}`)));
  }
  return table as Handlers;
}

const quietRouter = (overrides: Partial<Handlers>) => {
  const logError = vi.fn();
  return { router: createRouter(handlerTable(overrides), { logError }), logError };
};

const appInfo = { version: '1.0.0', platform: 'linux', locale: 'en', host: 'browser' as const };

describe('createRouter().invoke', () => {
  it('calls the handler with the parsed input (defaults applied) and wraps its value', async () => {
    const empty = new ObjectPageWriter('', 0).finish();
    const list = vi.fn(async () => empty);
    const { router } = quietRouter({ 'objects.list': list });
    const result = await router.invoke('objects.list', { profileId: 'p', bucket: 'b' });
    expect(result).toEqual({ ok: true, value: empty });
    expect(list).toHaveBeenCalledWith({ profileId: 'p', bucket: 'b', prefix: '', maxKeys: 1000, delimiter: '/' }, {});
  });

  it('accepts a missing or null input for channels without input', async () => {
    const { router } = quietRouter({ 'app.info': async () => appInfo });
    await expect(router.invoke('app.info', undefined)).resolves.toEqual({ ok: true, value: appInfo });
    await expect(router.invoke('app.info', null)).resolves.toEqual({ ok: true, value: appInfo });
  });

  it('rejects an unknown channel without calling any handler', async () => {
    const { router } = quietRouter({});
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      const result = await router.invoke(name, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('rejects a non-string channel', async () => {
    const { router } = quietRouter({});
    await expect(router.invoke(42 as unknown as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('returns BAD_REQUEST with "path: message" issues and skips the handler for invalid input', async () => {
    const save = vi.fn();
    const { router } = quietRouter({ 'profiles.save': save });
    const result = await router.invoke('profiles.save', { name: '', provider: 'gcs', accessKeyId: 'AK' });
    expect(save).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(result.error.message).toContain('name: Name is required');
    expect(result.error.message).toMatch(/provider: /);
    expect(result.error.details).toMatchObject({ name: 'Name is required' });
  });

  it('names the whole input when it is not an object at all', async () => {
    const { router } = quietRouter({});
    const result = await router.invoke('buckets.list', 'demo');
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!result.ok) expect(result.error.message).toMatch(/^\(input\): /);
  });

  it('rejects input to a channel that takes none', async () => {
    const { router } = quietRouter({ 'app.info': async () => appInfo });
    await expect(router.invoke('app.info', { x: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('turns an expected failure into its AppError', async () => {
    const { router } = quietRouter({
      'profiles.remove': async () => {
        throw new AppFailure('PROFILE_NOT_FOUND', 'No such profile.');
      },
    });
    await expect(router.invoke('profiles.remove', { id: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'PROFILE_NOT_FOUND', message: 'No such profile.' },
    });
  });

  it('maps a storage error to its code and logs it in main', async () => {
    const error = new StorageError({ code: 'SignatureDoesNotMatch', status: 403, provider: 'oss', message: 'sts secret-token-123 mismatch' });
    const { router, logError } = quietRouter({ 'buckets.list': async () => Promise.reject(error) });
    const result = await router.invoke('buckets.list', { profileId: 'p' });
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } });
    expect(JSON.stringify(result)).not.toContain('secret-token-123');
    expect(logError).toHaveBeenCalledWith('buckets.list', expect.any(StorageError));
  });

  it('default log: code and a redacted message only, never the stack, cause or extra fields', async () => {
    const secret = 'SECRET-abc123';
    const token = 'sts/token+xyz';
    const thrown = Object.assign(
      new StorageError({ code: 'SignatureDoesNotMatch', status: 403, provider: 'oss', message: `sig ${secret} token=${encodeURIComponent(token)}` }),
      { cause: new Error(`inner ${token}`), headers: { 'x-oss-security-token': token } },
    );
    const unexpected = Object.assign(new Error(`boom ${secret}`), { extra: token });
    const redact = scrubber([secret, token]);
    const router = createRouter(
      handlerTable({ 'buckets.list': async () => Promise.reject(thrown), 'profiles.list': async () => Promise.reject(unexpected) }),
      { redact },
    );
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
    const spies = [vi.spyOn(console, 'error').mockImplementation(capture), vi.spyOn(console, 'warn').mockImplementation(capture)];
    try {
      await router.invoke('buckets.list', { profileId: 'p' });
      await router.invoke('profiles.list', undefined);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines).toHaveLength(2);
    const log = lines.join('\n');
    expect(log).toContain('SignatureDoesNotMatch');
    expect(log).toContain('[redacted]');
    for (const leaked of [secret, token, encodeURIComponent(token), 'inner', '    at ']) expect(log).not.toContain(leaked);
  });

  it('never sends a stack, a cause or a secret from an unexpected throw', async () => {
    const secret = 'SECRET-abc123';
    const thrown = Object.assign(new Error(`failed with key ${secret}`), { cause: secret, extra: secret });
    const { router, logError } = quietRouter({ 'profiles.list': async () => Promise.reject(thrown) });
    const result = await router.invoke('profiles.list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN' } });
    const serialised = JSON.stringify(result);
    expect(serialised).not.toContain(secret);
    expect(serialised).not.toMatch(/\bat .*\.ts:\d+/);
    if (!result.ok) expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
    expect(logError).toHaveBeenCalledOnce();
  });

  it('passes through only the contract fields of an AppError', async () => {
    const failure = new AppFailure('NOT_FOUND', 'gone', { key: 'a' });
    Object.assign(failure.appError, { stack: 'at secret.ts:1' });
    const { router } = quietRouter({ 'links.follow': async () => Promise.reject(failure) });
    const result = await router.invoke('links.follow', { profileId: 'p', bucket: 'b', key: 'k' });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone', details: { key: 'a' } } });
  });

  it('rejects a thrown non-Error value as UNKNOWN', async () => {
    const { router } = quietRouter({ 'vault.status': async () => Promise.reject('plain string') });
    await expect(router.invoke('vault.status', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN' } });
  });

  it('has a handler slot for every channel of the contract', () => {
    const table = handlerTable({});
    expect(Object.keys(table).sort()).toEqual([...channelNames].sort() as Channel[]);
  });
});

describe('createRouter() events', () => {
  it('delivers emitted events to every subscriber until it unsubscribes', () => {
    const { router } = quietRouter({});
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = router.subscribe(first);
    router.subscribe(second);
    router.emit('links.scanProgress', { opId: 'o', seq: 0, scanned: 1, linksFound: 0, problems: 0 });
    unsubscribeFirst();
    router.emit('menu.command', { command: 'retargetLink' });
    expect(first).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledWith('links.scanProgress', { opId: 'o', seq: 0, scanned: 1, linksFound: 0, problems: 0 });
    expect(second).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenLastCalledWith('menu.command', { command: 'retargetLink' });
  });

  it('keeps delivering to other subscribers when one throws, and logs it', () => {
    const { router, logError } = quietRouter({});
    const after = vi.fn();
    router.subscribe(() => {
      throw new Error('listener broke');
    });
    router.subscribe(after);
    router.emit('menu.command', { command: 'delete' });
    expect(after).toHaveBeenCalledOnce();
    expect(logError).toHaveBeenCalledOnce();
  });
});
