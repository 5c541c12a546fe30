// How big each benchmark runs: FULL for `npm run bench`, TINY for the pass inside `npm test`
// that only proves every benchmark still runs (its numbers are never judged).
export interface BenchScale {
  rounds: number;
  /** Objects in the listed folder. */
  listObjects: number;
  /** Links created / resolved. */
  links: number;
  /** Emulator latencies the link benchmarks run at. */
  latenciesMs: readonly number[];
  /** Bytes moved by upload-256m / download-256m. */
  transferBytes: number;
  /** Bytes uploaded while upload-rss-1g samples RSS. */
  rssBytes: number;
  /** Objects in the folder the renderer scrolls through (render-100k). */
  renderObjects: number;
  /** Links the scan-links-100k benchmark scans, and its rounds (a full round is minutes long). */
  scanLinks: number;
  scanRounds: number;
  /** Objects in the folder seek-1m opens a deep key of. */
  seekObjects: number;
  /** Objects in the folder hold-end-1m holds End in, and for how long (ms) at most. */
  holdEndObjects: number;
  holdEndMs: number;
}

export const FULL_SCALE: BenchScale = { rounds: 3, listObjects: 100_000, links: 1000, latenciesMs: [0, 10], transferBytes: 256 * 1024 * 1024, rssBytes: 1024 * 1024 * 1024, renderObjects: 100_000, scanLinks: 100_000, scanRounds: 1, seekObjects: 1_000_000, holdEndObjects: 1_000_000, holdEndMs: 60_000 };
export const TINY_SCALE: BenchScale = { rounds: 1, listObjects: 1500, links: 20, latenciesMs: [0, 10], transferBytes: 4 * 1024 * 1024, rssBytes: 20 * 1024 * 1024, renderObjects: 3000, scanLinks: 400, scanRounds: 1, seekObjects: 5000, holdEndObjects: 5000, holdEndMs: 3000 };
