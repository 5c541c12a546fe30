import { describe, expect, it } from 'vitest';
import { Faults, seededRandom } from './faults';

const decisions = (f: Faults, n: number) => Array.from({ length: n }, () => f.decide());

describe('Faults', () => {
  it('the same seed gives the same faults, another seed other ones', () => {
    const settings = { faultRate: 0.3, dropRate: 0.3 };
    const a = decisions(new Faults({ ...settings, seed: 42 }), 200);
    const b = decisions(new Faults({ ...settings, seed: 42 }), 200);
    const c = decisions(new Faults({ ...settings, seed: 43 }), 200);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    // Both kinds of fault and clean answers all occur at these rates.
    expect(a.some((d) => d.status === 500) && a.some((d) => d.status === 503) && a.some((d) => d.drop) && a.some((d) => !d.status && !d.drop)).toBe(true);
  });

  it('setting a seed restarts the dice; a run without one reports the seed it drew', () => {
    const f = new Faults({ faultRate: 0.5 });
    const drawn = f.seed;
    const first = decisions(f, 50);
    f.set({ seed: drawn });
    expect(decisions(f, 50)).toEqual(first);
    expect(() => f.set({ seed: -1 })).toThrow(/fault seed/);
    expect(() => f.set({ seed: 1.5 })).toThrow(/fault seed/);
  });

  it('the generator is roughly uniform', () => {
    const r = seededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(r() * 10)]! += 1;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});
