// putObject's own checks, before anything reaches the wire (a scripted transport records requests).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBosClient } from './bos/client';
import { StorageError } from './errors';
import { objectTypeOf } from './object-ops';
import { createOssClient } from './oss/client';
import { stubTransport } from './testing/stub-transport';
import { type ClientConfig } from './types';

const base = { accessKeyId: 'AK', accessKeySecret: 'SK-secret', addressing: 'path' as const, maxRetries: 0, now: () => new Date('2024-01-01T00:00:00Z') };
const configs: ClientConfig[] = [
  { ...base, provider: 'oss', endpoint: 'http://127.0.0.1:9', region: 'cn-hangzhou' },
  { ...base, provider: 'bos', endpoint: 'http://127.0.0.1:9', region: 'bj' },
];

function clientFor(config: ClientConfig) {
  const stub = stubTransport(() => ({ status: 200, headers: { etag: '"abc"' } }));
  const create = config.provider === 'oss' ? createOssClient : createBosClient;
  return { c: create(config, { transport: stub.transport, sleep: async () => {} }), requests: stub.requests };
}

describe.each(configs)('putObject ($provider)', (config) => {
  it.each([
    ['a stream without contentLength', { body: Readable.from(['data']) }],
    ['createBody without contentLength', { body: '', createBody: () => Readable.from(['data']) }],
    ['a stream with a negative contentLength', { body: Readable.from(['data']), contentLength: -1 }],
    ['a stream with a fractional contentLength', { body: Readable.from(['data']), contentLength: 1.5 }],
  ])('refuses %s with InvalidArgument before sending', async (_label, body) => {
    const { c, requests } = clientFor(config);
    const error = await c.put({ bucket: 'b', key: 'k', ...body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'InvalidArgument', provider: config.provider });
    expect(requests).toHaveLength(0);
  });

  it('sends a stream with its contentLength, and a buffer with its own length', async () => {
    const { c, requests } = clientFor(config);
    await c.put({ bucket: 'b', key: 'k', body: Readable.from(['data']), contentLength: 4 });
    await c.put({ bucket: 'b', key: 'k', body: 'hello' });
    expect(requests.map((r) => r.headers['content-length'])).toEqual(['4', '5']);
  });
});

describe('objectTypeOf (shared by the OSS and BOS clients)', () => {
  const failing = (code: string, status: number) => new StorageError({ code, status, provider: 'bos', message: code });
  function ops(headError: StorageError | undefined, isLink: boolean) {
    const calls: { method: string; signal: AbortSignal | undefined }[] = [];
    return {
      calls,
      head: async (_b: string, key: string, signal?: AbortSignal) => {
        calls.push({ method: 'head', signal });
        if (headError) throw headError;
        return { key, size: 0, etag: '', lastModified: '', contentType: '', storageClass: '', objectType: 'Normal', meta: {} };
      },
      getSymlink: async (_b: string, _k: string, signal?: AbortSignal) => {
        calls.push({ method: 'getSymlink', signal });
        if (!isLink) throw failing('NotSymlink', 400);
        return { target: 't' };
      },
    };
  }
  const signal = new AbortController().signal;

  it('returns HEAD’s own type; a link-only HEAD error means Symlink without another request', async () => {
    expect(await objectTypeOf(ops(undefined, false), () => true, 'b', 'k', signal)).toBe('Normal');
    const broken = ops(failing('SymlinkTargetNotExist', 404), false);
    expect(await objectTypeOf(broken, () => true, 'b', 'k', signal)).toBe('Symlink');
    expect(broken.calls.map((c) => c.method)).toEqual(['head']);
  });

  it('asks GetSymlink (with the signal) only for ambiguous errors, and rethrows when it is no link', async () => {
    const link = ops(failing('NotFound', 404), true);
    expect(await objectTypeOf(link, (e) => e.code === 'NotFound', 'b', 'k', signal)).toBe('Symlink');
    expect(link.calls).toEqual([{ method: 'head', signal }, { method: 'getSymlink', signal }]);
    const missing = ops(failing('NotFound', 404), false);
    await expect(objectTypeOf(missing, () => true, 'b', 'k')).rejects.toMatchObject({ code: 'NotFound' });
    const plain = ops(failing('NoSuchKey', 404), true);
    await expect(objectTypeOf(plain, (e) => e.code === 'NotFound', 'b', 'k')).rejects.toMatchObject({ code: 'NoSuchKey' });
    expect(plain.calls.map((c) => c.method)).toEqual(['head']);
  });
});
