// Child of main-memory.ts: baseline RSS after start-up and a GC, then the peak RSS while every
// page of the folder goes through the router. Prints one JSON line.
import { listThroughRouter, withCore } from './router-listing';

const endpoints = JSON.parse(process.env.BENCH_EMULATOR ?? '{}') as { oss: string; bos: string; accessKeyId: string; accessKeySecret: string };
const gc = (globalThis as { gc?: () => void }).gc;
const out = await withCore(endpoints, async (invoke) => {
  gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const rows = await listThroughRouter(invoke, () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  });
  return { growthMb: (peak - base) / (1024 * 1024), rows };
});
console.log(JSON.stringify(out));
