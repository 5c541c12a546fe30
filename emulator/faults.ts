// Fault injection for reliability tests: per-request latency, a fraction of 500/503
// answers, a fraction of connections destroyed in the middle of the response body, and
// wrong checksum headers (a transfer must notice).
export interface FaultSettings {
  latencyMs?: number;
  faultRate?: number;
  dropRate?: number;
  /** Every checksum header the emulator sends (x-oss-hash-crc64ecma, x-bce-content-crc32) is wrong. */
  badChecksums?: boolean;
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
  badChecksums = false;

  constructor(initial: FaultSettings = {}, private readonly random: () => number = Math.random) {
    this.set(initial);
  }

  set(f: FaultSettings): void {
    if (f.latencyMs !== undefined) this.latencyMs = Math.max(0, f.latencyMs);
    if (f.faultRate !== undefined) this.faultRate = clamp01(f.faultRate);
    if (f.dropRate !== undefined) this.dropRate = clamp01(f.dropRate);
    if (f.badChecksums !== undefined) this.badChecksums = f.badChecksums;
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

const CHECKSUM_HEADERS = ['x-oss-hash-crc64ecma', 'x-bce-content-crc32'];

/** Replaces checksum header values with a different number of the same form. */
export function corruptChecksums(headers: Record<string, string>): void {
  for (const name of CHECKSUM_HEADERS) {
    const v = headers[name];
    if (v !== undefined) headers[name] = v === '1' ? '2' : '1';
  }
}
