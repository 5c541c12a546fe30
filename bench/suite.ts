// The benchmark suite: names, order and the runner shared by `npm run bench` and the tiny pass.
import { benchListParse, benchSigning, FULL, saxesIsFaster } from './harness';
import { benchCrc64 } from './hash-bench';
import { benchCreateLinks, benchKeepAlive, benchResolveLinks } from './link-benches';
import { benchIpcList, benchList } from './list-benches';
import { benchHoldEnd } from './hold-end-bench';
import { benchMainMemory } from './main-memory';
import { benchRender } from './render-bench';
import { benchScanLinks } from './scan-bench';
import { benchSeek } from './seek-bench';
import { benchSort } from './sort-bench';
import { type BenchScale } from './scale';
import { benchTransfer, benchUploadRss } from './transfer-bench';
import { type BenchResult, result } from './stats';
import { runJsonChild } from './json-child';

type Bench = (scale: BenchScale) => Promise<BenchResult>;

function parseBenches(): Record<string, Bench> {
  return {
    'parse-list-page': async (scale) => {
      const p = benchListParse({ ...FULL, rounds: scale.rounds === 1 ? 2 : FULL.rounds, warmup: scale.rounds === 1 ? 0 : FULL.warmup });
      return result([p.ratio], '× fast-xml-parser 5', '> 1× (saxes parser with row building beats fast-xml-parser 5)', () => saxesIsFaster({ listObjectsV2Parse: p, signing: [] }), { saxesMs: p.saxesMs, fastXmlParserMs: p.fastXmlParserMs });
    },
    'sign-throughput': async (scale) => {
      const s = benchSigning({ ...FULL, signBatch: scale.rounds === 1 ? 5 : FULL.signBatch, rounds: scale.rounds === 1 ? 2 : FULL.rounds });
      const ops = Object.fromEntries(s.map((x) => [x.name, x.opsPerSecond]));
      return result([ops['oss-v4-header'] ?? 0], 'OSS V4 signatures/s', 'informational', () => true, ops);
    },
  };
}

export function benchmarks(scale: BenchScale): Record<string, Bench> {
  const out: Record<string, Bench> = {
    ...parseBenches(),
    'list-100k-oss': (s) => benchList('oss', s),
    'list-100k-bos': (s) => benchList('bos', s),
    'ipc-list': benchIpcList,
    'main-memory-100k': benchMainMemory,
    keepalive: benchKeepAlive,
    'crc64-hash': benchCrc64,
    'upload-256m': (s) => benchTransfer('upload', s),
    'download-256m': (s) => benchTransfer('download', s),
    'upload-rss-1g': benchUploadRss,
    'render-100k': benchRender,
    'sort-100k': benchSort,
    'scan-links-100k': benchScanLinks,
    'seek-1m': benchSeek,
    'hold-end-1m': benchHoldEnd,
  };
  for (const latency of scale.latenciesMs) {
    out[`create-links-1k@${latency}ms`] = (s) => benchCreateLinks(s, latency);
    out[`resolve-links-1k@${latency}ms`] = (s) => benchResolveLinks(s, latency);
  }
  return out;
}

export interface RunOptions {
  only?: Set<string>;
  log?: (line: string) => void;
  /** Each benchmark in its own Node process (bench-child.ts), as `npm run bench` runs them: in one
   * process a benchmark measured also what ran before it (render-100k's first row waited on
   * collections of heaps earlier benchmarks left; the list benchmarks ran on a parser that
   * parse-list-page had compiled for them). */
  isolate?: boolean;
}

export async function runAll(scale: BenchScale, options: RunOptions = {}): Promise<Record<string, BenchResult>> {
  const results: Record<string, BenchResult> = {};
  for (const [name, bench] of Object.entries(benchmarks(scale))) {
    if (options.only && !options.only.has(name)) continue;
    options.log?.(`running ${name}…`);
    results[name] = options.isolate ? await runJsonChild<BenchResult>('bench/bench-child.ts', 'BENCH_ONE', { name, scale }) : await bench(scale);
  }
  return results;
}
