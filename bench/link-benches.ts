// create-links-1k / resolve-links-1k at each emulator latency: our links service against the
// sequential ali-oss calls a user of the SDK would write; keepalive: TCP connections our
// transport opens for a createLinks of 1,000 links and for a mixed HEAD/GET/PUT/404/list run.
import { startEmulator } from '../emulator';
import { bigKey } from '../emulator/seed-big';
import { createLinksService } from '../src-main/links/create-links-service';
import type { ResolveRow } from '../src-main/links/link-resolver';
import type { StorageClient } from '../src-main/storage/types';
import { startEmulatorProcess } from './emulator-process';
import { ourClient } from './our-client';
import { OSS_BUCKET, aliClient } from './rivals';
import { type BenchResult, median, result, rounds, speedups } from './stats';
import { type BenchScale } from './scale';

const items = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ key: `${prefix}link-${i}`, target: bigKey(i + 1) }));

function linkResult(t: { ours: number[]; aliOss: number[] }, calls: string, target: number, condition: string, scale: BenchScale): BenchResult {
  return result(speedups(t.aliOss, t.ours), `× sequential ali-oss ${calls}`, `≥ ${target}× ${condition}`, (m) => m >= target, {
    oursMs: median(t.ours),
    aliOssMs: median(t.aliOss),
    links: scale.links,
  });
}

async function createAllOurs(client: StorageClient, prefix: string, n: number): Promise<void> {
  const links = createLinksService({ clientFor: async () => client });
  const results = await links.createLinks('bench', OSS_BUCKET, items(prefix, n));
  const notCreated = results.filter((r) => r.status !== 'created');
  if (notCreated.length) throw new Error(`createLinks: ${notCreated.length} of ${n} not created (${notCreated[0]?.status})`);
}

export async function benchCreateLinks(scale: BenchScale, latencyMs: number): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.links, latencyMs });
  const ours = ourClient(emu);
  const ali = aliClient(emu);
  let run = 0;
  try {
    const t = await rounds(scale.rounds, {
      ours: () => createAllOurs(ours.client, `bench/create-${run++}/`, scale.links),
      aliOss: async () => {
        const prefix = `bench/create-${run++}/`;
        for (const item of items(prefix, scale.links)) await ali.putSymlink(item.key, item.target);
      },
    });
    return linkResult(t, 'putSymlink', latencyMs === 0 ? 1 : 4, `at ${latencyMs} ms latency (ours checks each target and guards every write)`, scale);
  } finally {
    await ours.close();
    await emu.close();
  }
}

export async function benchResolveLinks(scale: BenchScale, latencyMs: number): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.links, latencyMs });
  const ours = ourClient(emu);
  const ali = aliClient(emu);
  try {
    const prefix = 'bench/resolve/';
    await createAllOurs(ours.client, prefix, scale.links);
    const rows: ResolveRow[] = [];
    for await (const page of ours.client.listAll({ bucket: OSS_BUCKET, prefix })) rows.push(...page.objects.map(({ key, etag, kind }) => ({ key, etag, kind })));
    const t = await rounds(scale.rounds, {
      // Cold: a new service (empty caches) each round; the renderer asks in batches of at most 500.
      ours: async () => {
        const links = createLinksService({ clientFor: async () => ours.client });
        const batches = [];
        for (let i = 0; i < rows.length; i += 500) batches.push(links.resolve('bench', OSS_BUCKET, rows.slice(i, i + 500)));
        const infos = (await Promise.all(batches)).flat();
        const ok = infos.filter((info) => info.state === 'ok').length;
        if (ok !== scale.links) throw new Error(`resolve: ${ok} of ${scale.links} links ok`);
      },
      aliOss: async () => {
        for (const row of rows) {
          const { targetName } = await ali.getSymlink(row.key);
          await ali.head(targetName);
        }
      },
    });
    return linkResult(t, 'getSymlink + head', latencyMs === 0 ? 1 : 6, `at ${latencyMs} ms latency, cold caches`, scale);
  } finally {
    await ours.close();
    await emu.close();
  }
}

/** Counted by the emulator itself, so it runs in this process (the count is not a timing). */
export async function benchKeepAlive(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulator({ seed: { big: scale.links } });
  try {
    const forCreate: number[] = [];
    const forMixed: number[] = [];
    for (let r = 0; r < scale.rounds; r++) {
      const ours = ourClient(emu);
      try {
        let before = emu.connections().oss;
        await createAllOurs(ours.client, `bench/keepalive-${r}/`, scale.links);
        forCreate.push(emu.connections().oss - before);
        before = emu.connections().oss;
        for (let i = 0; i < 100; i++) {
          const key = bigKey((i % scale.links) + 1);
          await ours.client.head(OSS_BUCKET, key);
          await ours.client.head(OSS_BUCKET, `${key}.missing`).catch(() => undefined);
          await ours.client.put({ bucket: OSS_BUCKET, key: `bench/keepalive-${r}/put-${i}`, body: 'x' });
          await ours.client.listObjects({ bucket: OSS_BUCKET, prefix: 'big/', maxKeys: 100 });
        }
        forMixed.push(emu.connections().oss - before);
      } finally {
        await ours.close();
      }
    }
    return result(forCreate, 'new TCP connections', `≤ 16 for createLinks of ${scale.links} links`, (m) => m <= 16, {
      mixedRun400Requests: median(forMixed),
    });
  } finally {
    await emu.close();
  }
}
