// Reliability and load through the service against the emulator: a 200-file folder upload and
// download with 5 % injected 500/503 answers and 5 % dropped connections ends with every byte
// correct (retries come from storage/'s one policy); 5,000 × 1 KB files upload with progress
// events batched to at most 10 a second.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, useEmulator } from '../storage/testing/emulator-configs';
import { createTransfersService } from './transfers-service';
import { faultSeed, withFaultSeed } from '../../emulator/test-fault-seed';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'symbucket-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(name: ConfigName, userDataDir: string, saveDirectory?: string, emit: (p: { items: unknown[] }) => void = () => {}) {
  // Retries: the default policy (4 after the first attempt), as the app configures it.
  const client = createStorageClient(emulatorConfig(emu(), name, { maxRetries: undefined }));
  const s = createTransfersService({
    userDataDir,
    clientFor: async () => client,
    dialogs: { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => saveDirectory },
    emit,
  });
  return { client, s };
}

describe.each<ConfigName>(['oss-v4', 'bos'])('%s under faults', (name) => {
  it('a 200-file folder goes up and comes back byte-identical with 5 % 5xx and 5 % drops', async () => {
    const root = join(dir, `folder-${name}`);
    const files = new Map<string, Buffer>();
    for (let i = 0; i < 200; i++) {
      const rel = `sub${i % 7}/file-${i}.bin`;
      const bytes = randomBytes(i === 0 ? 17 * 1024 * 1024 : 1 + ((i * 7919) % 40_000));
      files.set(rel, bytes);
      await mkdir(join(root, `sub${i % 7}`), { recursive: true });
      await writeFile(join(root, rel), bytes);
    }
    const downloads = join(dir, `down-${name}`);
    const { client, s } = service(name, join(dir, `ud-${name}`), downloads);
    const seed = faultSeed(name === 'bos' ? 3002 : 3001);
    emu().setFaults({ faultRate: 0.05, dropRate: 0.05, seed });
    try {
      await withFaultSeed(seed, async () => {
        expect(await s.uploadPaths({ profileId: 'p', bucket: DEMO_BUCKET[name], prefix: `faults-${name}/` }, [root])).toEqual({ status: 'queued', count: 200 });
        await s.idle();
        const failedUp = s.snapshot().items.filter((i) => i.state !== 'done');
        expect(failedUp.map((i) => `${i.name}: ${i.error?.code}`)).toEqual([]);
        await s.download({ profileId: 'p', bucket: DEMO_BUCKET[name] }, [{ key: `faults-${name}/folder-${name}/`, kind: 'folder' }]);
        await s.idle();
        expect(s.snapshot().items.filter((i) => i.state !== 'done').map((i) => `${i.name}: ${i.error?.code}`)).toEqual([]);
      });
    } finally {
      emu().setFaults({ faultRate: 0, dropRate: 0 });
      await s.close();
    }
    for (const [rel, bytes] of files) {
      expect((await readFile(join(downloads, `folder-${name}`, rel))).equals(bytes), rel).toBe(true);
    }
    expect(await client.listMultipartUploads(DEMO_BUCKET[name], `faults-${name}/`)).toEqual([]);
  }, 180_000);
});

it('5,000 files of 1 KB upload with at most 10 progress events a second', async () => {
  const root = join(dir, 'many');
  await mkdir(root, { recursive: true });
  for (let i = 0; i < 5000; i++) await writeFile(join(root, `f${String(i).padStart(4, '0')}.txt`), randomBytes(1024));
  const stamps: number[] = [];
  let itemsInEvents = 0;
  const { s } = service('oss-v4', join(dir, 'ud-many'), undefined, (p) => {
    stamps.push(Date.now());
    itemsInEvents += p.items.length;
  });
  const started = Date.now();
  await s.uploadPaths({ profileId: 'p', bucket: 'demo-oss', prefix: 'many/' }, [root]);
  await s.idle();
  await new Promise((done) => setTimeout(done, 150)); // the last batch
  const seconds = (Date.now() - started) / 1000;
  expect(s.snapshot().items.filter((i) => i.state === 'done')).toHaveLength(5000);
  await s.close();
  expect(stamps.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
  // No two events closer than the 100 ms interval (timers may fire a little early).
  for (let i = 1; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 1]!).toBeGreaterThanOrEqual(90);
  expect(itemsInEvents).toBeGreaterThanOrEqual(5000);
}, 180_000);
