// The composition root on plain Node against the real emulator: no stubs anywhere.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index';
import { DEMO_LINKS } from '../emulator/seed-demo';
import { createAppCore, type AppCore } from './app-core';
import { DEMO_STORAGE_DIR } from './demo/demo-storage';
import { ROW_KINDS, type BucketDto, type EventName, type FollowResult, type ObjectPage, type ProfileDto, type Result } from './ipc/contract';
import { createMemoryCipher } from './profiles/memory-cipher';
import { pageColumns } from '../src-renderer/features/browser/page-columns';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'app-core-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const parentOf = (key: string) => key.slice(0, key.lastIndexOf('/') + 1);

describe('createAppCore with the embedded demo emulator', () => {
  let core: AppCore;
  let userDataDir: string;
  const events: Array<{ event: EventName; payload: unknown }> = [];
  const opened: string[] = [];

  beforeAll(async () => {
    userDataDir = await tempDir();
    core = await createAppCore({
      userDataDir,
      cipher: createMemoryCipher(),
      host: 'browser',
      locale: 'zh-CN',
      openExternal: async (url) => void opened.push(url),
      logError: () => {},
    });
    core.router.subscribe((event, payload) => events.push({ event, payload }));
  });
  afterAll(() => core?.close());
  afterEach(() => void events.splice(0));

  it('reports the host and locale', async () => {
    const info = value<{ host: string; locale: string; version: string }>(await core.router.invoke('app.info', undefined));
    expect(info).toMatchObject({ host: 'browser', locale: 'zh-CN' });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists the local-demo profile first, without any secret', async () => {
    const profiles = value<ProfileDto[]>(await core.router.invoke('profiles.list', undefined));
    expect(profiles.map((p) => p.id)).toContain('local-demo');
    expect(profiles.find((p) => p.id === 'local-demo')).toMatchObject({ provider: 'local-demo', hasSecret: true });
    for (const profile of profiles) expect(Object.keys(profile)).not.toEqual(expect.arrayContaining(['accessKeySecret']));
    expect(JSON.stringify(profiles)).not.toMatch(/accessKeySecret|securityToken/);
  });

  it('lists the demo OSS and BOS buckets together, each with its provider', async () => {
    const buckets = value<BucketDto[]>(await core.router.invoke('buckets.list', { profileId: 'local-demo' }));
    const byName = new Map(buckets.map((b) => [b.name, b.provider]));
    expect(byName.get('demo-oss')).toBe('oss');
    expect(byName.get('demo-bos')).toBe('bos');
    expect(byName.get('demo-bos-media')).toBe('bos');
  });

  it('lists a folder with folders and links as rows', async () => {
    const page = value<ObjectPage>(await core.router.invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss', prefix: '' }));
    const kinds = new Map(pageColumns(page).names.map((name, i) => [name, ROW_KINDS[page.kinds[i]!]]));
    expect(kinds.get('docs/')).toBe('folder');
    const rootLink = DEMO_LINKS.find((l) => l.bucket === 'demo-oss' && !l.key.includes('/'))!;
    expect(kinds.get(rootLink.key)).toBe('symlink');
  });

  it('pages a listing with a cursor', async () => {
    const first = value<ObjectPage>(await core.router.invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss', prefix: '', delimiter: '', maxKeys: 5 }));
    expect(pageColumns(first).names).toHaveLength(5);
    expect(first.nextCursor).toBeDefined();
    const second = value<ObjectPage>(
      await core.router.invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss', prefix: '', delimiter: '', maxKeys: 5, cursor: first.nextCursor }),
    );
    expect(pageColumns(second).names[0]! > pageColumns(first).names[4]!).toBe(true);
  });

  it('follows every healthy demo link to its target folder, incl. the BOS cross-bucket ones', async () => {
    for (const link of DEMO_LINKS.filter((l) => l.state === 'ok')) {
      const followed = value<FollowResult>(await core.router.invoke('links.follow', { profileId: 'local-demo', bucket: link.bucket, key: link.key }));
      expect(followed, link.key).toEqual({ bucket: link.targetBucket ?? link.bucket, key: link.target, parentPrefix: parentOf(link.target), state: 'ok' });
    }
  });

  it('reports a broken link as broken when following it', async () => {
    const broken = DEMO_LINKS.find((l) => l.state === 'broken' && l.provider === 'oss')!;
    const followed = value<FollowResult>(await core.router.invoke('links.follow', { profileId: 'local-demo', bucket: broken.bucket, key: broken.key }));
    expect(followed).toMatchObject({ key: broken.target, state: 'broken' });
  });

  it('refuses to follow a plain object with NOT_SYMLINK', async () => {
    const result = await core.router.invoke('links.follow', { profileId: 'local-demo', bucket: 'demo-oss', key: 'readme.txt' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SYMLINK' } });
  });

  it('creates a link, announces the changed folder, and refuses to overwrite it without asking', async () => {
    const input = { profileId: 'local-demo', bucket: 'demo-oss', key: 'tests/new-link.txt', target: 'readme.txt' };
    expect(value(await core.router.invoke('links.create', input))).toEqual({ status: 'created', key: input.key });
    expect(events).toContainEqual({ event: 'objects.changed', payload: { profileId: 'local-demo', bucket: 'demo-oss', prefix: 'tests/' } });
    expect(value(await core.router.invoke('links.create', input))).toMatchObject({ status: 'exists', key: input.key });
    const followed = value<FollowResult>(await core.router.invoke('links.follow', { profileId: 'local-demo', bucket: 'demo-oss', key: input.key }));
    expect(followed).toMatchObject({ key: 'readme.txt', state: 'ok' });
  });

  it('creates a BOS cross-bucket link', async () => {
    const input = { profileId: 'local-demo', bucket: 'demo-bos', key: 'tests/cross.mp4', target: 'videos/intro.mp4', targetBucket: 'demo-bos-media' };
    expect(value(await core.router.invoke('links.create', input))).toEqual({ status: 'created', key: input.key });
    const followed = value<FollowResult>(await core.router.invoke('links.follow', { profileId: 'local-demo', bucket: 'demo-bos', key: input.key }));
    expect(followed).toEqual({ bucket: 'demo-bos-media', key: 'videos/intro.mp4', parentPrefix: 'videos/', state: 'ok' });
  });

  it('deletes objects and announces the folder', async () => {
    await core.router.invoke('links.create', { profileId: 'local-demo', bucket: 'demo-oss', key: 'tests/to-delete.txt', target: 'readme.txt' });
    events.splice(0);
    const result = value<{ deleted: number; failed: unknown[]; cancelled: boolean }>(
      await core.router.invoke('ops.delete', { profileId: 'local-demo', bucket: 'demo-oss', keys: ['tests/to-delete.txt'], opId: 'delete-1' }),
    );
    expect(result).toEqual({ deleted: 1, failed: [], cancelled: false });
    expect(events.map((e) => e.event)).toContain('objects.changed');
  });

  it('scans links with progress events under an operation id', async () => {
    const report = value<{ scanned: number; counts: Record<string, number>; problems: Array<{ key: string; state: string }>; cancelled: boolean }>(
      await core.router.invoke('links.scan', { profileId: 'local-demo', bucket: 'demo-bos', prefix: '', opId: 'scan-1' }),
    );
    const seeded = DEMO_LINKS.filter((l) => l.bucket === 'demo-bos');
    const seededProblems = seeded.filter((l) => l.state !== 'ok').map((l) => l.key);
    expect(report.cancelled).toBe(false);
    expect(seededProblems.length).toBeGreaterThan(0);
    expect(report.problems.map((l) => l.key)).toEqual(expect.arrayContaining(seededProblems));
    expect(report.problems.every((l) => l.state !== 'ok')).toBe(true); // ok links are counted, not kept
    expect(report.counts.ok).toBeGreaterThanOrEqual(seeded.length - seededProblems.length);
    const progress = events.filter((e) => e.event === 'links.scanProgress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.payload).toMatchObject({ opId: 'scan-1', scanned: report.scanned });
  });

  it('cancels a running scan through ops.cancel', async () => {
    const scan = core.router.invoke('links.scan', { profileId: 'local-demo', bucket: 'demo-oss', prefix: '', opId: 'scan-2' });
    expect(value(await core.router.invoke('ops.cancel', { opId: 'scan-2' }))).toBeNull();
    const report = value<{ cancelled: boolean }>(await scan);
    expect(report.cancelled).toBe(true);
  });

  it('saves a profile, emits profiles.changed without the secret, and removes it', async () => {
    const secret = 'never-in-the-renderer-123';
    const saved = value<ProfileDto>(
      await core.router.invoke('profiles.save', { name: 'Mine', provider: 'oss', region: 'cn-hangzhou', accessKeyId: 'AKID', accessKeySecret: secret }),
    );
    expect(saved).toMatchObject({ name: 'Mine', hasSecret: true });
    const changed = events.find((e) => e.event === 'profiles.changed');
    expect((changed?.payload as { profiles: ProfileDto[] }).profiles.map((p) => p.id)).toContain(saved.id);
    expect(JSON.stringify(events)).not.toContain(secret);
    expect(value(await core.router.invoke('profiles.remove', { id: saved.id }))).toBeNull();
    expect(value<ProfileDto[]>(await core.router.invoke('profiles.list', undefined)).map((p) => p.id)).not.toContain(saved.id);
  });

  it('tests the demo connection', async () => {
    const test = value<{ bucketCount: number }>(await core.router.invoke('profiles.test', { id: 'local-demo' }));
    expect(test.bucketCount).toBeGreaterThanOrEqual(3);
  });

  it('opens only http(s) URLs externally', async () => {
    expect(value(await core.router.invoke('app.openExternal', { url: 'https://example.com/docs' }))).toBeNull();
    expect(opened).toEqual(['https://example.com/docs']);
    const refused = await core.router.invoke('app.openExternal', { url: 'file:///etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(opened).toHaveLength(1);
  });

  it('keeps demo edits in userData across restarts', async () => {
    const key = 'tests/persisted-link.txt';
    value(await core.router.invoke('links.create', { profileId: 'local-demo', bucket: 'demo-oss', key, target: 'readme.txt' }));
    expect(existsSync(path.join(userDataDir, DEMO_STORAGE_DIR))).toBe(true);
    await core.close();
    core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', logError: () => {} });
    const followed = value<FollowResult>(await core.router.invoke('links.follow', { profileId: 'local-demo', bucket: 'demo-oss', key }));
    expect(followed).toMatchObject({ bucket: 'demo-oss', key: 'readme.txt', state: 'ok' });
  });
});

describe('createAppCore with an external emulator', () => {
  let emulator: RunningEmulator;
  let core: AppCore;
  let userDataDir: string;

  beforeAll(async () => {
    emulator = await startEmulator({ seed: 'demo' });
    userDataDir = await tempDir();
    const { oss, bos, accessKeyId, accessKeySecret } = emulator;
    core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'electron', emulator: { oss, bos, accessKeyId, accessKeySecret } });
  });
  afterAll(async () => {
    await core?.close();
    await emulator?.close();
  });

  it('points the local-demo profile at that emulator and starts no embedded one', async () => {
    const profiles = value<ProfileDto[]>(await core.router.invoke('profiles.list', undefined));
    expect(profiles.find((p) => p.id === 'local-demo')?.endpoint).toBe(emulator.oss);
    const buckets = value<BucketDto[]>(await core.router.invoke('buckets.list', { profileId: 'local-demo' }));
    expect(buckets.map((b) => b.name)).toEqual(expect.arrayContaining(['demo-oss', 'demo-bos']));
    expect(existsSync(path.join(userDataDir, DEMO_STORAGE_DIR))).toBe(false);
  });

  it('writes through to the external emulator', async () => {
    await core.router.invoke('links.create', { profileId: 'local-demo', bucket: 'demo-oss', key: 'external/link.txt', target: 'readme.txt' });
    const page = value<ObjectPage>(await core.router.invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss', prefix: 'external/' }));
    expect(pageColumns(page).names.map((name) => page.prefix + name)).toEqual(['external/link.txt']);
  });

  it('never returns the secret through any channel', async () => {
    const results = await Promise.all([
      core.router.invoke('profiles.list', undefined),
      core.router.invoke('app.info', undefined),
      core.router.invoke('vault.status', undefined),
      core.router.invoke('buckets.list', { profileId: 'local-demo' }),
    ]);
    expect(JSON.stringify(results)).not.toContain(emulator.accessKeySecret);
  });
});

describe('createAppCore failing half-way', () => {
  const listeningServers = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;

  it('stops the embedded emulator again when wiring fails after it started', async () => {
    const userDataDir = await tempDir();
    // An unreadable profiles.json no longer stops the core (see app-core-store-recovery): fail
    // the wiring itself instead, after the demo emulator is listening.
    const options = { userDataDir, host: 'browser' as const } as Parameters<typeof createAppCore>[0];
    Object.defineProperty(options, 'cipher', { enumerable: true, get: () => { throw new Error('no cipher'); } });
    const before = listeningServers();
    await expect(createAppCore(options)).rejects.toThrow('no cipher');
    // Handles go away just after close() settles.
    await vi.waitFor(() => expect(listeningServers()).toBe(before), { timeout: 3_000 });
  });
});

describe('createAppCore when the embedded demo storage cannot start', () => {
  it('starts anyway: the demo profile answers DEMO_UNAVAILABLE, the rest works, and Retry starts the storage once the disk is usable', async () => {
    const userDataDir = await tempDir();
    // A file where the demo data folder must be: the emulator cannot create its journal.
    const blocker = path.join(userDataDir, DEMO_STORAGE_DIR);
    await writeFile(blocker, 'not a folder');
    const logged: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((message: string) => void logged.push(message));
    const core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', logError: () => {} });
    try {
      expect(logged.join('\n')).toMatch(/\[demo\] the local demo storage could not start/);
      const profiles = value<ProfileDto[]>(await core.router.invoke('profiles.list', undefined));
      expect(profiles.map((p) => p.id)).toContain('local-demo');
      const failed = await core.router.invoke('buckets.list', { profileId: 'local-demo' });
      expect(failed).toMatchObject({ ok: false, error: { code: 'DEMO_UNAVAILABLE' } });
      await expect(core.router.invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss' })).resolves.toMatchObject({ ok: false, error: { code: 'DEMO_UNAVAILABLE' } });
      expect((await core.router.invoke('app.info', undefined)).ok).toBe(true);
      expect((await core.router.invoke('vault.status', undefined)).ok).toBe(true);

      await rm(blocker);
      const retried = value<BucketDto[]>(await core.router.invoke('buckets.list', { profileId: 'local-demo' }));
      expect(retried.map((b) => b.name)).toEqual(expect.arrayContaining(['demo-oss', 'demo-bos']));
      expect(existsSync(path.join(userDataDir, DEMO_STORAGE_DIR))).toBe(true);
    } finally {
      warn.mockRestore();
      await core.close();
    }
  });
});
