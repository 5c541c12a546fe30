import { describe, expect, it } from 'vitest';
import { AppFailure } from '../errors';
import { StorageError } from '../storage/errors';
import type { Provider } from '../storage/types';
import { createLinksService } from './create-links-service';
import { createFakeStorageClient, type FakeOptions, type FakeStorageClient } from './testing/fake-storage-client';

function setup(provider: Provider, extra: Partial<FakeOptions> & { concurrency?: number } = {}) {
  const client = createFakeStorageClient({ provider, buckets: [{ name: 'b' }, { name: 'other' }], ...extra });
  const service = createLinksService({ clientFor: async () => client, ...(extra.concurrency && { concurrency: extra.concurrency }) });
  return { client, service };
}

async function rowsOf(client: FakeStorageClient, bucket = 'b') {
  const page = await client.listObjects({ bucket });
  client.calls.length = 0;
  return page.objects.map(({ key, etag, kind }) => ({ key, etag, kind }));
}

describe('links.resolve', () => {
  it('gives OSS link rows their target and state: ok, broken, chain, forbidden', async () => {
    const { client, service } = setup('oss');
    client.putObject('b', 'file.txt');
    client.putObject('b', 'secret.txt');
    client.forbid('b', 'secret.txt');
    client.link('b', 'ok', 'file.txt');
    client.link('b', 'broken', 'missing.txt');
    client.link('b', 'chain', 'ok');
    client.link('b', 'forbidden', 'secret.txt');
    const infos = await service.resolve('p', 'b', await rowsOf(client));
    const byKey = Object.fromEntries(infos.map((i) => [i.key, i]));
    expect(byKey.ok).toEqual({ key: 'ok', isLink: true, target: 'file.txt', crossBucket: false, state: 'ok' });
    expect(byKey.broken!.state).toBe('broken');
    expect(byKey.chain!.state).toBe('chain');
    expect(byKey.forbidden!.state).toBe('forbidden');
    expect(byKey['file.txt']).toEqual({ key: 'file.txt', isLink: false, crossBucket: false, state: 'unknown' });
    // OSS listings type their rows: plain objects cost no request.
    expect(client.calls.filter((c) => c.key === 'file.txt' && c.method !== 'objectType')).toEqual([]);
  });

  it('detects links among BOS plain rows with HEAD and reports cross-bucket targets', async () => {
    const { client, service } = setup('bos');
    client.putObject('b', 'plain.txt');
    client.putObject('other', 'far.txt');
    client.link('b', 'cross', 'far.txt', 'other');
    client.link('b', 'broken', 'gone.txt');
    const rows = await rowsOf(client);
    expect(rows.every((r) => r.kind === 'object')).toBe(true);
    const infos = await service.resolve('p', 'b', rows);
    expect(infos).toEqual([
      { key: 'broken', isLink: true, target: 'gone.txt', crossBucket: false, state: 'broken' },
      { key: 'cross', isLink: true, target: 'far.txt', targetBucket: 'other', crossBucket: true, state: 'ok' },
      { key: 'plain.txt', isLink: false, crossBucket: false, state: 'unknown' },
    ]);
    // One HEAD per listed row (its type, size and ETag), GetSymlink only for the links.
    expect(client.count('head')).toBe(3);
    expect(client.count('getSymlink')).toBe(2);
  });

  it('returns folders as non-links without any request', async () => {
    const { client, service } = setup('bos');
    await expect(service.resolve('p', 'b', [{ key: 'dir/', etag: '', kind: 'folder' }])).resolves.toEqual([
      { key: 'dir/', isLink: false, crossBucket: false, state: 'unknown' },
    ]);
    expect(client.calls).toEqual([]);
  });

  it('keeps at most 8 requests in flight by default, and the given cap otherwise', async () => {
    for (const [concurrency, expected] of [[undefined, 8], [3, 3]] as const) {
      const { client, service } = setup('bos', { delayMs: 5, ...(concurrency && { concurrency }) });
      for (let i = 0; i < 40; i++) client.putObject('b', `k${i}`);
      await service.resolve('p', 'b', await rowsOf(client));
      expect(client.maxInFlight).toBe(expected);
    }
  });

  it('dedupes concurrent requests and caches by (profile, bucket, key, etag)', async () => {
    const { client, service } = setup('oss', { delayMs: 2 });
    client.putObject('b', 't');
    client.link('b', 'l', 't');
    const rows = await rowsOf(client);
    await Promise.all([service.resolve('p', 'b', rows), service.resolve('p', 'b', rows)]);
    expect(client.count('getSymlink')).toBe(1);
    expect(client.count('objectType')).toBe(1);
    await service.resolve('p', 'b', rows);
    expect(client.count('getSymlink')).toBe(1);
    // Another profile or another etag is another entry.
    await service.resolve('p2', 'b', rows);
    expect(client.count('getSymlink')).toBe(2);
    await service.resolve('p', 'b', rows.map((r) => ({ ...r, etag: 'changed' })));
    expect(client.count('getSymlink')).toBe(3);
  });

  it('expires cached target states after their time to live', async () => {
    let now = 0;
    const client = createFakeStorageClient({ provider: 'oss' });
    const service = createLinksService({ clientFor: async () => client, stateTtlMs: 1000, now: () => now });
    client.link('b', 'l', 't');
    const rows = await rowsOf(client);
    expect((await service.resolve('p', 'b', rows))[0]!.state).toBe('broken');
    client.putObject('b', 't');
    expect((await service.resolve('p', 'b', rows))[0]!.state).toBe('broken');
    now = 1001;
    expect((await service.resolve('p', 'b', rows))[0]!.state).toBe('ok');
  });

  it('answers unknown for a row that fails alone, but fails the request on auth or network errors', async () => {
    const denied = new StorageError({ code: 'AccessDenied', status: 403, provider: 'oss', message: 'no' });
    const { client, service } = setup('oss', { failWith: (m, _b, k) => (m === 'getSymlink' && k === 'l1' ? denied : undefined) });
    client.link('b', 'l1', 't');
    client.link('b', 'l2', 't');
    const infos = await service.resolve('p', 'b', await rowsOf(client));
    expect(infos.map((i) => [i.key, i.isLink, i.state])).toEqual([
      ['l1', true, 'unknown'],
      ['l2', true, 'broken'],
    ]);

    const badKey = new StorageError({ code: 'SignatureDoesNotMatch', status: 403, provider: 'oss', message: 'no' });
    const failing = setup('oss', { failWith: () => badKey });
    failing.client.link('b', 'l', 't');
    await expect(failing.service.resolve('p', 'b', [{ key: 'l', etag: 'x', kind: 'symlink' }])).rejects.toBe(badKey);
  });

  it('forgets a key once a link is created there', async () => {
    const { client, service } = setup('oss');
    client.putObject('b', 'target');
    client.link('b', 'l', 'target');
    const rows = await rowsOf(client);
    expect((await service.resolve('p', 'b', rows)).find((i) => i.key === 'l')!.state).toBe('ok');
    // 'target' becomes a link: links to it are now chains.
    await service.createLink({ profileId: 'p', bucket: 'b', key: 'target', target: 'elsewhere', overwrite: true });
    expect((await service.resolve('p', 'b', rows)).find((i) => i.key === 'l')!.state).toBe('chain');
  });
});

describe('links.createLink', () => {
  const input = { profileId: 'p', bucket: 'b', key: 'link', target: 'file.txt' };

  it('creates a link and sends forbid-overwrite unless overwriting', async () => {
    const { client, service } = setup('bos');
    client.putObject('b', 'file.txt');
    await expect(service.createLink({ ...input, meta: { a: '1' }, storageClass: 'cold' })).resolves.toEqual({ status: 'created', key: 'link' });
    expect(client.putSymlinkInputs[0]).toMatchObject({ bucket: 'b', key: 'link', target: 'file.txt', forbidOverwrite: true, meta: { a: '1' }, storageClass: 'COLD' });
    expect(client.bucket('b').get('link')).toMatchObject({ kind: 'symlink', target: 'file.txt' });
  });

  it('reports an existing object without replacing it: the guarded write is refused, for both providers', async () => {
    for (const provider of ['oss', 'bos'] as const) {
      const { client, service } = setup(provider);
      client.putObject('b', 'file.txt');
      client.putObject('b', 'link', 123);
      const result = await service.createLink(input);
      expect(result).toMatchObject({ status: 'exists', key: 'link', existing: { key: 'link', kind: 'object', size: 123 } });
      expect(client.putSymlinkInputs).toMatchObject([{ key: 'link', forbidOverwrite: true }]);
      expect(client.bucket('b').get('link')).toMatchObject({ kind: 'object', size: 123 });
    }
  });

  it('costs two requests for a new link: the target check and the guarded write (no HEAD first)', async () => {
    for (const provider of ['oss', 'bos'] as const) {
      const { client, service } = setup(provider);
      client.putObject('b', 'file.txt');
      await service.createLink(input); // the bucket class is listed once and cached
      client.calls.length = 0;
      await expect(service.createLink({ ...input, key: 'link2' })).resolves.toEqual({ status: 'created', key: 'link2' });
      expect(client.calls.map((c) => `${c.method} ${c.key}`)).toEqual(['objectType file.txt', 'putSymlink link2']);
    }
  });

  it('reports created when a retried guarded write meets the link its lost first attempt wrote', async () => {
    const retriedConflict = (attempts: number) => Object.assign(new StorageError({ code: 'FileAlreadyExists', status: 409, provider: 'oss', message: 'exists' }), { attempts });
    for (const [attempts, target, expected] of [[2, 'file.txt', 'created'], [2, 'other.txt', 'exists'], [1, 'file.txt', 'exists']] as const) {
      const { client, service } = setup('oss', {
        failWith: (m, _b, k) => {
          if (m !== 'putSymlink' || k !== 'link') return undefined;
          client.link('b', 'link', target); // what the first attempt (or someone else) wrote
          return retriedConflict(attempts);
        },
      });
      client.putObject('b', 'file.txt');
      await expect(service.createLink(input)).resolves.toMatchObject({ status: expected, key: 'link' });
    }
  });

  it('describes an existing link, even a broken one, with its target', async () => {
    const { client, service } = setup('oss');
    client.putObject('b', 'file.txt');
    client.link('b', 'link', 'gone');
    await expect(service.createLink(input)).resolves.toMatchObject({ status: 'exists', existing: { kind: 'symlink', target: 'gone' } });
  });

  it('overwrites when asked, without forbid-overwrite', async () => {
    const { client, service } = setup('oss');
    client.putObject('b', 'file.txt');
    client.putObject('b', 'link');
    await expect(service.createLink({ ...input, overwrite: true })).resolves.toEqual({ status: 'created', key: 'link' });
    expect(client.putSymlinkInputs[0]!.forbidOverwrite).toBe(false);
    expect(client.count('head')).toBe(0);
  });

  it('maps a FileAlreadyExists answer to exists, describing what is there', async () => {
    let raced = false;
    const { client, service } = setup('bos', {
      failWith: (method) => {
        if (method === 'putSymlink' && !raced) {
          raced = true;
          client.putObject('b', 'link', 7);
        }
        return undefined;
      },
    });
    client.putObject('b', 'file.txt');
    await expect(service.createLink(input)).resolves.toMatchObject({ status: 'exists', existing: { kind: 'object', size: 7 } });
  });

  it('refuses a link to a link unless allowChain, and allows a link to a missing target', async () => {
    const { client, service } = setup('oss');
    client.link('b', 'file.txt', 'x');
    await expect(service.createLink(input)).rejects.toMatchObject({ code: 'INVALID_TARGET' });
    expect(client.count('putSymlink')).toBe(0);
    await expect(service.createLink({ ...input, allowChain: true })).resolves.toMatchObject({ status: 'created' });
    await expect(service.createLink({ ...input, key: 'link2', target: 'nothing-here' })).resolves.toMatchObject({ status: 'created' });
  });

  it('refuses a link in an OSS Archive bucket before sending anything', async () => {
    const { client, service } = setup('oss', { buckets: [{ name: 'b', storageClass: 'Archive' }] });
    await expect(service.createLink(input)).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    expect(client.count('putSymlink')).toBe(0);
  });

  it('passes the bucket class check when the key may not list buckets', async () => {
    const denied = new StorageError({ code: 'AccessDenied', status: 403, provider: 'oss', message: 'no' });
    const { client, service } = setup('oss', { failWith: (m) => (m === 'listBuckets' ? denied : undefined) });
    client.putObject('b', 'file.txt');
    await expect(service.createLink(input)).resolves.toMatchObject({ status: 'created' });
  });

  it('rejects invalid requests before any request: OSS target bucket, meta too large, BOS ARCHIVE class', async () => {
    const oss = setup('oss');
    await expect(oss.service.createLink({ ...input, targetBucket: 'other' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(oss.service.createLink({ ...input, meta: { k: 'v'.repeat(9000) } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(oss.client.calls).toEqual([]);
    const bos = setup('bos');
    await expect(bos.service.createLink({ ...input, storageClass: 'ARCHIVE' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(bos.service.createLink({ ...input, meta: { k: 'v'.repeat(2100) } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(bos.client.calls).toEqual([]);
  });

  it('creates a BOS cross-bucket link and checks the target in its own bucket', async () => {
    const { client, service } = setup('bos');
    client.link('other', 'file.txt', 'x');
    await expect(service.createLink({ ...input, targetBucket: 'other' })).rejects.toMatchObject({ code: 'INVALID_TARGET' });
    client.putObject('other', 'file.txt');
    await expect(service.createLink({ ...input, targetBucket: 'other' })).resolves.toMatchObject({ status: 'created' });
    expect(client.putSymlinkInputs.at(-1)).toMatchObject({ targetBucket: 'other' });
  });
});

describe('links.createLinks', () => {
  it('returns one result per item: created, skipped-exists and failed', async () => {
    const { client, service } = setup('oss');
    client.putObject('b', 'a.txt');
    client.putObject('b', 'link-b');
    const results = await service.createLinks('p', 'b', [
      { key: 'link-a', target: 'a.txt' },
      { key: 'link-b', target: 'a.txt' },
      { key: 'link-c', target: 'link-c' },
    ]);
    expect(results).toEqual([
      { key: 'link-a', target: 'a.txt', status: 'created' },
      { key: 'link-b', target: 'a.txt', status: 'skipped-exists' },
      { key: 'link-c', target: 'link-c', status: 'failed', error: expect.objectContaining({ code: 'INVALID_TARGET' }) },
    ]);
  });

  it('overwrites every item when asked and maps storage errors per item', async () => {
    const boom = new StorageError({ code: 'InternalError', status: 500, provider: 'bos', message: 'x' });
    const { client, service } = setup('bos', { failWith: (m, _b, k) => (m === 'putSymlink' && k === 'l2' ? boom : undefined) });
    client.putObject('b', 'l1');
    const results = await service.createLinks('p', 'b', [{ key: 'l1', target: 't' }, { key: 'l2', target: 't' }], true);
    expect(results.map((r) => [r.status, r.error?.code])).toEqual([
      ['created', undefined],
      ['failed', 'SERVER_ERROR'],
    ]);
  });

  it('checks each distinct target once and writes each link with one request', async () => {
    const { client, service } = setup('bos', { delayMs: 1 });
    client.putObject('b', 't1');
    client.putObject('b', 't2');
    client.putObject('b', 'l3');
    await service.createLinks('p', 'b', [{ key: 'warm', target: 't1' }]);
    client.calls.length = 0;
    const items = Array.from({ length: 20 }, (_, i) => ({ key: `l${i}`, target: i % 2 ? 't1' : 't2' }));
    const results = await service.createLinks('p', 'b', items);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(19);
    expect(results.find((r) => r.key === 'l3')?.status).toBe('skipped-exists');
    expect(client.count('objectType')).toBe(2);
    expect(client.count('putSymlink')).toBe(20);
    expect(client.count('head')).toBe(1); // only the conflict on l3 looks at what is there
  });

  it('keeps the concurrency cap with many items', async () => {
    const { client, service } = setup('oss', { delayMs: 3, concurrency: 4 });
    client.putObject('b', 't');
    const items = Array.from({ length: 30 }, (_, i) => ({ key: `l${i}`, target: 't' }));
    const results = await service.createLinks('p', 'b', items);
    expect(results.every((r) => r.status === 'created')).toBe(true);
    expect(client.maxInFlight).toBeLessThanOrEqual(4);
  });
});

describe('links.followLink', () => {
  it('returns the target, its folder and state, across buckets on BOS', async () => {
    const { client, service } = setup('bos');
    client.putObject('other', 'photos/2024/a.jpg');
    client.link('b', 'l', 'photos/2024/a.jpg', 'other');
    await expect(service.followLink('p', 'b', 'l')).resolves.toEqual({ bucket: 'other', key: 'photos/2024/a.jpg', parentPrefix: 'photos/2024/', state: 'ok' });
  });

  it('reports a broken link and a root-level target', async () => {
    const { client, service } = setup('oss');
    client.link('b', 'l', 'gone.txt');
    await expect(service.followLink('p', 'b', 'l')).resolves.toEqual({ bucket: 'b', key: 'gone.txt', parentPrefix: '', state: 'broken' });
  });

  it('fails with NOT_SYMLINK for a plain object', async () => {
    const { client, service } = setup('oss');
    client.putObject('b', 'plain');
    await expect(service.followLink('p', 'b', 'plain')).rejects.toMatchObject({ code: 'NOT_SYMLINK' });
  });
});

describe('links.scanLinks', () => {
  it('walks every page under the prefix, counts each link by state and keeps only the problem ones', async () => {
    const { client, service } = setup('bos', { pageSize: 10 });
    for (let i = 0; i < 25; i++) client.putObject('b', `dir/sub/f${String(i).padStart(2, '0')}`);
    client.link('b', 'dir/l-ok', 'dir/sub/f00');
    client.link('b', 'dir/sub/l-broken', 'nope');
    client.link('b', 'outside', 'dir/sub/f00');
    const progress: { scanned: number; linksFound: number }[] = [];
    const seen: string[] = [];
    const report = await service.scanLinks('p', 'b', 'dir/', { onProgress: (p) => progress.push(p), onLinks: (page) => seen.push(...page.map((l) => l.key)) });
    expect(report.cancelled).toBe(false);
    expect(report.scanned).toBe(27);
    expect(report.counts).toEqual({ ok: 1, broken: 1, chain: 0, forbidden: 0, unknown: 0 });
    expect(report.problems.map((l) => [l.key, l.state])).toEqual([['dir/sub/l-broken', 'broken']]);
    expect(seen).toEqual(['dir/l-ok', 'dir/sub/l-broken']);
    expect(progress.map((p) => p.scanned)).toEqual([10, 20, 27]);
    expect(progress.at(-1)!.linksFound).toBe(2);
  });

  it('stops when the signal aborts and reports what it found', async () => {
    const { client, service } = setup('oss', { pageSize: 5 });
    for (let i = 0; i < 50; i++) client.link('b', `l${String(i).padStart(2, '0')}`, 'x');
    const controller = new AbortController();
    const report = await service.scanLinks('p', 'b', '', {
      signal: controller.signal,
      onProgress: (p) => p.scanned >= 10 && controller.abort(),
    });
    expect(report.cancelled).toBe(true);
    expect(report.scanned).toBe(10);
    expect(report.counts.broken).toBe(10);
    expect(report.problems).toHaveLength(10);
    expect(client.count('listObjects')).toBe(2);
  });

  it('returns at once for an already aborted signal, and rethrows real failures', async () => {
    const { client, service } = setup('oss');
    await expect(service.scanLinks('p', 'b', '', { signal: AbortSignal.abort() })).resolves.toEqual({ scanned: 0, counts: { ok: 0, broken: 0, chain: 0, forbidden: 0, unknown: 0 }, problems: [], cancelled: true });
    expect(client.calls).toEqual([]);
    await expect(service.scanLinks('p', 'missing-bucket', '')).rejects.toMatchObject({ code: 'NoSuchBucket' });
  });
});

describe('links.resolve with cancellation', () => {
  it('does not fail a caller whose shared request was cancelled by another caller', async () => {
    const { client, service } = setup('bos', { delayMs: 5 });
    client.putObject('b', 't');
    client.link('b', 'l', 't');
    const rows = await rowsOf(client);
    const controller = new AbortController();
    const cancelled = service.resolve('p', 'b', rows, controller.signal);
    const other = service.resolve('p', 'b', rows);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    await expect(other).resolves.toEqual([
      { key: 'l', isLink: true, target: 't', crossBucket: false, state: 'ok' },
      { key: 't', isLink: false, crossBucket: false, state: 'unknown' },
    ]);
  });
});

describe('links: target bucket unknown to the profile', () => {
  it('reports a link into a bucket no client owns as broken, and follows it', async () => {
    const client = createFakeStorageClient({ provider: 'bos' });
    const clientFor = async (_p: string, bucket: string) => {
      if (bucket === 'ghost') throw new AppFailure('NOT_FOUND', 'no such bucket');
      return client;
    };
    const service = createLinksService({ clientFor });
    client.link('b', 'l', 'x', 'ghost');
    await expect(service.resolve('p', 'b', await rowsOf(client))).resolves.toEqual([
      { key: 'l', isLink: true, target: 'x', targetBucket: 'ghost', crossBucket: true, state: 'broken' },
    ]);
    await expect(service.followLink('p', 'b', 'l')).resolves.toEqual({ bucket: 'ghost', key: 'x', parentPrefix: '', state: 'broken' });
  });
});
