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

  it('dropAnswers drops the next N answers of one method and query parameter, then none', () => {
    const f = new Faults({ seed: 1, dropAnswers: { method: 'post', query: 'uploads', times: 2 } });
    const initiate = { method: 'POST', rawQuery: 'uploads' };
    expect(f.decide({ method: 'GET', rawQuery: 'uploads' }).drop).toBe(false);
    expect(f.decide({ method: 'POST', rawQuery: 'uploadId=u1' }).drop).toBe(false);
    expect(f.decide({ method: 'POST', rawQuery: 'uploadsX=' }).drop).toBe(false);
    expect(f.decide({ method: 'POST', rawQuery: 'a=1&uploads=' }).drop).toBe(true);
    expect(f.decide(initiate).drop).toBe(true);
    expect(f.decide(initiate).drop).toBe(false);
    f.set({ dropAnswers: { method: 'POST', query: 'uploads', times: 1 } });
    f.set({ dropAnswers: { method: 'POST', query: 'uploads', times: 0 } });
    expect(f.decide(initiate).drop).toBe(false);
  });

  it('badChecksums with a request shape corrupts only the answers to those requests', () => {
    const f = new Faults({ badChecksums: { method: 'POST', query: 'uploadId' } });
    expect(f.corruptsChecksums({ method: 'POST', rawQuery: 'uploadId=u1' })).toBe(true);
    expect(f.corruptsChecksums({ method: 'PUT', rawQuery: 'partNumber=1&uploadId=u1' })).toBe(false);
    expect(f.corruptsChecksums({ method: 'PUT', rawQuery: '' })).toBe(false);
    f.set({ badChecksums: true });
    expect(f.corruptsChecksums({ method: 'PUT', rawQuery: '' })).toBe(true);
    f.set({ badChecksums: false });
    expect(f.corruptsChecksums({ method: 'POST', rawQuery: 'uploadId=u1' })).toBe(false);
  });

  it('the generator is roughly uniform', () => {
    const r = seededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(r() * 10)]! += 1;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});
