// Local disk failures through the whole service against the emulator, injected through the
// transfers' LocalFs seam (the tests run as root: permission bits would not bite). A full disk
// is the kernel's own ENOSPC: the `.part` file is opened on /dev/full. Each must end as a
// per-item LOCAL_FILE error naming the errno and the path, leave no stray `.part` (or keep one
// whose finished parts Retry resumes from), create nothing remote, and lose nothing.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { emulatorConfig, useEmulator } from '../storage/testing/emulator-configs';
import type { StorageClient } from '../storage/types';
import type { TransferDto } from '../ipc/contract';
import { failingFs, type FsFault } from './testing/failing-fs';
import { createTransfersService, type TransfersService } from './transfers-service';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
const bucket = 'demo-oss';
const KiB = 1024;
// 1 MiB objects in 4 parts of 256 KiB, one at a time: a failure lands after a known number of parts.
const limits = { multipartThreshold: 256 * KiB, partSize: 256 * KiB, maxParts: 1, maxFiles: 1 };
const faults: FsFault[] = [];
let dir: string;
let client: StorageClient;
let service: TransfersService;
let saveDirectory: string | undefined;
const bytes = randomBytes(1024 * KiB);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'symbucket-local-errors-'));
  client = createStorageClient(emulatorConfig(emu(), 'oss-v4', { maxRetries: 2 }));
  await client.put({ bucket, key: 'local-errors/big.bin', body: bytes });
  service = createTransfersService({
    userDataDir: join(dir, 'userdata'),
    clientFor: async () => client,
    dialogs: { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => saveDirectory },
    emit: () => {},
    limits,
    fs: failingFs(faults),
  });
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

const target = { profileId: 'p', bucket };
const inject = (...f: FsFault[]) => faults.splice(0, faults.length, ...f);
const last = (pred: (i: TransferDto) => boolean): TransferDto => service.snapshot().items.filter(pred).at(-1)!;
const failureOf = (i: TransferDto) => [i.state, i.error?.code, i.error?.details?.reason, i.error?.details?.path];

async function downloadInto(folder: string): Promise<TransferDto> {
  saveDirectory = join(dir, folder);
  await service.download(target, [{ key: 'local-errors/big.bin', kind: 'object' }]);
  await service.idle();
  return last((i) => i.direction === 'download' && i.localPath.startsWith(saveDirectory!));
}

async function retry(item: TransferDto): Promise<TransferDto> {
  inject();
  service.control('retry', [item.id]);
  await service.idle();
  return last((i) => i.id === item.id);
}

const filesIn = (folder: string) => readdir(join(dir, folder)).catch(() => [] as string[]);

describe('downloads onto a local disk that fails', () => {
  it('a full disk (ENOSPC from /dev/full) fails the item naming the file, leaves no .part; Retry downloads it', async () => {
    inject({ op: 'open', path: (p) => p.endsWith('big.bin.part'), redirect: '/dev/full' });
    const item = await downloadInto('full');
    expect(failureOf(item)).toEqual(['failed', 'LOCAL_FILE', 'ENOSPC', join(dir, 'full', 'big.bin')]);
    expect(item.error?.message).toBe(`The disk is full. (${join(dir, 'full', 'big.bin')})`);
    expect(await filesIn('full')).toEqual([]);
    const done = await retry(item);
    expect(done.state).toBe('done');
    expect((await readFile(done.localPath)).equals(bytes)).toBe(true);
  });

  it('a disk that fills up after two parts keeps the .part with them; Retry fetches the rest', async () => {
    inject({ op: 'write', path: (p) => p.endsWith('big.bin.part'), code: 'ENOSPC', from: 512 * KiB });
    const item = await downloadInto('fills-up');
    expect(failureOf(item)).toEqual(['failed', 'LOCAL_FILE', 'ENOSPC', join(dir, 'fills-up', 'big.bin')]);
    expect(item.transferred).toBe(512 * KiB); // the finished parts are kept, the panel says so
    expect(await filesIn('fills-up')).toEqual(['big.bin.part']);
    const done = await retry(item);
    expect([done.state, done.localPath]).toEqual(['done', join(dir, 'fills-up', 'big.bin')]);
    expect((await readFile(done.localPath)).equals(bytes)).toBe(true);
    expect(await filesIn('fills-up')).toEqual(['big.bin']);
  });

  it('a read-only download folder (EROFS) fails the item naming the folder and writes nothing', async () => {
    inject({ op: 'mkdir', path: (p) => p.startsWith(join(dir, 'read-only')), code: 'EROFS' });
    const item = await downloadInto('read-only');
    expect(failureOf(item)).toEqual(['failed', 'LOCAL_FILE', 'EROFS', join(dir, 'read-only')]);
    expect(item.error?.message).toContain('read-only');
    expect(await filesIn('read-only')).toEqual([]);
  });

  it('a folder the app may not write in (EACCES) fails the item and leaves the files already there alone', async () => {
    await rm(join(dir, 'denied'), { recursive: true, force: true });
    await (await import('node:fs/promises')).mkdir(join(dir, 'denied'));
    await writeFile(join(dir, 'denied', 'mine.txt'), 'keep me');
    inject({ op: 'open', path: (p) => p.startsWith(join(dir, 'denied')), code: 'EACCES' });
    const item = await downloadInto('denied');
    expect(failureOf(item)).toEqual(['failed', 'LOCAL_FILE', 'EACCES', join(dir, 'denied', 'big.bin')]);
    expect(await filesIn('denied')).toEqual(['mine.txt']);
    expect(await readFile(join(dir, 'denied', 'mine.txt'), 'utf8')).toBe('keep me');
  });

  it('a refused final rename keeps the verified .part; Retry only renames it', async () => {
    inject({ op: 'rename', path: (p) => p.endsWith(join('rename', 'big.bin')), code: 'EACCES' });
    const item = await downloadInto('rename');
    expect(failureOf(item)).toEqual(['failed', 'LOCAL_FILE', 'EACCES', join(dir, 'rename', 'big.bin')]);
    expect(await filesIn('rename')).toEqual(['big.bin.part']);
    const done = await retry(item);
    expect(done.state).toBe('done');
    expect((await readFile(join(dir, 'rename', 'big.bin'))).equals(bytes)).toBe(true);
    expect(await filesIn('rename')).toEqual(['big.bin']);
  });
});

describe('uploads of local files that cannot be read', () => {
  it('an unreadable file (EACCES) fails its item naming it; the others upload; nothing is left remote', async () => {
    const denied = join(dir, 'secret.bin');
    const fine = join(dir, 'fine.txt');
    await writeFile(denied, bytes);
    await writeFile(fine, 'fine');
    inject({ op: 'open', path: (p) => p === denied, code: 'EACCES' });
    await service.uploadPaths({ ...target, prefix: 'unreadable/' }, [denied, fine]);
    await service.idle();
    expect(failureOf(last((i) => i.localPath === denied))).toEqual(['failed', 'LOCAL_FILE', 'EACCES', denied]);
    expect(last((i) => i.localPath === fine).state).toBe('done');
    await expect(client.head(bucket, 'unreadable/secret.bin')).rejects.toMatchObject({ status: 404 });
    expect(await client.listMultipartUploads(bucket, 'unreadable/')).toEqual([]);
  });

  it('a read error in the middle of a multipart upload (EIO) keeps the finished parts; Retry completes it byte-identical', async () => {
    const path = join(dir, 'flaky-disk.bin');
    await writeFile(path, bytes);
    inject({ op: 'read', path: (p) => p === path, code: 'EIO', from: 512 * KiB });
    await service.uploadPaths({ ...target, prefix: 'eio/' }, [path]);
    await service.idle();
    const item = last((i) => i.localPath === path);
    expect(failureOf(item)).toEqual(['failed', 'LOCAL_FILE', 'EIO', path]);
    expect(await client.listMultipartUploads(bucket, 'eio/')).toHaveLength(1); // resumable, not orphaned: Retry or Clear finished
    const done = await retry(item);
    expect(done.state).toBe('done');
    expect(Buffer.concat(await (await client.get({ bucket, key: 'eio/flaky-disk.bin' })).body.toArray()).equals(bytes)).toBe(true);
    expect(await client.listMultipartUploads(bucket, 'eio/')).toEqual([]);
  });
});
