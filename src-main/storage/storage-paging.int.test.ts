// Paging 10,000 keys, clean and under injected faults (10 % 500/503 + 10 % dropped connections):
// every key must come back exactly once, in order.
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { bigKey } from '../../emulator/seed-big';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, useEmulator } from './testing/emulator-configs';
import { type StorageClient } from './types';
import { faultSeed, withFaultSeed } from '../../emulator/test-fault-seed';
import { seekStartAfter } from '../ipc/rules';

const N = 10_000;
const expected = Array.from({ length: N }, (_, i) => bigKey(i + 1));

const emu = useEmulator(() => startEmulator({ seed: { big: N } }));

async function listEverything(c: StorageClient, bucket: string): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let pages = 0;
  for await (const page of c.listAll({ bucket, prefix: 'big/', maxKeys: 1000 })) {
    pages++;
    keys.push(...page.objects.map((o) => o.key));
  }
  return { keys, pages };
}

describe.each<ConfigName>(['oss-v4', 'oss-v1', 'bos'])('%s', (name) => {
  const bucket = DEMO_BUCKET[name];

  it('lists 10,000 keys in 10 pages, each key once and in order', async () => {
    const { keys, pages } = await listEverything(createStorageClient(emulatorConfig(emu(), name)), bucket);
    expect(pages).toBe(10);
    expect(keys).toEqual(expected);
  });

  it('opens a listing at a key deep in the folder (start-after / marker) and pages on from it', async () => {
    const c = createStorageClient(emulatorConfig(emu(), name));
    const key = bigKey(7_777);
    const first = await c.listObjects({ bucket, prefix: 'big/', delimiter: '/', maxKeys: 1000, startAfter: seekStartAfter(key, 1024) });
    expect(first.objects[0]?.key).toBe(key);
    expect(first.objects.map((o) => o.key)).toEqual(expected.slice(7_776, 8_776));
    // The cursor takes over from the start-after: the next page follows on.
    const second = await c.listObjects({ bucket, prefix: 'big/', delimiter: '/', maxKeys: 1000, startAfter: seekStartAfter(key, 1024), ...(first.nextCursor && { cursor: first.nextCursor }) });
    expect(second.objects.map((o) => o.key)).toEqual(expected.slice(8_776, 9_776));
  });

  it('pages 10,000 keys with a delimiter: every folder once, every object once, both in order', async () => {
    // Delimiter '5': keys with a 5 after `big/` roll up into folders that recur across many pages.
    const folderOf = (key: string) => {
      const at = key.indexOf('5', 'big/'.length);
      return at < 0 ? undefined : key.slice(0, at + 1);
    };
    const wantFolders = [...new Set(expected.map(folderOf).filter((f) => f !== undefined))];
    const wantObjects = expected.filter((k) => folderOf(k) === undefined);
    const c = createStorageClient(emulatorConfig(emu(), name));
    const folders: string[] = [];
    const objects: string[] = [];
    for await (const page of c.listAll({ bucket, prefix: 'big/', delimiter: '5', maxKeys: 1000 })) {
      folders.push(...page.folders.map((f) => f.key));
      objects.push(...page.objects.map((o) => o.key));
    }
    expect(wantFolders.length).toBeGreaterThan(100);
    expect(folders).toEqual(wantFolders);
    expect(objects).toEqual(wantObjects);
  });

  it('lists 10,000 keys exactly once each under 500/503 faults and dropped connections', async () => {
    const seed = faultSeed(1010);
    emu().setFaults({ faultRate: 0.1, dropRate: 0.1, seed });
    try {
      await withFaultSeed(seed, async () => {
        // The faults are real: without retries some of 60 small requests fail.
        const fragile = createStorageClient(emulatorConfig(emu(), name, { maxRetries: 0 }));
        const outcomes = await Promise.allSettled(Array.from({ length: 60 }, () => fragile.listObjects({ bucket, prefix: 'big/', maxKeys: 5 })));
        const codes = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as { code: string }).code] : []));
        expect(codes.length).toBeGreaterThan(0);
        expect(codes.every((c) => c === 'NetworkError' || c === 'InternalError' || c === 'ServiceUnavailable')).toBe(true);

        const sturdy = createStorageClient(emulatorConfig(emu(), name, { maxRetries: 10 }));
        const { keys } = await listEverything(sturdy, bucket);
        expect(keys.length).toBe(N);
        expect(new Set(keys).size).toBe(N);
        expect(keys).toEqual(expected);
      });
    } finally {
      emu().setFaults({ faultRate: 0, dropRate: 0 });
    }
  });
});
