// Resume after a crash: a child process runs one transfer and is SIGKILLed once its journal
// holds finished parts; a new service on the same user-data dir resumes from the journal (same
// multipart upload id / the `.part` file) and the result is byte-identical.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { emulatorConfig, useEmulator } from '../storage/testing/emulator-configs';
import type { StorageClient } from '../storage/types';
import { MiB } from './part-plan';
import { createTransfersService } from './transfers-service';
import type { TransferDto } from '../ipc/contract';
import type { TransferItem } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo', latencyMs: 300 }));
const bucket = 'demo-oss';
let dir: string;
let client: StorageClient;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'symbucket-resume-'));
  client = createStorageClient(emulatorConfig(emu(), 'oss-v4', { maxRetries: 4 }));
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

async function journalItems(userDataDir: string): Promise<TransferItem[]> {
  try {
    return (JSON.parse(await readFile(join(userDataDir, 'transfers', 'journal.json'), 'utf8')) as { items: TransferItem[] }).items;
  } catch {
    return [];
  }
}

/** Starts the child, waits until its journal has at least `parts` finished parts, kills it. */
async function runAndKill(userDataDir: string, job: object, parts: number): Promise<TransferItem> {
  const e = emu();
  const env = { ...process.env, SYMBUCKET_CHILD: JSON.stringify({ endpoint: e.oss, accessKeyId: e.accessKeyId, accessKeySecret: e.accessKeySecret, userDataDir, bucket, ...job }) };
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testing', 'transfer-child.ts')], { env, stdio: 'ignore' });
  children.push(child);
  await expect
    .poll(async () => (await journalItems(userDataDir))[0]?.parts?.length ?? 0, { timeout: 30_000, interval: 25 })
    .toBeGreaterThanOrEqual(parts);
  child.kill('SIGKILL');
  await new Promise((done) => child.once('exit', done));
  return (await journalItems(userDataDir))[0]!;
}

/** A new service on the same user-data dir: what it restored, and how it ended. */
async function resume(userDataDir: string, directory?: string): Promise<{ restored: TransferDto; final: TransferDto }> {
  const service = createTransfersService({
    userDataDir,
    clientFor: async () => client,
    dialogs: { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => directory },
    emit: () => {},
  });
  const restored = service.snapshot().items[0]!;
  await service.idle();
  const final = service.snapshot().items[0]!;
  await service.close();
  return { restored, final };
}

it('an upload killed mid-way resumes with the same multipart upload and is byte-identical', async () => {
  const bytes = randomBytes(100 * MiB + 17);
  const path = join(dir, 'up.bin');
  await writeFile(path, bytes);
  const userDataDir = join(dir, 'ud-up');
  const killed = await runAndKill(userDataDir, { upload: path }, 1);
  expect(killed.uploadId).toBeTruthy();
  expect((await client.listMultipartUploads(bucket, 'resume/')).map((u) => u.uploadId)).toContain(killed.uploadId);
  const { restored, final } = await resume(userDataDir);
  expect(restored.transferred).toBeGreaterThan(0); // the journaled parts count as done
  expect(final.state).toBe('done');
  const got = Buffer.concat(await (await client.get({ bucket, key: 'resume/up.bin' })).body.toArray());
  expect(got.equals(bytes)).toBe(true);
  expect(await client.listMultipartUploads(bucket, 'resume/')).toEqual([]);
}, 90_000);

it('a download killed mid-way resumes from its .part file and is byte-identical', async () => {
  const bytes = randomBytes(100 * MiB + 3);
  await client.put({ bucket, key: 'resume/down.bin', body: bytes });
  const userDataDir = join(dir, 'ud-down');
  const directory = join(dir, 'downloads');
  const killed = await runAndKill(userDataDir, { download: { key: 'resume/down.bin', directory } }, 1);
  const done = killed.parts!.length;
  expect(done).toBeGreaterThanOrEqual(1);
  const { restored, final } = await resume(userDataDir, directory);
  expect(restored.transferred).toBeGreaterThan(0);
  expect(final.state).toBe('done');
  expect((await readFile(join(directory, 'down.bin'))).equals(bytes)).toBe(true);
}, 90_000);
