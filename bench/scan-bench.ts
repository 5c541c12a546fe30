// scan-links-100k: the Check links / Find links scan (links service scanLinks: listing pages,
// GetSymlink per link, a HEAD per distinct target, 8 requests in flight) over 100,000 seeded links
// (emulator seed big:N,links:M, 5 % broken). Each round scans in a fresh child process
// (scan-child.ts, --expose-gc, as main-memory-100k), so the RSS growth is the scan's own, not
// this process's history. Reports links per second; passes when it finds exactly the broken
// links, keeps only those problem links, and RSS growth stays bounded.
import { BIG_LINKS_PREFIX } from '../emulator/seed-big';
import { startEmulatorProcess } from './emulator-process';
import { runJsonChild } from './json-child';
import { OSS_BUCKET } from './rivals';
import { type BenchScale } from './scale';
import { type BenchResult, result } from './stats';

/** RSS growth allowed while 100,000 links are scanned: the report keeps the problem links, the reverse index every link. */
const RSS_LIMIT_MB = 300;
/** Distinct targets the links point at (each HEAD once while its state is cached). */
const TARGETS = 10_000;

export async function benchScanLinks(scale: BenchScale): Promise<BenchResult> {
  const links = scale.scanLinks;
  const emu = await startEmulatorProcess({ bigObjects: Math.min(TARGETS, links), bigLinks: links });
  const rates: number[] = [];
  let rssGrowthMb = 0;
  let exact = true;
  try {
    for (let round = 0; round < scale.scanRounds; round++) {
      const { oss, bos, accessKeyId, accessKeySecret } = emu;
      const run = await runJsonChild<{ seconds: number; links: number; broken: number; problemsKept: number; growthMb: number }>('bench/scan-child.ts', 'BENCH_SCAN', {
        endpoints: { oss, bos, accessKeyId, accessKeySecret },
        bucket: OSS_BUCKET,
        prefix: BIG_LINKS_PREFIX,
      });
      rates.push(run.links / run.seconds);
      rssGrowthMb = Math.max(rssGrowthMb, run.growthMb);
      const broken = Math.floor(links / 20);
      if (run.links !== links || run.broken !== broken || run.problemsKept !== broken) exact = false;
    }
    return result(rates, 'links/s', `exactly the 5 % broken found and kept; RSS growth ≤ ${RSS_LIMIT_MB} MB in a fresh process (rate informational)`, () => exact && rssGrowthMb <= RSS_LIMIT_MB, {
      links,
      distinctTargets: Math.min(TARGETS, links),
      rssGrowthMb,
      exact: exact ? 1 : 0,
    });
  } finally {
    await emu.close();
  }
}
