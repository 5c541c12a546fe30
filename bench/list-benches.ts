// list-100k-oss / list-100k-bos: our listAll against the vendor SDK and a bare undici loop, and
// ours with prefetch against ours page by page; ipc-list: the router with a structured clone per
// page (what Electron IPC does) against the StorageClient alone making the same requests.
import { serialize } from 'node:v8';
import { Agent } from 'undici';
import { LOCAL_DEMO_ID } from '../src-main/profiles/create-profiles-service';
import type { StorageClient } from '../src-main/storage/types';
import { startEmulatorProcess } from './emulator-process';
import { ourClient } from './our-client';
import { BIG_PREFIX, clientPage, routerPage, TABLE_LISTING, withCore, type PageStep } from './router-listing';
import { BOS_BUCKET, OSS_BUCKET, aliClient, aliListAll, bareBosListAll, bareOssListAll, bceClient, bceListAll } from './rivals';
import { type BenchResult, median, result, rounds, speedups } from './stats';
import { type BenchScale } from './scale';

const PREFIX = BIG_PREFIX;

async function countAll(client: StorageClient, bucket: string): Promise<number> {
  let rows = 0;
  for await (const page of client.listAll({ bucket, prefix: PREFIX })) rows += page.objects.length + page.folders.length;
  return rows;
}

async function countPageByPage(client: StorageClient, bucket: string): Promise<number> {
  let rows = 0;
  let cursor: string | undefined;
  do {
    const page = await client.listObjects({ bucket, prefix: PREFIX, ...(cursor && { cursor }) });
    rows += page.objects.length + page.folders.length;
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** Every side must see every row, or its time means nothing. */
function expectRows(expected: number) {
  return async (run: () => Promise<number>): Promise<void> => {
    const rows = await run();
    if (rows !== expected) throw new Error(`a benchmark side listed ${rows} rows, expected ${expected}`);
  };
}

/** Records this process's CPU time (user + system, ms) of each run: on a shared machine a side's
 * wall time is its CPU plus waiting, so the CPU says what the client itself costs. */
function cpuOf(samples: number[], run: () => Promise<void>): () => Promise<void> {
  return async () => {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  };
}

/** Two copies of the emulator answer connections in parallel, as a service does (emulator-workers.ts). */
const LIST_EMULATOR_WORKERS = 2;

export async function benchList(provider: 'oss' | 'bos', scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects, workers: LIST_EMULATOR_WORKERS });
  const ours = ourClient(emu, provider);
  const agent = new Agent({ connections: 16 });
  try {
    const check = expectRows(scale.listObjects);
    const bucket = provider === 'oss' ? OSS_BUCKET : BOS_BUCKET;
    const sdk = provider === 'oss' ? aliClient(emu) : bceClient(emu);
    const sides = {
      ours: () => check(() => countAll(ours.client, bucket)),
      pageByPage: () => check(() => countPageByPage(ours.client, bucket)),
      sdk: () => check(() => (provider === 'oss' ? aliListAll(sdk as ReturnType<typeof aliClient>, PREFIX) : bceListAll(sdk as ReturnType<typeof bceClient>, PREFIX))),
      bare: () => check(() => (provider === 'oss' ? bareOssListAll(emu, agent, PREFIX) : bareBosListAll(emu, agent, PREFIX))),
    };
    // One untimed pass of every side: the emulator's listing code and each client's are compiled
    // before anything is timed (else the first side of round 1 pays for the server's warm-up).
    for (const side of Object.values(sides)) await side();
    const cpu = { ours: [] as number[], sdk: [] as number[], bare: [] as number[] };
    const t = await rounds(scale.rounds, { ...sides, ours: cpuOf(cpu.ours, sides.ours), sdk: cpuOf(cpu.sdk, sides.sdk), bare: cpuOf(cpu.bare, sides.bare) });
    const vsSdk = speedups(t.sdk, t.ours);
    const vsBare = speedups(t.bare, t.ours);
    const prefetch = speedups(t.pageByPage, t.ours);
    const [sdkTarget, name] = provider === 'oss' ? [4, 'ali-oss listV2'] : [1.5, '@baiducloud/sdk listObjects'];
    return result(vsSdk, `× ${name}`, `≥ ${sdkTarget}× ${name}; ≥ 0.8× bare undici; prefetch ≥ 1.3× page by page`, (m) => m >= sdkTarget && median(vsBare) >= 0.8 && median(prefetch) >= 1.3, {
      vsBareUndici: median(vsBare),
      prefetchVsPageByPage: median(prefetch),
      oursMs: median(t.ours),
      sdkMs: median(t.sdk),
      bareMs: median(t.bare),
      oursCpuMs: median(cpu.ours),
      sdkCpuMs: median(cpu.sdk),
      bareCpuMs: median(cpu.bare),
      rows: scale.listObjects,
    });
  } finally {
    await agent.close();
    await ours.close();
    await emu.close();
  }
}

type Side = 'router' | 'client';
type Step = (cursor: string | undefined) => Promise<PageStep>;
interface SideRun {
  ms: number;
  cpuMs: number;
  rows: number;
}

/** One round of ipc-list: both sides list the folder page by page in lockstep, a page of one and
 * then a page of the other (who goes first alternates by round), each side's time the sum of its own
 * pages. Run one after the other, a side's 100 pages met whatever slow spell the emulator or the
 * machine had then: the same two clients gave 0.71–1.51 per round against each other (A/A), in
 * lockstep 0.98–1.07. */
async function lockstepRound(steps: Record<Side, Step>, order: readonly Side[]): Promise<Record<Side, SideRun>> {
  const runs = { router: { ms: 0, cpuMs: 0, rows: 0 }, client: { ms: 0, cpuMs: 0, rows: 0 } };
  const cursors: Record<Side, string | undefined> = { router: undefined, client: undefined };
  const left = new Set<Side>(order);
  while (left.size > 0) {
    for (const side of order) {
      if (!left.has(side)) continue;
      const cpu = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const page = await steps[side](cursors[side]);
      const used = process.cpuUsage(cpu);
      runs[side].ms += Number(process.hrtime.bigint() - t0) / 1e6;
      runs[side].cpuMs += (used.user + used.system) / 1000;
      runs[side].rows += page.rows;
      cursors[side] = page.nextCursor;
      if (!page.nextCursor) left.delete(side);
    }
  }
  return runs;
}

/** The median is of more rounds than the other benchmarks': a round is one second, the ratio is near its target. */
const IPC_ROUNDS_PER_SCALE_ROUND = 3;

export async function benchIpcList(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects });
  const ours = ourClient(emu, 'oss');
  try {
    let wireBytesPerRow = NaN;
    const t = await withCore(emu, async (invoke) => {
      const first = await invoke('objects.list', { profileId: LOCAL_DEMO_ID, ...TABLE_LISTING });
      // Bytes of the structured clone Electron's IPC sends (V8's serializer), per row of a full page.
      if (first.ok) wireBytesPerRow = serialize(first.value).length / first.value.nameEnds.length;
      const steps: Record<Side, Step> = { router: (cursor) => routerPage(invoke, cursor), client: (cursor) => clientPage(ours.client, cursor) };
      const samples = { router: [] as SideRun[], client: [] as SideRun[] };
      const count = scale.rounds * IPC_ROUNDS_PER_SCALE_ROUND;
      // Round 0 is the untimed warm-up, as in benchList.
      for (let r = 0; r <= count; r++) {
        const runs = await lockstepRound(steps, r % 2 ? ['client', 'router'] : ['router', 'client']);
        for (const side of ['router', 'client'] as const) {
          // Every side must see every row, or its time means nothing.
          if (runs[side].rows !== scale.listObjects) throw new Error(`ipc-list: the ${side} side listed ${runs[side].rows} rows, expected ${scale.listObjects}`);
          if (r > 0) samples[side].push(runs[side]);
        }
      }
      return samples;
    });
    const ms = (side: Side) => t[side].map((run) => run.ms);
    const ratio = speedups(ms('router'), ms('client')).map((x) => 1 / x);
    return result(ratio, '× StorageClient alone', '≥ 0.9× (router + structured clone / client, page by page, the same request)', (m) => m >= 0.9, {
      routerMs: median(ms('router')),
      clientMs: median(ms('client')),
      // This process's CPU per side: what the router and the clone add, whatever the machine's load.
      routerCpuMs: median(t.router.map((run) => run.cpuMs)),
      clientCpuMs: median(t.client.map((run) => run.cpuMs)),
      wireBytesPerRow,
      rounds: t.router.length,
    });
  } finally {
    await ours.close();
    await emu.close();
  }
}
