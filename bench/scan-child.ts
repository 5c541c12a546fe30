// Child of scan-bench.ts: one cold Check links scan (a new links service) over the seeded links, in
// a fresh process: baseline RSS after start-up and a GC, then the peak (sampled every 50 ms) while
// the scan runs and holds its report and reverse index. Prints one JSON line.
import { createLinksService } from '../src-main/links/create-links-service';
import { type BenchEmulator } from './emulator-process';
import { ourClient } from './our-client';

const { endpoints, bucket, prefix } = JSON.parse(process.env.BENCH_SCAN ?? '{}') as { endpoints: BenchEmulator; bucket: string; prefix: string };
const ours = ourClient(endpoints);
const service = createLinksService({ clientFor: async () => ours.client });
(globalThis as { gc?: () => void }).gc?.();
const base = process.memoryUsage.rss();
let peak = base;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
const started = performance.now();
const report = await service.scanLinks('bench', bucket, prefix);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
await ours.close();
const links = Object.values(report.counts).reduce((n, c) => n + c, 0);
console.log(JSON.stringify({ seconds, links, broken: report.counts.broken, problemsKept: report.problems.length, growthMb: (peak - base) / 1024 ** 2 }));
