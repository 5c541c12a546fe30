// Dev tool (not a benchmark): render-100k's first paint for two renderer builds in alternating
// rounds under the same load, so a change is compared with its base on a shared machine.
// `npx tsx bench/render-ab.ts <rootA> <rootB> [rounds]`: each root holds app/dist/renderer.
import { launchChromium } from '../e2e/host';
import { launchBrowserHost } from '../e2e/host/browser-host';
import { allowTsxPageFunctions } from './browser-rounds';
import { startEmulatorProcess } from './emulator-process';
import { firstRowPainted, listRoundTrip, type FirstPaint } from './render-bench';

const [rootA, rootB, roundsArg] = process.argv.slice(2);
if (!rootA || !rootB) throw new Error('usage: render-ab.ts <rootA> <rootB> [rounds]');
const rounds = Number(roundsArg ?? 10);
const emu = await startEmulatorProcess({ bigObjects: 100_000 });
const browser = await launchChromium();
type Round = FirstPaint & { roundTripMs: number; deliveredToRowFrameMs: number };

/** Marks in the page when the double-click came and when each big answer was parsed (the bridge
 * hands a page over as JSON text): the renderer's own part, apart from the bridge and main. */
const MARKS = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const parse = JSON.parse;
  globalThis.__abMarks = { click: 0, parsed: [] };
  addEventListener('dblclick', () => { globalThis.__abMarks.click = now(); }, true);
  JSON.parse = function (text, reviver) {
    const out = parse.call(JSON, text, reviver);
    if (typeof text === 'string' && text.length > 10000) globalThis.__abMarks.parsed.push(now());
    return out;
  };
})()`;
const out: Record<string, Round[]> = { A: [], B: [] };
try {
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 ? ['B', 'A'] : ['A', 'B']) {
      const app = await launchBrowserHost(side === 'A' ? rootA : rootB, { emulator: emu, browser, recordIpc: true });
      try {
        await allowTsxPageFunctions(app.page);
        await app.page.evaluate(MARKS);
        const first = await firstRowPainted(app);
        const marks = (await app.page.evaluate('globalThis.__abMarks')) as { click: number; parsed: number[] };
        const rowFrame = marks.click + first.toRequestMs + first.mainMs + first.answerToRowFrameMs;
        const delivered = marks.parsed.filter((at) => at >= marks.click + first.toRequestMs).at(0) ?? NaN;
        out[side]!.push({ ...first, deliveredToRowFrameMs: rowFrame - delivered, roundTripMs: await listRoundTrip(app.page) });
      } finally {
        await app.close();
      }
    }
  }
} finally {
  await browser.close();
  await emu.close();
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const [side, rs] of Object.entries(out)) {
  const f = (k: keyof Round) => med(rs.map((x) => x[k])).toFixed(1);
  const ratios = rs.map((x) => x.firstRowMs / x.roundTripMs);
  console.log(`${side}: ratio ${med(ratios).toFixed(2)} [${Math.min(...ratios).toFixed(2)} … ${Math.max(...ratios).toFixed(2)}] firstRow ${f('firstRowMs')} rt ${f('roundTripMs')} toRequest ${f('toRequestMs')} main ${f('mainMs')} answer→paint ${f('answerToPaintMs')} (answer→row frame ${f('answerToRowFrameMs')}, parsed in the page→row frame ${f('deliveredToRowFrameMs')})  (parsed→row frame, each: ${rs.map((x) => x.deliveredToRowFrameMs.toFixed(0)).join(' ')})`);
}
