// putObject's own checks, before anything reaches the wire (a scripted transport records requests).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBosClient } from './bos/client';
import { StorageError } from './errors';
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
