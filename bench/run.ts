// `npm run bench [-- --json] [-- --tiny] [-- --only a,b]`: every benchmark, ratios from one run,
// min/median/max over rounds. --json prints one object keyed by benchmark. --tiny runs each at a
// toy size (npm test does, so that the benchmarks cannot rot); only a full run judges targets and
// exits 1 when one is missed. Each benchmark runs in a process of its own (suite.ts RunOptions.isolate).
import { runAll } from './suite';
import { FULL_SCALE, TINY_SCALE } from './scale';

const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;

const results = await runAll(tiny ? TINY_SCALE : FULL_SCALE, { only, isolate: true, log: args.includes('--json') ? () => {} : (line) => console.log(line) });

if (args.includes('--json')) {
  console.log(JSON.stringify(results));
} else {
  console.log('');
  for (const [name, r] of Object.entries(results)) {
    const details = r.details ? ' ' + Object.entries(r.details).map(([k, v]) => `${k}=${v}`).join(' ') : '';
    console.log(`${r.pass ? 'PASS' : 'MISS'} ${name.padEnd(24)} ${String(r.median).padStart(9)} ${r.unit} [${r.min} … ${r.max}] target ${r.target}${details}`);
  }
}
if (!tiny && Object.values(results).some((r) => !r.pass)) process.exitCode = 1;
