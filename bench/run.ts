// `npm run bench [-- --json] [-- --tiny]`: parse and signing benchmarks, ratios from one run.
// Exits 1 when the saxes ListObjectsV2 parser is not faster than fast-xml-parser 5.
import { FULL, TINY, runBenchmarks, saxesIsFaster } from './harness';

const args = new Set(process.argv.slice(2));
const results = runBenchmarks(args.has('--tiny') ? TINY : FULL);
const ok = saxesIsFaster(results);

if (args.has('--json')) {
  console.log(JSON.stringify({ ...results, saxesFaster: ok }));
} else {
  const p = results.listObjectsV2Parse;
  console.log(`ListObjectsV2 page: ${p.entries} entries, ${(p.pageBytes / 1024).toFixed(0)} KB`);
  console.log(`  saxes (ours)       ${p.saxesMs.toFixed(2)} ms/page`);
  console.log(`  fast-xml-parser 5  ${p.fastXmlParserMs.toFixed(2)} ms/page`);
  console.log(`  ratio              ${p.ratio.toFixed(1)}x ${ok ? '(saxes faster)' : '(saxes NOT faster)'}`);
  console.log('Signing throughput');
  for (const s of results.signing) console.log(`  ${s.name.padEnd(18)} ${s.opsPerSecond.toLocaleString('en-US')} ops/s`);
}
process.exitCode = ok ? 0 : 1;
