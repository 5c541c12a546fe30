// createLinks against the emulator under injected faults (5 % 5xx, 5 % connections dropped after
// the server acted): a guarded write whose answer was lost is retried and meets its own link (409);
// it must still be reported "created", and every link must read back with its target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { createUndiciTransport } from '../storage/transport';
import { emulatorConfig, type ConfigName, DEMO_BUCKET } from '../storage/testing/emulator-configs';
import { createLinksService } from './create-links-service';
import { faultSeed, withFaultSeed } from '../../emulator/test-fault-seed';

let emu: RunningEmulator;
const pool = createUndiciTransport();
beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
});
afterAll(async () => {
  await pool.close();
  await emu.close();
});

describe.each<ConfigName>(['oss-v4', 'bos'])('%s createLinks under faults', (name) => {
  it('reports every link it wrote as created, none as skipped', async () => {
    const bucket = DEMO_BUCKET[name];
    const client = createStorageClient(emulatorConfig(emu, name, { maxRetries: 8 }), { transport: pool.transport, sleep: async () => {} });
    const links = createLinksService({ clientFor: async () => client });
    const prefix = `faults-${name}/`;
    await client.put({ bucket, key: `${prefix}target.txt`, body: 'target' });
    const items = Array.from({ length: 200 }, (_, i) => ({ key: `${prefix}link-${i}`, target: `${prefix}target.txt` }));
    const seed = faultSeed(name === 'bos' ? 2002 : 2001);
    emu.setFaults({ faultRate: 0.05, dropRate: 0.05, seed });
    await withFaultSeed(seed, async () => {
      let results;
      try {
        results = await links.createLinks('p', bucket, items);
      } finally {
        emu.setFaults({ faultRate: 0, dropRate: 0 });
      }
      const statuses = results.reduce<Record<string, number>>((n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }), {});
      expect(statuses).toEqual({ created: 200 });
      const targets = await Promise.all(items.map((i) => client.getSymlink(bucket, i.key)));
      expect(new Set(targets.map((t) => t.target))).toEqual(new Set([`${prefix}target.txt`]));
    });
  });
});
