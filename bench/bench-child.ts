// One benchmark in a fresh process (suite.ts runAll with `isolate`): the benchmarks before it leave
// neither their heap nor their compiled code behind. Prints the result as the last JSON line.
import { benchmarks } from './suite';
import type { BenchScale } from './scale';

const { name, scale } = JSON.parse(process.env.BENCH_ONE ?? '{}') as { name: string; scale: BenchScale };
const bench = benchmarks(scale)[name];
if (!bench) throw new Error(`bench-child: no benchmark named ${name}`);
const out = await bench(scale);
console.log(JSON.stringify(out));
// A benchmark may leave a keep-alive socket or a timer behind; its process ends with it.
process.exit(0);
