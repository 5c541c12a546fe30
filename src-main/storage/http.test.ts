import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SigningClock } from './clock';
import { StorageError } from './errors';
import { type HttpRequest, createHttpClient } from './http';
import { parseOssError } from './oss/errors';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, isRetryable } from './retry';
import { type Transport, type TransportRequest, readBody } from './transport';

type Reply = { status: number; body?: string; headers?: Record<string, string> } | Error;

function stubTransport(replies: Reply[]) {
  const seen: TransportRequest[] = [];
  const transport: Transport = async (req) => {
    seen.push(req);
    const next = replies.shift();
    if (!next) throw new Error('no more replies');
    if (next instanceof Error) throw next;
    return { status: next.status, headers: next.headers ?? {}, body: Readable.from([Buffer.from(next.body ?? '')]) };
  };
  return { transport, seen };
}

const ossError = (code: string) => `<?xml version="1.0"?><Error><Code>${code}</Code><Message>m</Message><RequestId>r1</RequestId></Error>`;

function client(replies: Reply[], opts: { now?: () => Date; maxRetries?: number; timeoutMs?: number } = {}) {
  const { transport, seen } = stubTransport(replies);
  const sleeps: number[] = [];
  const http = createHttpClient({
    provider: 'oss',
    transport,
    clock: new SigningClock(opts.now ?? (() => new Date('2024-01-01T00:00:00Z'))),
    parseError: parseOssError,
    retry: { maxRetries: opts.maxRetries ?? 3, baseDelayMs: 100, maxDelayMs: 1000 },
    timeoutMs: opts.timeoutMs,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  });
  const signedAt: Date[] = [];
  const build = (now: Date): HttpRequest => {
    signedAt.push(now);
    return { method: 'GET', origin: 'http://h', path: '/b/k', headers: { date: now.toUTCString() } };
  };
  const get = (signal?: AbortSignal, replayable?: boolean) =>
    http.send({ build, consume: async (res) => (await readBody(res.body)).toString(), signal, replayable });
  return { get, seen, sleeps, signedAt };
}

const socketError = () => Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });

describe('retry policy', () => {
  it('retries network errors, 500 and 503 with growing jittered delays, re-signing every attempt', async () => {
    const c = client([socketError(), { status: 500, body: ossError('InternalError') }, { status: 503, body: ossError('ServiceUnavailable') }, { status: 200, body: 'ok' }]);
    await expect(c.get()).resolves.toBe('ok');
    expect(c.seen).toHaveLength(4);
    expect(c.signedAt).toHaveLength(4);
    expect(c.sleeps).toEqual([50, 100, 200]); // random 0.5 x min(1000, 100 * 2^n)
  });

  it.each([400, 403, 404, 409])('never retries a plain %i', async (status) => {
    const c = client([{ status, body: ossError('SomeError') }, { status: 200, body: 'ok' }]);
    await expect(c.get()).rejects.toMatchObject({ code: 'SomeError', status, requestId: 'r1', provider: 'oss' });
    expect(c.seen).toHaveLength(1);
  });

  it('gives up after maxRetries and reports the last error', async () => {
    const c = client([{ status: 503, body: ossError('A') }, { status: 503, body: ossError('B') }, { status: 503, body: ossError('C') }], { maxRetries: 2 });
    await expect(c.get()).rejects.toMatchObject({ code: 'C', status: 503 });
    expect(c.seen).toHaveLength(3);
  });

  it('re-signs with the clock corrected from the server Date on RequestTimeTooSkewed, without backoff', async () => {
    const server = 'Mon, 01 Jan 2024 00:20:00 GMT';
    const c = client([{ status: 403, body: ossError('RequestTimeTooSkewed'), headers: { date: server } }, { status: 200, body: 'ok' }]);
    await expect(c.get()).resolves.toBe('ok');
    expect(c.signedAt.map((d) => d.toISOString())).toEqual(['2024-01-01T00:00:00.000Z', '2024-01-01T00:20:00.000Z']);
    expect(c.sleeps).toEqual([]);
  });

  it('does not retry RequestTimeTooSkewed when the server sends no Date', async () => {
    const c = client([{ status: 403, body: ossError('RequestTimeTooSkewed') }, { status: 200, body: 'ok' }]);
    await expect(c.get()).rejects.toMatchObject({ code: 'RequestTimeTooSkewed' });
    expect(c.seen).toHaveLength(1);
  });

  it('gives a one-shot stream body exactly one attempt', async () => {
    const c = client([{ status: 503, body: ossError('ServiceUnavailable') }, { status: 200, body: 'ok' }]);
    await expect(c.get(undefined, false)).rejects.toMatchObject({ status: 503 });
    expect(c.seen).toHaveLength(1);
  });

  it('classifies helpers: 500/503/network/timeout/skew retryable, others not', () => {
    const e = (code: string, status: number) => new StorageError({ code, status, provider: 'bos', message: '' });
    expect([e('NetworkError', 0), e('Timeout', 0), e('X', 500), e('X', 503), e('RequestTimeTooSkewed', 403)].every(isRetryable)).toBe(true);
    expect([e('X', 502), e('NoSuchKey', 404), e('Aborted', 0), e('InvalidResponse', 200), e('AccessDenied', 403)].some(isRetryable)).toBe(false);
    expect(backoffDelayMs(10, DEFAULT_RETRY_POLICY, () => 0.999)).toBeLessThan(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe('network failures', () => {
  it('reports a codeless throw while reading an answer as InvalidResponse, not a retried NetworkError', async () => {
    let calls = 0;
    const http = createHttpClient({
      provider: 'oss', clock: new SigningClock(), parseError: parseOssError, sleep: async () => {},
      transport: async () => {
        calls++;
        return { status: 200, headers: {}, body: Readable.from([Buffer.from('x')]) };
      },
    });
    const consume = async (): Promise<never> => {
      throw new RangeError('Invalid time value');
    };
    await expect(http.send({ build: () => ({ method: 'GET', origin: 'http://h', path: '/', headers: {} }), consume })).rejects.toMatchObject({ code: 'InvalidResponse' });
    expect(calls).toBe(1);
  });

  it('reports an oversized buffered body as InvalidResponse without retrying', async () => {
    let calls = 0;
    const http = createHttpClient({
      provider: 'oss', clock: new SigningClock(), parseError: parseOssError, sleep: async () => {},
      transport: async () => {
        calls++;
        return { status: 200, headers: {}, body: Readable.from([Buffer.alloc(2048)]) };
      },
    });
    await expect(http.send({ build: () => ({ method: 'GET', origin: 'http://h', path: '/', headers: {} }), consume: (r) => readBody(r.body, 1024) }))
      .rejects.toMatchObject({ code: 'InvalidResponse' });
    expect(calls).toBe(1);
  });

  it('turns an exhausted network failure into NetworkError', async () => {
    const c = client([socketError(), socketError()], { maxRetries: 1 });
    await expect(c.get()).rejects.toMatchObject({ code: 'NetworkError', status: 0, provider: 'oss' });
  });

  it('reports Aborted, not NetworkError, and stops retrying when the caller aborts', async () => {
    const ac = new AbortController();
    const { transport, seen } = stubTransport([]);
    const http = createHttpClient({
      provider: 'bos', clock: new SigningClock(), parseError: parseOssError, retry: { maxRetries: 5 },
      transport: async (req) => {
        ac.abort();
        return transport(req).catch(() => {
          throw req.signal.reason;
        });
      },
    });
    await expect(http.send({ build: () => ({ method: 'GET', origin: 'http://h', path: '/', headers: {} }), consume: async () => 1, signal: ac.signal }))
      .rejects.toMatchObject({ code: 'Aborted', provider: 'bos' });
    expect(seen).toHaveLength(1);
  });

  it('reports Timeout when the attempt exceeds timeoutMs', async () => {
    const http = createHttpClient({
      provider: 'oss', clock: new SigningClock(), parseError: parseOssError, timeoutMs: 30, retry: { maxRetries: 0 },
      transport: (req) => new Promise((_resolve, reject) => req.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    await expect(http.send({ build: () => ({ method: 'GET', origin: 'http://h', path: '/', headers: {} }), consume: async () => 1 }))
      .rejects.toMatchObject({ code: 'Timeout' });
  });

  it('retries when the connection drops while the body is read', async () => {
    let calls = 0;
    const http = createHttpClient({
      provider: 'oss', clock: new SigningClock(), parseError: parseOssError, sleep: async () => {},
      transport: async () => {
        calls++;
        const body = calls === 1
          ? new Readable({ read() { this.push('half'); this.destroy(socketError()); } })
          : Readable.from([Buffer.from('whole')]);
        return { status: 200, headers: {}, body };
      },
    });
    await expect(http.send({ build: () => ({ method: 'GET', origin: 'http://h', path: '/', headers: {} }), consume: async (r) => (await readBody(r.body)).toString() }))
      .resolves.toBe('whole');
    expect(calls).toBe(2);
  });
});
