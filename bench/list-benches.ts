// list-100k-oss / list-100k-bos: our listAll against the vendor SDK and a bare undici loop, and
// ours with prefetch against ours page by page; ipc-list: the router with a structured clone per
// page (what Electron IPC does) against the StorageClient alone; main-memory-100k: RSS growth of
// the process hosting the router while it serves every page of a 100k folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { createAppCore } from '../src-main/app-core';
import type { ObjectPage, Result } from '../src-main/ipc/contract';
import { createMemoryCipher } from '../src-main/profiles/memory-cipher';
import { LOCAL_DEMO_ID } from '../src-main/profiles/create-profiles-service';
import { closeSharedTransport } from '../src-main/storage/requester';
import type { StorageClient } from '../src-main/storage/types';
import { startEmulatorProcess, type BenchEmulator } from './emulator-process';
import { ourClient } from './our-client';
import { BOS_BUCKET, OSS_BUCKET, aliClient, aliListAll, bareBosListAll, bareOssListAll, bceClient, bceListAll } from './rivals';
import { type BenchResult, median, result, rounds, speedups } from './stats';
import { type BenchScale } from './scale';

const PREFIX = 'big/';

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

export async function benchList(provider: 'oss' | 'bos', scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects });
  const ours = ourClient(emu, provider);
  const agent = new Agent({ connections: 16 });
  try {
    const check = expectRows(scale.listObjects);
    const bucket = provider === 'oss' ? OSS_BUCKET : BOS_BUCKET;
    const sdk = provider === 'oss' ? aliClient(emu) : bceClient(emu);
    const t = await rounds(scale.rounds, {
      ours: () => check(() => countAll(ours.client, bucket)),
      pageByPage: () => check(() => countPageByPage(ours.client, bucket)),
      sdk: () => check(() => (provider === 'oss' ? aliListAll(sdk as ReturnType<typeof aliClient>, PREFIX) : bceListAll(sdk as ReturnType<typeof bceClient>, PREFIX))),
      bare: () => check(() => (provider === 'oss' ? bareOssListAll(emu, agent, PREFIX) : bareBosListAll(emu, agent, PREFIX))),
    });
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
      rows: scale.listObjects,
    });
  } finally {
    await agent.close();
    await ours.close();
    await emu.close();
  }
}

type Invoke = (channel: 'objects.list', input: unknown) => Promise<Result<ObjectPage>>;

/** Every page through the router, cloned as Electron IPC clones it; returns the rows seen. */
async function listThroughRouter(invoke: Invoke, onPage?: () => void): Promise<number> {
  let rows = 0;
  let cursor: string | undefined;
  do {
    const answer = structuredClone(await invoke('objects.list', { profileId: LOCAL_DEMO_ID, bucket: OSS_BUCKET, prefix: PREFIX, ...(cursor && { cursor }) }));
    if (!answer.ok) throw new Error(`objects.list failed: ${answer.error.code}`);
    rows += answer.value.names.length;
    cursor = answer.value.nextCursor;
    onPage?.();
  } while (cursor);
  return rows;
}

async function withCore<T>(emu: BenchEmulator, run: (invoke: Invoke) => Promise<T>): Promise<T> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'symbucket-bench-'));
  const { oss, bos, accessKeyId, accessKeySecret } = emu;
  const core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', emulator: { oss, bos, accessKeyId, accessKeySecret }, logError: () => {} });
  try {
    return await run((channel, input) => core.router.invoke(channel, input) as Promise<Result<ObjectPage>>);
  } finally {
    await core.close();
    await closeSharedTransport();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export async function benchIpcList(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects });
  const ours = ourClient(emu, 'oss');
  try {
    const check = expectRows(scale.listObjects);
    let wireBytesPerRow = NaN;
    const t = await withCore(emu, async (invoke) => {
      const first = await invoke('objects.list', { profileId: LOCAL_DEMO_ID, bucket: OSS_BUCKET, prefix: PREFIX });
      if (first.ok) wireBytesPerRow = JSON.stringify(first.value).length / first.value.names.length;
      return rounds(scale.rounds, {
        router: () => check(() => listThroughRouter(invoke)),
        client: () => check(() => countPageByPage(ours.client, OSS_BUCKET)),
      });
    });
    const ratio = speedups(t.router, t.client).map((x) => 1 / x);
    return result(ratio, '× StorageClient alone', '≥ 0.9× (router + structured clone / client, page by page)', (m) => m >= 0.9, { routerMs: median(t.router), clientMs: median(t.client), wireBytesPerRow });
  } finally {
    await ours.close();
    await emu.close();
  }
}

export async function benchMainMemory(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects });
  const gc = (globalThis as { gc?: () => void }).gc;
  try {
    const growth: number[] = [];
    await withCore(emu, async (invoke) => {
      for (let r = 0; r < scale.rounds; r++) {
        gc?.();
        const base = process.memoryUsage.rss();
        let peak = base;
        await listThroughRouter(invoke, () => {
          peak = Math.max(peak, process.memoryUsage.rss());
        });
        growth.push((peak - base) / (1024 * 1024));
      }
    });
    return result(growth, 'MB RSS growth', '≤ 150 MB while serving every page of the folder', (m) => m <= 150, { rows: scale.listObjects, gcExposed: gc ? 1 : 0 });
  } finally {
    await emu.close();
  }
}
