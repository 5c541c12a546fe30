// Dev tool (not a benchmark): one Chrome trace of render-100k's first paint per round, written to
// /tmp/paint/trace-<n>.json (open it in chrome://tracing or DevTools), and the renderer main
// thread's tasks from the folder's list answer to the first row painted, with the frames.
// `npx tsx bench/render-trace.ts [rounds]`; CATS=<categories> traces other categories.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { browserHostRounds } from './browser-rounds';
import { firstPaintTimes } from './render-bench';

type Ev = { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> };

const rounds = Number(process.argv[2] ?? 3);
mkdirSync('/tmp/paint', { recursive: true });
await browserHostRounds(rounds, { bigObjects: 100_000 }, async (app) => {
  const events: Ev[] = [];
  let cdp: CDPSession | undefined;
  const times = await firstPaintTimes(app, {
    marks: true,
    beforeOpen: async () => {
      cdp = await app.page.context().newCDPSession(app.page);
      cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as Ev[])));
      await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,blink.user_timing,toplevel' } as never);
      await new Promise((r) => setTimeout(r, 200));
    },
  });
  await new Promise((r) => setTimeout(r, 300));
  const done = new Promise((r) => cdp!.once('Tracing.tracingComplete', r));
  await cdp!.send('Tracing.end');
  await done;
  const t = { t0: times.t0, seen: times.seen, t1: times.t1 };
  const req = { at: times.request };
  const ans = { at: times.answer };
  const n = Math.random().toString(36).slice(2, 6);
  writeFileSync(`/tmp/paint/trace-${n}.json`, JSON.stringify({ traceEvents: events }));
  // Map epoch ms to trace µs through the t0 mark.
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const m0 = mark('t0')!;
  const toTs = (epoch: number) => m0.ts + (epoch - t.t0) * 1000;
  const pid = m0.pid;
  const tid = m0.tid;
  const a = toTs(ans.at);
  const end = toTs(t.t1);
  console.log(`trace ${n}: first row ${(t.t1 - t.t0).toFixed(1)} ms; request ${(req.at - t.t0).toFixed(1)}, answer ${(ans.at - t.t0).toFixed(1)}, seen in rAF ${(t.seen - t.t0).toFixed(1)}`);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= toTs(t.t0) && e.ts <= end);
  const top = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((x, y) => x.ts - y.ts);
  const interesting = new Set(['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'EventDispatch', 'v8.run', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'UpdateLayer', 'Commit', 'HitTest', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'V8.Execute', 'v8.callFunction', 'RunMicrotasks', 'FireIdleCallback', 'RasterTask', 'Animation Frame Fired', 'BeginMainThreadFrame', 'ProxyMain::BeginMainFrame', 'V8.GCScavenger', 'MinorGC']);
  for (const task of top) {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) + 1 && interesting.has(e.name) && (e.dur ?? 0) > 100);
    if ((task.dur ?? 0) < 200 || task.ts + (task.dur ?? 0) < a) continue;
    const rel = (x: number) => ((x - m0.ts) / 1000).toFixed(1);
    console.log(`  task @${rel(task.ts)} ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ` + inside.map((e) => `${e.name}${e.args?.data && (e.args.data as { functionName?: string; url?: string }).functionName ? '(' + (e.args.data as { functionName: string }).functionName + ')' : ''} @${rel(e.ts)} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', '));
  }
  console.log(`  answer @${((a - m0.ts) / 1000).toFixed(1)} end @${((end - m0.ts) / 1000).toFixed(1)}`);
  const frames = events.filter((e) => e.pid === pid && e.tid === tid && (e.name === 'BeginMainThreadFrame' || e.name === 'BeginFrame' || e.name === 'FireAnimationFrame') && e.ts >= m0.ts && e.ts <= end);
  console.log('  frames: ' + frames.map((e) => `${e.name}@${((e.ts - m0.ts) / 1000).toFixed(1)}`).join(' '));
}, { recordIpc: true });
