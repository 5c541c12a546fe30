// putObject's own checks before anything reaches the wire, and objectType's probe answers
// (a scripted transport records requests).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBosClient } from './bos/client';
import { StorageError } from './errors';
import { createOssClient } from './oss/client';
import { type StubReply, stubTransport } from './testing/stub-transport';
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

describe('objectType (objectTypeOf, shared by the OSS and BOS clients)', () => {
  const ossErr = (code: string) => ({ 'x-oss-err': Buffer.from(`<Error><Code>${code}</Code></Error>`).toString('base64') });
  function probe(provider: 'oss' | 'bos', head: StubReply, getSymlink: StubReply = { status: 500 }) {
    const stub = stubTransport((req) => (req.method === 'HEAD' ? head : getSymlink));
    const config = configs.find((c) => c.provider === provider) as ClientConfig;
    const create = provider === 'oss' ? createOssClient : createBosClient;
    return { c: create(config, { transport: stub.transport, sleep: async () => {} }), methods: () => stub.requests.map((r) => r.method) };
  }

  it('returns HEAD’s own type; a link-only HEAD error means Symlink without another request', async () => {
    expect(await probe('oss', { status: 200, headers: { 'x-oss-object-type': 'Appendable' } }).c.objectType('b', 'k')).toBe('Appendable');
    expect(await probe('bos', { status: 200 }).c.objectType('b', 'k')).toBe('Normal');
    const broken = probe('oss', { status: 404, headers: ossErr('SymlinkTargetNotExist') });
    expect(await broken.c.objectType('b', 'k')).toBe('Symlink');
    expect(broken.methods()).toEqual(['HEAD']);
  });

  it('answers null for a missing key: NoSuchKey at once, a bare 404 after GetSymlink says no link', async () => {
    const named = probe('oss', { status: 404, headers: ossErr('NoSuchKey') });
    expect(await named.c.objectType('b', 'k')).toBeNull();
    expect(named.methods()).toEqual(['HEAD']);
    const bare = probe('bos', { status: 404 }, { status: 404, body: '{"code":"NoSuchKey","message":"m"}' });
    expect(await bare.c.objectType('b', 'k')).toBeNull();
    expect(bare.methods()).toEqual(['HEAD', 'GET']);
  });

  it('asks GetSymlink only for ambiguous errors, and rethrows a bare 400 that is no link', async () => {
    const link = probe('oss', { status: 404 }, { status: 200, headers: { 'x-oss-symlink-target': 't' } });
    expect(await link.c.objectType('b', 'k')).toBe('Symlink');
    const notLink = probe('bos', { status: 400 }, { status: 400, body: '{"code":"NotSymlink","message":"m"}' });
    await expect(notLink.c.objectType('b', 'k')).rejects.toMatchObject({ status: 400 });
    const denied = probe('oss', { status: 403, headers: ossErr('AccessDenied') });
    await expect(denied.c.objectType('b', 'k')).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(denied.methods()).toEqual(['HEAD']);
  });
});
