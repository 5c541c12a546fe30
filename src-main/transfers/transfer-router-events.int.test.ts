// 5,000 files of 1 KB uploaded through the real router (createAppCore, as the renderer calls it):
// the 'transfers.changed' events the renderer would receive stay batched, at most 10 in any
// second, each carrying only the items that changed, and together they report every item done.
// The main thread's longest stall (event-loop delay) is measured and printed, not judged here.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TransferDto } from '../ipc/contract';
import { DEMO_PROFILE, startDemoCore, type DemoCoreHarness } from '../testing/demo-core-harness';

const FILES = 5000;
let h: DemoCoreHarness;
let dir: string;

beforeAll(async () => {
  h = await startDemoCore({ name: 'transfer-events' });
  dir = await mkdtemp(join(tmpdir(), 'symbucket-5000-'));
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

it('5,000 × 1 KB through the router: ≤ 10 transfers.changed events in any second, every item reported done', async () => {
  const root = join(dir, 'many');
  await mkdir(root);
  for (let i = 0; i < FILES; i++) await writeFile(join(root, `f${String(i).padStart(4, '0')}.txt`), randomBytes(1024));
  const stamps: number[] = [];
  const lastState = new Map<string, TransferDto['state']>();
  let largest = 0;
  h.core.router.subscribe((event, payload) => {
    if (event !== 'transfers.changed') return;
    const { items } = payload as { items: TransferDto[] };
    stamps.push(Date.now());
    largest = Math.max(largest, items.length);
    for (const item of items) lastState.set(item.id, item.state);
  });
  const stall = monitorEventLoopDelay({ resolution: 10 });
  stall.enable();
  const started = Date.now();
  expect(await h.call('transfers.upload', { profileId: DEMO_PROFILE, bucket: 'demo-oss', prefix: 'events-5000/', paths: [root] })).toEqual({ status: 'queued', count: FILES });
  await expect
    .poll(async () => (await h.call<{ totals: { active: number } }>('transfers.list', undefined)).totals.active, { timeout: 170_000, interval: 200 })
    .toBe(0);
  await expect.poll(() => [...lastState.values()].filter((s) => s === 'done').length, { timeout: 2000 }).toBe(FILES);
  stall.disable();
  const seconds = (Date.now() - started) / 1000;

  const busiest = Math.max(...stamps.map((t) => stamps.filter((u) => u >= t && u < t + 1000).length));
  console.info(
    `5,000 × 1 KB via the router: ${seconds.toFixed(1)} s, ${stamps.length} events (busiest second ${busiest}, largest batch ${largest} items), longest event-loop stall ${(stall.max / 1e6).toFixed(0)} ms`,
  );
  expect(busiest).toBeLessThanOrEqual(10);
  expect(stamps.length).toBeLessThan(FILES / 10); // batched: far fewer events than items
  expect(lastState.size).toBe(FILES);
}, 240_000);
