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
}

export const FULL_SCALE: BenchScale = { rounds: 3, listObjects: 100_000, links: 1000, latenciesMs: [0, 10] };
export const TINY_SCALE: BenchScale = { rounds: 1, listObjects: 1500, links: 20, latenciesMs: [0, 10] };
