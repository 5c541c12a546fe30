// The scan machinery (Check links and Find links to this share it) on 10,000 seeded links, 5 % of
// them broken (emulator seed big:1000,links:10000), OSS and BOS: exactly the broken ones are
// found, also with 5 % of requests answered 500/503 (the transport retries); with retries off a
// 503 makes a link "unknown", never "broken"; a cancel stops the scan within one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { BIG_LINKS_PREFIX, bigLinkIsBroken, bigLinkKey } from '../../emulator/seed-big';
import { faultSeed, withFaultSeed } from '../../emulator/test-fault-seed';
import { createStorageClient } from '../storage/create-client';
import { createUndiciTransport } from '../storage/transport';
import { emulatorConfig, type ConfigName, DEMO_BUCKET } from '../storage/testing/emulator-configs';
import type { StorageClient } from '../storage/types';
import { createLinksService } from './create-links-service';

const LINKS = 10_000;
const expectedBroken = Array.from({ length: LINKS }, (_, i) => i + 1)
  .filter(bigLinkIsBroken)
  .map(bigLinkKey)
  .sort();

let emu: RunningEmulator;
const pool = createUndiciTransport();
beforeAll(async () => {
  emu = await startEmulator({ seed: { big: 1000, links: LINKS } });
});
afterAll(async () => {
  await pool.close();
  await emu.close();
});

const clientOf = (name: ConfigName, maxRetries: number): StorageClient =>
  createStorageClient(emulatorConfig(emu, name, { maxRetries, timeoutMs: 30_000 }), { transport: pool.transport, sleep: async () => {} });

describe.each<ConfigName>(['oss-v4', 'bos'])('%s scan of 10,000 links', (name) => {
  const bucket = DEMO_BUCKET[name];

  it('finds exactly the 500 broken links, and still exactly them with 5 % of requests failing 500/503', { timeout: 240_000 }, async () => {
    expect(expectedBroken).toHaveLength(LINKS / 20);
    const seed = faultSeed(name === 'bos' ? 8002 : 8001);
    for (const faultRate of [0, 0.05]) {
      const client = clientOf(name, 8);
      const links = createLinksService({ clientFor: async () => client });
      emu.setFaults({ faultRate, seed });
      await withFaultSeed(seed, async () => {
        let report;
        try {
          report = await links.scanLinks('p', bucket, BIG_LINKS_PREFIX);
        } finally {
          emu.setFaults({ faultRate: 0 });
        }
        expect(report.cancelled).toBe(false);
        expect(Object.values(report.counts).reduce((n, c) => n + c, 0)).toBe(LINKS);
        // Only the problems are kept: here exactly the broken ones.
        expect(report.problems.map((l) => l.key).sort(), `faultRate ${faultRate}`).toEqual(expectedBroken);
        expect(report.problems.every((l) => l.state === 'broken')).toBe(true);
        expect(report.counts).toMatchObject({ broken: expectedBroken.length, ok: LINKS - expectedBroken.length });
      });
    }
  });

  it('with retries off, a 503 on a link or its target gives "unknown", never "broken"', { timeout: 120_000 }, async () => {
    const setup = clientOf(name, 8);
    const rows: { key: string; etag: string; kind: 'object' | 'symlink' }[] = [];
    for await (const page of setup.listAll({ bucket, prefix: BIG_LINKS_PREFIX, maxKeys: 1000 })) {
      rows.push(...page.objects.map(({ key, etag, kind }) => ({ key, etag, kind: kind === 'folder' ? 'object' : kind })));
      if (rows.length >= 2000) break;
    }
    const client = clientOf(name, 0);
    const links = createLinksService({ clientFor: async () => client });
    const seed = faultSeed(name === 'bos' ? 8004 : 8003);
    emu.setFaults({ faultRate: 0.1, seed });
    await withFaultSeed(seed, async () => {
      let infos;
      try {
        infos = (await Promise.all([0, 500, 1000, 1500].map((at) => links.resolve('p', bucket, rows.slice(at, at + 500))))).flat();
      } finally {
        emu.setFaults({ faultRate: 0 });
      }
      const broken = new Set(expectedBroken);
      const falselyBroken = infos.filter((i) => i.state === 'broken' && !broken.has(i.key));
      expect(falselyBroken).toEqual([]);
      // The faults did hit: some answers were lost and said so.
      expect(infos.filter((i) => i.state === 'unknown').length).toBeGreaterThan(0);
    });
  });

  it('a cancel stops the scan within one page', { timeout: 120_000 }, async () => {
    const client = clientOf(name, 8);
    const controller = new AbortController();
    const pageSize = 500;
    let atCancel = -1;
    let lastProgress = 0;
    let requests = 0;
    const counted: StorageClient = new Proxy(client, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (controller.signal.aborted && prop !== 'listAll') requests += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const cancelling = createLinksService({ clientFor: async () => counted });
    const report = await cancelling.scanLinks('p', bucket, BIG_LINKS_PREFIX, {
      signal: controller.signal,
      pageSize,
      onProgress: (p) => {
        lastProgress = p.scanned;
        // Cancel from outside, a moment after the second page, while the third may be in flight.
        if (p.scanned >= 2 * pageSize && atCancel < 0) {
          atCancel = p.scanned;
          setTimeout(() => controller.abort(), 5);
        }
      },
    });
    expect(report.cancelled).toBe(true);
    expect(atCancel).toBe(2 * pageSize);
    expect(report.scanned).toBeLessThanOrEqual(atCancel + pageSize);
    expect(lastProgress).toBe(report.scanned);
    // Requests still queued behind the endpoint's cap are never sent once the scan is cancelled.
    expect(requests).toBe(0);
  });
});
