// ipc-list's two sides in one process, more rounds than the benchmark and alternating, for a steadier
// figure on a loaded machine (and for --cpu-prof): every big/ page through the app core's router
// (clone + page reader, as benchIpcList) against the StorageClient page by page. Prints median CPU ms
// per side and every round's (the benchmark itself runs the sides in lockstep, page by page).
// `npx tsx bench/ipc-list-probe.ts [both|router|client] [rounds]`;
// profile one side: `node --cpu-prof --cpu-prof-dir=/tmp/p --import tsx bench/ipc-list-probe.ts router 8`.
import { startEmulatorProcess } from './emulator-process';
import { ourClient } from './our-client';
import { clientPage, listThroughRouter, withCore } from './router-listing';
import { median } from './stats';

const side = process.argv[2] ?? 'both';
const rounds = Number(process.argv[3] ?? 10);
const emu = await startEmulatorProcess({ bigObjects: 100_000 });
const ours = ourClient(emu, 'oss');

async function pageByPage(): Promise<number> {
  let rows = 0;
  let cursor: string | undefined;
  do {
    const page = await clientPage(ours.client, cursor);
    rows += page.rows;
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

try {
  await withCore(emu, async (invoke) => {
    // Untimed warm-up of both sides, as in benchIpcList.
    await listThroughRouter(invoke);
    await pageByPage();
    const cpu = { router: [] as number[], client: [] as number[] };
    const sides = { router: () => listThroughRouter(invoke), client: pageByPage };
    for (let r = 0; r < rounds; r++) {
      for (const name of ['router', 'client'] as const) {
        if (side !== 'both' && side !== name) continue;
        const start = process.cpuUsage();
        await sides[name]();
        const used = process.cpuUsage(start);
        cpu[name].push((used.user + used.system) / 1000);
      }
    }
    console.log(JSON.stringify({ router: median(cpu.router), client: median(cpu.client), cpu }));
  });
} finally {
  await ours.close();
  await emu.close();
}
