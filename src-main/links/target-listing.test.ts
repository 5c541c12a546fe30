// createLinks checks many targets of one OSS folder with a listing (issue #10: link writes cost
// one request each, plus a check per distinct target that a listing can make for a whole folder).
import { describe, expect, it } from 'vitest';
import { StorageError } from '../storage/errors';
import type { Provider } from '../storage/types';
import { createLinksService } from './create-links-service';
import { createFakeStorageClient, type FakeOptions } from './testing/fake-storage-client';
import { MIN_LISTED_TARGETS } from './target-listing';

function setup(provider: Provider, extra: Partial<FakeOptions> = {}) {
  const client = createFakeStorageClient({ provider, buckets: [{ name: 'b' }], ...extra });
  return { client, service: createLinksService({ clientFor: async () => client }) };
}

const name = (i: number) => `src/f-${String(i).padStart(3, '0')}.bin`;

describe('createLinks: targets checked by listing their folder', () => {
  it('OSS: one listing instead of a HEAD per target; links, objects and missing targets told apart', async () => {
    const { client, service } = setup('oss');
    for (let i = 0; i < 40; i++) if (i !== 7 && i !== 8) client.putObject('b', name(i));
    client.link('b', name(9), name(0)); // a link: linking to it would chain
    client.putObject('b', 'src/sub/deep.bin'); // a sub-folder's object is no target of ours
    const items = Array.from({ length: 40 }, (_, i) => ({ key: `links/l${i}`, target: name(i) }));
    const results = await service.createLinks('p', 'b', items);
    const status = Object.fromEntries(results.map((r) => [r.key, r.error?.code ?? r.status]));
    expect(status['links/l9']).toBe('INVALID_TARGET');
    expect(status['links/l7']).toBe('created'); // a link to a missing target is allowed, as with HEAD
    expect(results.filter((r) => r.status === 'created')).toHaveLength(39);
    expect(client.count('listObjects')).toBe(1);
    expect(client.count('objectType')).toBe(0);
    expect(client.count('putSymlink')).toBe(39);
  });

  it('OSS: a sparse range stops the listing; the targets it left open get their HEAD', async () => {
    const { client, service } = setup('oss', { pageSize: 20 });
    for (let i = 0; i < 400; i++) client.putObject('b', name(i));
    // 20 targets spread over 400 keys: each 20-key page settles at most two.
    const items = Array.from({ length: 20 }, (_, i) => ({ key: `links/l${i}`, target: name(i * 20) }));
    const results = await service.createLinks('p', 'b', items);
    expect(results.every((r) => r.status === 'created')).toBe(true);
    expect(client.count('listObjects')).toBe(1);
    expect(client.count('objectType')).toBe(19);
  });

  it('OSS: a listing that fails leaves every target to its HEAD, with the same results', async () => {
    const { client, service } = setup('oss', { failWith: (method) => (method === 'listObjects' ? new StorageError({ code: 'AccessDenied', status: 403, provider: 'oss', message: 'no list' }) : undefined) });
    for (let i = 0; i < 20; i++) client.putObject('b', name(i));
    client.link('b', name(3), name(0));
    const results = await service.createLinks('p', 'b', Array.from({ length: 20 }, (_, i) => ({ key: `links/l${i}`, target: name(i) })));
    expect(results.find((r) => r.key === 'links/l3')?.error?.code).toBe('INVALID_TARGET');
    expect(results.filter((r) => r.status === 'created')).toHaveLength(19);
    expect(client.count('objectType')).toBe(20);
  });

  it(`few targets (< ${MIN_LISTED_TARGETS}) or BOS (untyped listings): one check per distinct target, no listing`, async () => {
    for (const [provider, n] of [['oss', MIN_LISTED_TARGETS - 1], ['bos', 30]] as const) {
      const { client, service } = setup(provider);
      for (let i = 0; i < n; i++) client.putObject('b', name(i));
      const results = await service.createLinks('p', 'b', Array.from({ length: n }, (_, i) => ({ key: `links/l${i}`, target: name(i) })));
      expect(results.every((r) => r.status === 'created'), provider).toBe(true);
      expect(client.count('listObjects'), provider).toBe(0);
      expect(client.count('objectType'), provider).toBe(n);
    }
  });
});
