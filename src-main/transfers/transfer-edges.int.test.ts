// Edge inputs through the whole service (planner, queue, journal) against the emulator: odd
// names, keys beyond 1,024 bytes, missing files, a download directory that cannot be created,
// a file that grows while it uploads, local symlinks (followed; loops skipped), conflicts.
import { appendFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { DEMO_BUCKET, emulatorConfig, useEmulator } from '../storage/testing/emulator-configs';
import type { StorageClient } from '../storage/types';
import type { TransferDto } from '../ipc/contract';
import { MiB } from './part-plan';
import { createTransfersService, type TransfersService } from './transfers-service';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
const bucket = DEMO_BUCKET['oss-v4'];
let dir: string;
let client: StorageClient;
let service: TransfersService;
let saveDirectory: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'symbucket-edges-'));
  client = createStorageClient(emulatorConfig(emu(), 'oss-v4', { maxRetries: 4 }));
  service = createTransfersService({
    userDataDir: join(dir, 'userdata'),
    clientFor: async () => client,
    dialogs: { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => saveDirectory },
    emit: () => {},
  });
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

const target = { profileId: 'p', bucket };
const byName = (name: string): TransferDto | undefined => service.snapshot().items.find((i) => i.name === name);

describe('uploads', () => {
  it('keeps odd names as keys (unicode, spaces, %, +, #) and folder structure', async () => {
    const root = join(dir, 'odd');
    const names = ['a b.txt', '100% done.txt', 'plus+sign.txt', 'hash#tag.txt', '报告 2026.txt', 'empty.txt'];
    await mkdir(join(root, 'sub'), { recursive: true });
    for (const n of names) await writeFile(join(root, 'sub', n), n === 'empty.txt' ? '' : n);
    const r = await service.uploadPaths({ ...target, prefix: 'edges/' }, [root]);
    expect(r).toEqual({ status: 'queued', count: names.length });
    await service.idle();
    for (const n of names) {
      expect(byName(n)?.state).toBe('done');
      expect((await client.head(bucket, `edges/odd/sub/${n}`)).size).toBe(n === 'empty.txt' ? 0 : Buffer.byteLength(n));
    }
  });

  it('fails a key beyond 1,024 bytes and a missing file per item, with a reason', async () => {
    const long = join(dir, `${'l'.repeat(200)}.txt`);
    await writeFile(long, 'x');
    await service.uploadPaths({ ...target, prefix: `${'p/'.repeat(420)}` }, [long, join(dir, 'no-such-file.txt')]);
    await service.idle();
    const tooLong = byName(`${'l'.repeat(200)}.txt`);
    expect([tooLong?.state, tooLong?.error?.code, tooLong?.error?.details?.reason]).toEqual(['failed', 'INVALID_ARGUMENT', 'keyTooLong']);
    const missing = byName('no-such-file.txt');
    expect([missing?.state, missing?.error?.code, missing?.error?.details?.reason]).toEqual(['failed', 'LOCAL_FILE', 'ENOENT']);
  });

  it('follows local symlinks to files and skips a folder loop', async () => {
    const root = join(dir, 'linked');
    await mkdir(join(root, 'real'), { recursive: true });
    await writeFile(join(root, 'real', 'file.txt'), 'real bytes');
    await symlink(join(root, 'real', 'file.txt'), join(root, 'alias.txt'));
    await symlink(root, join(root, 'real', 'loop'));
    const r = await service.uploadPaths({ ...target, prefix: 'links-local/' }, [root]);
    expect(r).toEqual({ status: 'queued', count: 2 });
    await service.idle();
    const alias = await client.get({ bucket, key: 'links-local/linked/alias.txt' });
    expect(Buffer.concat(await alias.body.toArray()).toString()).toBe('real bytes');
  });

  it('asks about existing keys and applies Replace / Skip / Keep both per key', async () => {
    const root = join(dir, 'conflicts');
    await mkdir(root, { recursive: true });
    for (const n of ['r.txt', 's.txt', 'k.txt']) {
      await writeFile(join(root, n), `old ${n}`);
      await client.put({ bucket, key: `conf/${n}`, body: `old ${n}` });
      await writeFile(join(root, n), `new ${n}`);
    }
    const r = await service.uploadPaths({ ...target, prefix: 'conf/' }, ['r.txt', 's.txt', 'k.txt'].map((n) => join(root, n)));
    expect(r.status).toBe('conflicts');
    if (r.status !== 'conflicts') return;
    expect(r.conflicts.map((c) => c.key).sort()).toEqual(['conf/k.txt', 'conf/r.txt', 'conf/s.txt']);
    await service.resolveConflicts(r.planId, { 'conf/r.txt': 'replace', 'conf/s.txt': 'skip', 'conf/k.txt': 'keep-both' });
    await service.idle();
    const text = async (key: string) => Buffer.concat(await (await client.get({ bucket, key })).body.toArray()).toString();
    expect(await text('conf/r.txt')).toBe('new r.txt');
    expect(await text('conf/s.txt')).toBe('old s.txt');
    expect(await text('conf/k.txt')).toBe('old k.txt');
    expect(await text('conf/k (1).txt')).toBe('new k.txt');
  });

  it('fails a file that grows while it uploads and leaves no object', async () => {
    emu().setFaults({ latencyMs: 150 });
    try {
      const path = join(dir, 'growing.bin');
      await writeFile(path, Buffer.alloc(40 * MiB, 3));
      await service.uploadPaths({ ...target, prefix: 'grow/' }, [path]);
      await expect.poll(() => byName('growing.bin')?.transferred ?? 0, { timeout: 20_000, interval: 10 }).toBeGreaterThan(0);
      await appendFile(path, 'more');
      await service.idle();
      const item = byName('growing.bin');
      expect([item?.state, item?.error?.details?.reason]).toEqual(['failed', 'changed']);
      await expect(client.head(bucket, 'grow/growing.bin')).rejects.toMatchObject({ status: 404 });
    } finally {
      emu().setFaults({ latencyMs: 0 });
    }
  }, 60_000);
});

describe('downloads', () => {
  it('a download directory that cannot be created fails the item with a local reason', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    saveDirectory = join(blocker, 'inside');
    await service.download(target, [{ key: 'readme.txt', kind: 'object' }]);
    await service.idle();
    const item = service.snapshot().items.find((i) => i.direction === 'download' && i.localPath.startsWith(blocker));
    expect([item?.state, item?.error?.code, item?.error?.details?.reason]).toEqual(['failed', 'LOCAL_FILE', 'ENOTDIR']);
  });

  it('an Archive object that needs a restore fails with NEEDS_RESTORE and leaves no file', async () => {
    saveDirectory = join(dir, 'archive');
    await service.download({ profileId: 'p', bucket: 'demo-archive' }, [{ key: 'backups/2019/backup-01.tar', kind: 'object' }]);
    await service.idle();
    const item = service.snapshot().items.find((i) => i.key === 'backups/2019/backup-01.tar');
    expect([item?.state, item?.error?.code]).toEqual(['failed', 'NEEDS_RESTORE']);
    await expect(readFile(`${item!.localPath}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never writes outside the chosen directory, whatever the key', async () => {
    await client.put({ bucket, key: 'escape/../../evil.txt', body: 'evil' });
    saveDirectory = join(dir, 'safe');
    await service.download(target, [{ key: 'escape/../../evil.txt', kind: 'object' }]);
    await service.idle();
    const item = service.snapshot().items.find((i) => i.key === 'escape/../../evil.txt');
    expect(item?.state).toBe('done');
    expect(item?.localPath.startsWith(join(dir, 'safe'))).toBe(true);
    expect(await readFile(item!.localPath, 'utf8')).toBe('evil');
  });
});
