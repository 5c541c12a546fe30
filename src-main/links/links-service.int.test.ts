// The links service against the real emulator through real storage clients, wired the way the
// app wires it: the local demo profile's resolveClient (OSS and BOS behind one profile).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createMemoryCipher } from '../profiles/memory-cipher';
import { createProfilesService, LOCAL_DEMO_ID, type ProfilesService } from '../profiles/create-profiles-service';
import { closeSharedTransport } from '../storage/create-client';
import type { StorageClient } from '../storage/types';
import { createLinksService, type LinksService } from './create-links-service';

const P = LOCAL_DEMO_ID;
let emu: RunningEmulator;
let profiles: ProfilesService;
let links: LinksService;
let oss: StorageClient;
let bos: StorageClient;

beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
  profiles = createProfilesService({ userDataDir: mkdtempSync(join(tmpdir(), 'symbucket-links-int-')), cipher: createMemoryCipher(), demo: emu, env: {} });
  links = createLinksService({ clientFor: (profileId, bucket) => profiles.resolveClient(profileId, bucket) });
  oss = await profiles.resolveClient(P, 'demo-oss');
  bos = await profiles.resolveClient(P, 'demo-bos');
});
afterAll(async () => {
  await closeSharedTransport();
  await emu.close();
});

async function rootRows(client: StorageClient, bucket: string) {
  const page = await client.listObjects({ bucket, delimiter: '/' });
  return [...page.folders, ...page.objects].map(({ key, etag, kind }) => ({ key, etag, kind }));
}

describe('resolve', () => {
  it('OSS: reads link rows from the listing and gives ok, broken and chain states', async () => {
    const rows = await rootRows(oss, 'demo-oss');
    expect(rows.find((r) => r.key === 'latest-report.pdf')?.kind).toBe('symlink');
    const infos = new Map((await links.resolve(P, 'demo-oss', rows)).map((i) => [i.key, i]));
    expect(infos.get('latest-report.pdf')).toEqual({ key: 'latest-report.pdf', isLink: true, target: 'docs/reports/2026/q3.pdf', crossBucket: false, state: 'ok' });
    expect(infos.get('broken-link.txt')).toMatchObject({ isLink: true, target: 'missing/nothing-here.txt', state: 'broken' });
    expect(infos.get('chain-link.pdf')).toMatchObject({ isLink: true, target: 'latest-report.pdf', state: 'chain' });
    expect(infos.get('readme.txt')).toMatchObject({ isLink: false });
    expect(infos.get('docs/')).toMatchObject({ isLink: false });
  });

  it('BOS: detects links among plain rows with HEAD, including a cross-bucket link', async () => {
    const rows = await rootRows(bos, 'demo-bos');
    expect(rows.filter((r) => r.kind === 'symlink')).toEqual([]);
    const infos = new Map((await links.resolve(P, 'demo-bos', rows)).map((i) => [i.key, i]));
    expect(infos.get('latest-report.pdf')).toMatchObject({ isLink: true, state: 'ok', crossBucket: false });
    expect(infos.get('broken-link.txt')).toMatchObject({ isLink: true, state: 'broken' });
    expect(infos.get('chain-link.pdf')).toMatchObject({ isLink: true, state: 'chain' });
    expect(infos.get('intro-video.mp4')).toEqual({ key: 'intro-video.mp4', isLink: true, target: 'videos/intro.mp4', targetBucket: 'demo-bos-media', crossBucket: true, state: 'ok' });
    expect(infos.get('readme.txt')).toMatchObject({ isLink: false });
  });

  // protocol-notes.md: x-bce-object-type on HEAD is third-party knowledge (no SDK fixture);
  // HEAD on a link reports the target's size and ETag, so a row whose HEAD disagrees with its
  // listing entry is asked with GetSymlink even when HEAD names no type.
  it('BOS: still finds links when HEAD says nothing about the type, asking GetSymlink only for rows HEAD disagrees with', async () => {
    const getSymlinkKeys: string[] = [];
    const typeless: StorageClient = {
      ...bos,
      head: async (b, k, signal) => ({ ...(await bos.head(b, k, signal)), objectType: 'Normal' }),
      getSymlink: (b, k, signal) => (getSymlinkKeys.push(k), bos.getSymlink(b, k, signal)),
    };
    const service = createLinksService({ clientFor: async () => typeless });
    const page = await bos.listObjects({ bucket: 'demo-bos', delimiter: '/' });
    const rows = page.objects.map(({ key, etag, kind, size }) => ({ key, etag, kind, size }));
    const infos = new Map((await service.resolve(P, 'demo-bos', rows)).map((i) => [i.key, i]));
    expect(infos.get('latest-report.pdf')).toMatchObject({ isLink: true, target: 'docs/reports/2026/q3.pdf' });
    expect(infos.get('intro-video.mp4')).toMatchObject({ isLink: true, targetBucket: 'demo-bos-media' });
    expect(infos.get('readme.txt')).toMatchObject({ isLink: false });
    expect(getSymlinkKeys).not.toContain('readme.txt');
    expect(getSymlinkKeys).toContain('latest-report.pdf');
  });

  it('BOS: a cross-bucket link whose target bucket lacks the key is broken', async () => {
    await bos.putSymlink({ bucket: 'demo-bos', key: 'int/cross-broken', target: 'videos/none.mp4', targetBucket: 'demo-bos-media' });
    const [info] = await links.resolve(P, 'demo-bos', [{ key: 'int/cross-broken', etag: 'x', kind: 'object' }]);
    expect(info).toMatchObject({ isLink: true, crossBucket: true, targetBucket: 'demo-bos-media', state: 'broken' });
  });
});

describe.each([
  ['oss', 'demo-oss'],
  ['bos', 'demo-bos'],
] as const)('createLink on %s', (provider, bucket) => {
  const key = `int/${provider}/link`;

  it('creates a link that reads through to its target', async () => {
    await expect(links.createLink({ profileId: P, bucket, key, target: 'readme.txt', meta: { purpose: 'test' } })).resolves.toEqual({ status: 'created', key });
    const client = provider === 'oss' ? oss : bos;
    expect(await client.getSymlink(bucket, key)).toMatchObject({ target: 'readme.txt' });
    expect((await client.head(bucket, key)).objectType).toBe('Symlink');
  });

  it('reports the existing link without writing, and replaces it only with overwrite', async () => {
    const existing = await links.createLink({ profileId: P, bucket, key, target: 'index.html' });
    expect(existing).toMatchObject({ status: 'exists', key, existing: { kind: 'symlink', target: 'readme.txt' } });
    const client = provider === 'oss' ? oss : bos;
    expect((await client.getSymlink(bucket, key)).target).toBe('readme.txt');
    await expect(links.createLink({ profileId: P, bucket, key, target: 'index.html', overwrite: true })).resolves.toEqual({ status: 'created', key });
    expect((await client.getSymlink(bucket, key)).target).toBe('index.html');
  });

  it('reports an existing plain object as exists', async () => {
    await expect(links.createLink({ profileId: P, bucket, key: 'readme.txt', target: 'index.html' })).resolves.toMatchObject({
      status: 'exists',
      existing: { kind: 'object', key: 'readme.txt' },
    });
  });

  it('refuses a link to a link unless allowChain', async () => {
    await expect(links.createLink({ profileId: P, bucket, key: `${key}-chain`, target: 'latest-report.pdf' })).rejects.toMatchObject({ code: 'INVALID_TARGET' });
    await expect(links.createLink({ profileId: P, bucket, key: `${key}-chain`, target: 'latest-report.pdf', allowChain: true })).resolves.toMatchObject({ status: 'created' });
  });

  it('makes a link to a new target visible to resolve at once (cache invalidated)', async () => {
    const rows = [{ key, etag: 'same-etag', kind: provider === 'oss' ? ('symlink' as const) : ('object' as const) }];
    expect((await links.resolve(P, bucket, rows))[0]).toMatchObject({ target: 'index.html' });
    await links.createLink({ profileId: P, bucket, key, target: 'docs/guide.md', overwrite: true });
    expect((await links.resolve(P, bucket, rows))[0]).toMatchObject({ target: 'docs/guide.md', state: 'ok' });
  });
});

describe('createLink: provider rules', () => {
  it('OSS: refuses a link in the Archive bucket, and the server agrees', async () => {
    await expect(links.createLink({ profileId: P, bucket: 'demo-archive', key: 'l', target: 'backups/2019/backup-01.tar' })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    await expect(oss.putSymlink({ bucket: 'demo-archive', key: 'l', target: 'x' })).rejects.toMatchObject({ code: 'OperationNotSupported' });
  });

  it('BOS: refuses an ARCHIVE link, and the server agrees', async () => {
    await expect(links.createLink({ profileId: P, bucket: 'demo-bos', key: 'int/arch', target: 'readme.txt', storageClass: 'ARCHIVE' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(bos.putSymlink({ bucket: 'demo-bos', key: 'int/arch', target: 'readme.txt', storageClass: 'ARCHIVE' })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('BOS: too much metadata is refused before sending, and the server agrees', async () => {
    const meta = { big: 'v'.repeat(2100) };
    await expect(links.createLink({ profileId: P, bucket: 'demo-bos', key: 'int/meta', target: 'readme.txt', meta })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(bos.putSymlink({ bucket: 'demo-bos', key: 'int/meta', target: 'readme.txt', meta })).rejects.toMatchObject({ status: 400 });
  });

  it('BOS: creates a cross-bucket link', async () => {
    const result = await links.createLink({ profileId: P, bucket: 'demo-bos', key: 'int/cross', target: 'images/poster.png', targetBucket: 'demo-bos-media' });
    expect(result.status).toBe('created');
    expect(await bos.getSymlink('demo-bos', 'int/cross')).toEqual({ target: 'images/poster.png', targetBucket: 'demo-bos-media' });
  });

  it('OSS: refuses a target bucket', async () => {
    await expect(links.createLink({ profileId: P, bucket: 'demo-oss', key: 'int/x', target: 'readme.txt', targetBucket: 'other' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('OSS: forbid-overwrite also makes this server refuse a conflicting write', async () => {
    await expect(oss.putSymlink({ bucket: 'demo-oss', key: 'readme.txt', target: 'x', forbidOverwrite: true })).rejects.toMatchObject({ code: 'FileAlreadyExists' });
  });

  it.each([
    ['oss', 'demo-oss'],
    ['bos', 'demo-bos'],
  ] as const)('%s: link names and targets with spaces, +, %%, #, ?, CJK and emoji survive the round trip', async (provider, bucket) => {
    const client = provider === 'oss' ? oss : bos;
    const target = 'edge/a b+c%20d#e?f 目录 😀.txt';
    const key = 'edge/link to a b+c%20d#e?f 目录 😀';
    await client.put({ bucket, key: target, body: 'edge' });
    await expect(links.createLink({ profileId: P, bucket, key, target })).resolves.toEqual({ status: 'created', key });
    const [info] = await links.resolve(P, bucket, [{ key, etag: 'e', kind: provider === 'oss' ? 'symlink' : 'object' }]);
    expect(info).toMatchObject({ isLink: true, target, state: 'ok' });
    await expect(links.followLink(P, bucket, key)).resolves.toEqual({ bucket, key: target, parentPrefix: 'edge/', state: 'ok' });
  });

  it('BOS: forbid-overwrite makes the server refuse a conflicting write (the race guard)', async () => {
    await expect(bos.putSymlink({ bucket: 'demo-bos', key: 'readme.txt', target: 'x', forbidOverwrite: true })).rejects.toMatchObject({ code: 'FileAlreadyExists' });
  });
});

describe('createLinks', () => {
  it.each([
    ['oss', 'demo-oss'],
    ['bos', 'demo-bos'],
  ] as const)('%s: three items, one conflict: created, skipped-exists, created', async (provider, bucket) => {
    const results = await links.createLinks(P, bucket, [
      { key: `int/many-${provider}/a`, target: 'readme.txt' },
      { key: 'index.html', target: 'readme.txt' },
      { key: `int/many-${provider}/c`, target: 'docs/guide.md' },
    ]);
    expect(results).toEqual([
      { key: `int/many-${provider}/a`, target: 'readme.txt', status: 'created' },
      { key: 'index.html', target: 'readme.txt', status: 'skipped-exists' },
      { key: `int/many-${provider}/c`, target: 'docs/guide.md', status: 'created' },
    ]);
  });
});

describe('followLink', () => {
  it('BOS: follows a cross-bucket link to its bucket and folder', async () => {
    await expect(links.followLink(P, 'demo-bos', 'intro-video.mp4')).resolves.toEqual({ bucket: 'demo-bos-media', key: 'videos/intro.mp4', parentPrefix: 'videos/', state: 'ok' });
  });

  it('OSS: follows a CJK link, and a broken one', async () => {
    await expect(links.followLink(P, 'demo-oss', '报告/最新.txt')).resolves.toEqual({ bucket: 'demo-oss', key: '报告/季度总结.txt', parentPrefix: '报告/', state: 'ok' });
    await expect(links.followLink(P, 'demo-oss', 'broken-link.txt')).resolves.toMatchObject({ state: 'broken', parentPrefix: 'missing/' });
  });

  it('fails with NotSymlink for a plain object', async () => {
    await expect(links.followLink(P, 'demo-oss', 'readme.txt')).rejects.toMatchObject({ code: 'NOT_SYMLINK' });
  });
});

describe('inspectTarget', () => {
  it.each(['demo-oss', 'demo-bos'])('%s: tells an object, a link (with its target) and a missing key apart', async (bucket) => {
    await expect(links.inspectTarget(P, bucket, 'readme.txt')).resolves.toEqual({ nature: 'object' });
    await expect(links.inspectTarget(P, bucket, 'no/such-object.txt')).resolves.toEqual({ nature: 'missing' });
    const link = await links.inspectTarget(P, bucket, 'latest-report.pdf');
    expect(link.nature).toBe('link');
    expect(link.linkTarget).toMatch(/q3\.pdf$/);
  });
});

describe('scanLinks', () => {
  beforeAll(async () => {
    for (const client of [oss, bos]) {
      const bucket = client === oss ? 'demo-oss' : 'demo-bos';
      await Promise.all(Array.from({ length: 24 }, (_, i) => client.put({ bucket, key: `scan/f${String(i).padStart(2, '0')}.txt`, body: `f${i}` })));
      await client.putSymlink({ bucket, key: 'scan/l-ok', target: 'scan/f00.txt' });
      await client.putSymlink({ bucket, key: 'scan/sub/l-broken', target: 'scan/none.txt' });
      await client.putSymlink({ bucket, key: 'scan/sub/deeper/l-chain', target: 'scan/l-ok' });
    }
  });

  it.each([
    ['oss', 'demo-oss'],
    ['bos', 'demo-bos'],
  ] as const)('%s: counts every link under the prefix, recursively, lists the problem ones, with progress per page', async (_provider, bucket) => {
    const progress: { scanned: number; linksFound: number; problems: number }[] = [];
    const report = await links.scanLinks(P, bucket, 'scan/', { pageSize: 10, onProgress: (p) => progress.push(p) });
    expect(report.cancelled).toBe(false);
    expect(report.scanned).toBe(27);
    expect(report.counts).toEqual({ ok: 1, broken: 1, chain: 1, forbidden: 0, unknown: 0 });
    expect(report.problems.map((l) => [l.key, l.state])).toEqual([
      ['scan/sub/deeper/l-chain', 'chain'],
      ['scan/sub/l-broken', 'broken'],
    ]);
    expect(progress.map((p) => p.scanned)).toEqual([10, 20, 27]);
    expect(progress.map((p) => p.linksFound)).toEqual([0, 0, 3]);
    expect(progress.map((p) => p.problems)).toEqual([0, 0, 2]);
  });

  it('stops at cancellation and says so', async () => {
    const controller = new AbortController();
    const report = await links.scanLinks(P, 'demo-bos', 'scan/', { pageSize: 10, signal: controller.signal, onProgress: () => controller.abort() });
    expect(report).toMatchObject({ scanned: 10, cancelled: true });
  });

  it('a cancel in the middle of a page on a slow server returns promptly, cancelled', async () => {
    // Fresh caches: every BOS row of the page costs a HEAD, each held 1.5 s by the emulator.
    const fresh = createLinksService({ clientFor: (profileId, bucket) => profiles.resolveClient(profileId, bucket) });
    const controller = new AbortController();
    emu.setFaults({ latencyMs: 1500 });
    try {
      const scan = fresh.scanLinks(P, 'demo-bos', 'scan/', { pageSize: 10, signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 2000)); // the listing is back; the page's HEADs are in flight
      const abortedAt = Date.now();
      controller.abort();
      const report = await scan;
      expect(Date.now() - abortedAt).toBeLessThan(500);
      expect(report).toMatchObject({ cancelled: true, scanned: 0, problems: [], counts: { ok: 0, broken: 0, chain: 0 } });
    } finally {
      emu.setFaults({ latencyMs: 0 });
    }
  });

  it('scans the whole demo OSS bucket and finds every seeded link', async () => {
    const seen: string[] = [];
    const report = await links.scanLinks(P, 'demo-oss', '', { onLinks: (page) => seen.push(...page.map((l) => l.key)) });
    const seeded = ['latest-report.pdf', 'broken-link.txt', 'chain-link.pdf', 'photos/cover.jpg', '报告/最新.txt', 'docs/reports/current.pdf'];
    expect(seen).toEqual(expect.arrayContaining(seeded));
    expect(Object.values(report.counts).reduce((n, c) => n + c, 0)).toBe(seen.length);
    expect(report.problems.map((l) => l.key)).toEqual(expect.arrayContaining(['broken-link.txt', 'chain-link.pdf']));
    expect(report.problems.every((l) => l.state !== 'ok')).toBe(true);
    expect(report.scanned).toBeGreaterThan(100);
  });
});
