// scan-links-100k: the Check links / Find links scan (links service scanLinks: listing pages,
// GetSymlink per link, a HEAD per distinct target, 8 requests in flight) over 100,000 seeded links
// (emulator seed big:N,links:M, 5 % broken). Reports links per second and the growth of this
// process's RSS while it runs; passes when it finds exactly the broken links and RSS stays bounded.
import { BIG_LINKS_PREFIX } from '../emulator/seed-big';
import { createLinksService } from '../src-main/links/create-links-service';
import { startEmulatorProcess } from './emulator-process';
import { ourClient } from './our-client';
import { OSS_BUCKET } from './rivals';
import { type BenchScale } from './scale';
import { type BenchResult, result } from './stats';

/** RSS growth allowed while 100,000 links are scanned and held in the report (and the reverse index). */
const RSS_LIMIT_MB = 300;
/** Distinct targets the links point at (each HEAD once while its state is cached). */
const TARGETS = 10_000;

export async function benchScanLinks(scale: BenchScale): Promise<BenchResult> {
  const links = scale.scanLinks;
  const emu = await startEmulatorProcess({ bigObjects: Math.min(TARGETS, links), bigLinks: links });
  const ours = ourClient(emu);
  const rates: number[] = [];
  let rssGrowthMb = 0;
  let exact = true;
  try {
    for (let round = 0; round < scale.scanRounds; round++) {
      // A new service each round: cold caches, as a first scan after start.
      const service = createLinksService({ clientFor: async () => ours.client });
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const started = performance.now();
      const report = await service.scanLinks('bench', OSS_BUCKET, BIG_LINKS_PREFIX);
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      rates.push(report.links.length / seconds);
      rssGrowthMb = Math.max(rssGrowthMb, (peak - before) / 1024 ** 2);
      const broken = report.links.filter((l) => l.state === 'broken').length;
      if (report.links.length !== links || broken !== Math.floor(links / 20)) exact = false;
    }
    return result(rates, 'links/s', `exactly the 5 % broken found; RSS growth ≤ ${RSS_LIMIT_MB} MB (rate informational)`, () => exact && rssGrowthMb <= RSS_LIMIT_MB, {
      links,
      distinctTargets: Math.min(TARGETS, links),
      rssGrowthMb,
      exact: exact ? 1 : 0,
    });
  } finally {
    await ours.close();
    await emu.close();
  }
}
