// Fault injection for reliability tests: per-request latency, a fraction of 500/503
// answers, and a fraction of connections destroyed in the middle of the response body.
export interface FaultSettings {
  latencyMs?: number;
  faultRate?: number;
  dropRate?: number;
}

export interface FaultDecision {
  /** 500 or 503 when this request must fail. */
  status?: 500 | 503;
  drop: boolean;
}

export class Faults {
  latencyMs = 0;
  faultRate = 0;
  dropRate = 0;

  constructor(initial: FaultSettings = {}, private readonly random: () => number = Math.random) {
    this.set(initial);
  }

  set(f: FaultSettings): void {
    if (f.latencyMs !== undefined) this.latencyMs = Math.max(0, f.latencyMs);
    if (f.faultRate !== undefined) this.faultRate = clamp01(f.faultRate);
    if (f.dropRate !== undefined) this.dropRate = clamp01(f.dropRate);
  }

  decide(): FaultDecision {
    const failing = this.faultRate > 0 && this.random() < this.faultRate;
    const status = failing ? (this.random() < 0.5 ? 500 : 503) : undefined;
    const drop = !failing && this.dropRate > 0 && this.random() < this.dropRate;
    return status ? { status, drop } : { drop };
  }

  async delay(): Promise<void> {
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
