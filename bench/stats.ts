// One shape for every benchmark's result, and the statistics behind it: min/median/max over
// rounds, ratios taken within one round so that both sides share the machine's state.

export interface BenchResult {
  /** The median of the rounds. */
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≥ 4× ali-oss listV2". */
  target: string;
  /** Whether the median meets the target (judged only by `npm run bench`, never by a test). */
  pass: boolean;
  min: number;
  median: number;
  max: number;
  /** Secondary figures of the same run (other ratios, absolute times). */
  details?: Record<string, number>;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(samples: readonly number[]): Spread {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return { min: NaN, median: NaN, max: NaN };
  const mid = s.length >> 1;
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { min: s[0] as number, median, max: s[s.length - 1] as number };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A result from per-round samples; `meets` judges the median. */
export function result(samples: readonly number[], unit: string, target: string, meets: (median: number) => boolean, details?: Record<string, number>): BenchResult {
  const s = spread(samples);
  const out: BenchResult = { value: round3(s.median), unit, target, pass: meets(s.median), min: round3(s.min), median: round3(s.median), max: round3(s.max) };
  if (details) out.details = Object.fromEntries(Object.entries(details).map(([k, v]) => [k, round3(v)]));
  return out;
}

/** Milliseconds taken by one async run. */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs every side once per round, in a rotating order, and returns each side's times. */
export async function rounds<K extends string>(count: number, sides: Record<K, () => Promise<unknown>>): Promise<Record<K, number[]>> {
  const names = Object.keys(sides) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < count; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length] as K);
    for (const name of order) times[name].push(await timed(sides[name]));
  }
  return times;
}

/** Per-round speed-up of `ours` over `theirs` (> 1: ours is faster). */
export function speedups(theirs: readonly number[], ours: readonly number[]): number[] {
  return ours.map((t, i) => (theirs[i] ?? NaN) / t);
}

export const median = (xs: readonly number[]): number => spread(xs).median;
