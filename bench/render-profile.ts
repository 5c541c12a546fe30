// Dev tool (not a benchmark): V8 CPU profiles of render-100k's first paint, rounds alternating
// between renderer builds (each root holds app/dist/renderer) under the same load. Prints, per
// build, the mean inclusive time per function in two windows: double-click → main's answer, and
// answer → the frame that first shows the row. `npx tsx bench/render-profile.ts rounds rootA [rootB]`
// (SELF=1 for self time, TOP=n rows, SAVE=1 keeps the profiles in /tmp/paint).
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../e2e/host';
import { launchBrowserHost } from '../e2e/host/browser-host';
import { allowTsxPageFunctions } from './browser-rounds';
import { startEmulatorProcess } from './emulator-process';
import { firstPaintTimes } from './render-bench';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
const WINDOWS = ['click→answer', 'answer→seen'] as const;
/** SELF=1: self time (the sampled frame only) instead of inclusive time. */
const SELF_ONLY = process.env.SELF === '1';

const [roundsArg, ...roots] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 6);
if (process.env.SAVE) mkdirSync('/tmp/paint', { recursive: true });
const totals = roots.map(() => new Map<string, number>());
const walls = roots.map(() => [] as string[]);
const emu = await startEmulatorProcess({ bigObjects: 100_000 });
const browser = await launchChromium();
try {
  for (let r = 0; r < rounds; r++) {
    for (const side of roots.map((_, i) => (i + r) % roots.length)) {
      const app = await launchBrowserHost(roots[side]!, { emulator: emu, browser, recordIpc: true });
      try {
        await allowTsxPageFunctions(app.page);
        await profileRound(app, side);
      } finally {
        await app.close();
      }
    }
  }
} finally {
  await browser.close();
  await emu.close();
}
for (const [side, root] of roots.entries()) {
  console.log(`== ${root}: ${walls[side]!.join(' | ')}`);
  for (const w of WINDOWS) {
    const rows = [...totals[side]!].filter(([k]) => k.startsWith(w)).map(([k, v]) => [k.slice(w.length + 1), v / rounds] as const).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60));
    console.log(`  ${w}, mean ${SELF_ONLY ? 'self' : 'inclusive'} ms:\n` + rows.map(([f, v]) => `    ${v.toFixed(2).padStart(6)} ${f}`).join('\n'));
  }
}

async function profileRound(app: Awaited<ReturnType<typeof launchBrowserHost>>, side: number): Promise<void> {
  const cdp = await app.page.context().newCDPSession(app.page);
  const at = await firstPaintTimes(app, {
    marks: true,
    beforeOpen: async () => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    },
  });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const t = { t0: at.t0, seen: at.seen, t1: at.t1 };
  const req = { at: at.request };
  const ans = { at: at.answer };
  if (process.env.SAVE) writeFileSync(`/tmp/paint/profile-${side}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  let ts = profile.startTime;
  const times = profile.timeDeltas.map((d) => (ts += d));
  const markIdx = profile.samples.findLastIndex((s) => byId.get(s)?.callFrame.functionName === 'paintMarkT0');
  const t0Ts = markIdx >= 0 ? times[markIdx]! : times[0]!;
  const toTs = (epoch: number) => t0Ts + (epoch - t.t0) * 1000;
  walls[side]!.push(`${(t.t1 - t.t0).toFixed(0)}: req ${(req.at - t.t0).toFixed(1)} ans ${(ans.at - t.t0).toFixed(1)} seen ${(t.seen - t.t0).toFixed(1)}`);
  const windows: [string, number, number][] = [[WINDOWS[0], toTs(t.t0), toTs(ans.at)], [WINDOWS[1], toTs(ans.at), toTs(t.seen)]];
  const name = (x: Node) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber}`;
  for (const [label, from, to] of windows) {
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i]! < from || times[i]! > to) continue;
      const dt = (profile.timeDeltas[i + 1] ?? 100) / 1000;
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const k = name(byId.get(id)!);
        if (seen.has(k)) continue;
        seen.add(k);
        if (SELF_ONLY && id !== profile.samples[i]) continue;
        totals[side]!.set(`${label} ${k}`, (totals[side]!.get(`${label} ${k}`) ?? 0) + dt);
      }
    }
  }
}
