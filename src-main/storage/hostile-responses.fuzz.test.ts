// Property: whatever body a server (or something pretending to be one) answers with, the OSS and
// BOS clients either return a value or fail with a StorageError that maps to a contract
// ErrorCode, promptly, with no stack or body text in the message the user would see.
// Seeded and bounded: the same bodies every run; a failure prints its seed and counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson, hostileXml } from '../../emulator/test-hostile-bodies';
import { toAppError } from '../errors';
import { ErrorCode } from '../ipc/contract';
import { createBosClient } from './bos/client';
import { StorageError } from './errors';
import { createOssClient } from './oss/client';
import { stubTransport } from './testing/stub-transport';
import type { ClientConfig, StorageClient } from './types';

const SECRET = 'fuzz-secret-Qm93-never-shown';
const base = { region: 'cn-hangzhou', addressing: 'path' as const, accessKeyId: 'AK', accessKeySecret: SECRET, maxRetries: 0, timeoutMs: 2_000 };
const configs: Record<'oss' | 'bos', ClientConfig> = {
  oss: { ...base, provider: 'oss', endpoint: 'http://127.0.0.1:9' },
  bos: { ...base, provider: 'bos', region: 'bj', endpoint: 'http://127.0.0.1:9' },
};

type Op = (c: StorageClient) => Promise<unknown>;
const ops: Record<string, Op> = {
  listObjects: (c) => c.listObjects({ bucket: 'b', prefix: '', delimiter: '/', maxKeys: 100 }),
  listBuckets: (c) => c.listBuckets(),
  deleteMany: (c) => c.deleteMany('b', ['a', 'a\rb', '文件']),
  copy: (c) => c.copy({ bucket: 'b', key: 'k', sourceBucket: 'b', sourceKey: 's' }),
  getSymlink: (c) => c.getSymlink('b', 'k'),
  head: (c) => c.head('b', 'k'),
};

const statuses = fc.constantFrom(200, 200, 200, 206, 400, 403, 404, 409, 500, 503);
const opNames = fc.constantFrom(...Object.keys(ops));
const codes = new Set<string>(ErrorCode.options);

async function outcome(provider: 'oss' | 'bos', op: string, status: number, body: string): Promise<void> {
  const { transport } = stubTransport(() => ({ status, body, headers: { 'content-type': provider === 'oss' ? 'application/xml' : 'application/json', 'x-oss-request-id': 'R', 'x-bce-request-id': 'R' } }));
  const create = provider === 'oss' ? createOssClient : createBosClient;
  const client = create(configs[provider], { transport, sleep: async () => {} });
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hang: ${op}`)), 2_000)));
  try {
    await Promise.race([ops[op]!(client), hang]);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('hang:')) throw error;
    // Typed: a StorageError (never a TypeError/RangeError from deep inside a parser).
    expect(error, `${provider} ${op} ${status}`).toBeInstanceOf(StorageError);
    const app = toAppError(error);
    expect(codes.has(app.code)).toBe(true);
    expect(app.message).not.toMatch(/\n\s+at |\.ts:\d+/);
    expect(JSON.stringify(app)).not.toContain(SECRET);
  } finally {
    clearTimeout(timer);
  }
}

describe('storage clients against hostile response bodies (fast-check, seeded)', () => {
  it('OSS: XML bodies never crash, hang or leak', async () => {
    await fc.assert(
      fc.asyncProperty(opNames, statuses, hostileXml, (op, status, body) => outcome('oss', op, status, body)),
      { seed: 0x5eb0c, numRuns: 500, endOnFailure: true },
    );
  });

  it('BOS: JSON bodies never crash, hang or leak', async () => {
    await fc.assert(
      fc.asyncProperty(opNames, statuses, hostileJson, (op, status, body) => outcome('bos', op, status, body)),
      { seed: 0xb05, numRuns: 500, endOnFailure: true },
    );
  });

  it('both: the other format (XML to BOS, JSON to OSS) is a typed error too', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), opNames, statuses, fc.oneof(hostileXml, hostileJson), (oss, op, status, body) => outcome(oss ? 'oss' : 'bos', op, status, body)),
      { seed: 0xc4055, numRuns: 300, endOnFailure: true },
    );
  });
});
