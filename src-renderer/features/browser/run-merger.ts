// A merge sort cut into steps: sorted runs go in, and each step merges at most a given number of
// items, so sorting a million rows never holds the thread for long. Runs are merged in pairs in
// the order they came (runs of similar size), like a bottom-up merge sort.

type Merge<T> = { a: readonly T[]; b: readonly T[]; i: number; j: number; out: T[] };

export class RunMerger<T> {
  private readonly runs: (readonly T[])[] = [];
  private merge: Merge<T> | null = null;

  add(run: readonly T[]): void {
    if (run.length > 0) this.runs.push(run);
  }

  get done(): boolean {
    return this.merge === null && this.runs.length <= 1;
  }

  /** Merges up to `budget` items; returns how many it moved. */
  step(cmp: (a: T, b: T) => number, budget: number): number {
    let moved = 0;
    while (moved < budget) {
      if (!this.merge) {
        if (this.runs.length < 2) break;
        const a = this.runs.shift() as readonly T[];
        const b = this.runs.shift() as readonly T[];
        this.merge = { a, b, i: 0, j: 0, out: new Array<T>(a.length + b.length) };
      }
      const m = this.merge;
      const start = m.i + m.j;
      const stop = Math.min(m.out.length, start + budget - moved);
      for (let k = start; k < stop; k += 1) {
        if (m.j >= m.b.length || (m.i < m.a.length && cmp(m.a[m.i] as T, m.b[m.j] as T) <= 0)) m.out[k] = m.a[m.i++] as T;
        else m.out[k] = m.b[m.j++] as T;
      }
      moved += stop - start;
      if (stop === m.out.length) {
        this.runs.push(m.out);
        this.merge = null;
      }
    }
    return moved;
  }

  /** The one sorted run (call when done). */
  result(): readonly T[] {
    return this.runs[0] ?? [];
  }
}
