// Fault injection for reliability tests: per-request latency, a fraction of 500/503
// answers, a fraction of connections destroyed in the middle of the response body, and
// wrong checksum headers (a transfer must notice). The dice are a seeded PRNG, so a test that
// sends its requests one by one sees the same faults on every run with the same seed.
export interface FaultSettings {
  /** Restarts the dice from this seed (an unsigned 32-bit integer). */
  seed?: number;
  latencyMs?: number;
  faultRate?: number;
  dropRate?: number;
  /**
   * Every checksum header the emulator sends (x-oss-hash-crc64ecma, x-bce-content-crc32,
   * x-bce-content-crc64ecma) is wrong; given a request shape, only in the answers to those
   * (e.g. POST `uploadId`: CompleteMultipartUpload, its parts left right).
   */
  badChecksums?: boolean | RequestShape;
  /**
   * The next `times` answers to requests of this shape are dropped whatever the dice say: the
   * service acts, the client never hears (e.g. POST `uploads`, an InitiateMultipartUpload whose
   * answer is lost). `times: 0` clears it.
   */
  dropAnswers?: RequestShape & { times: number };
}

/** Requests of `method` whose query carries the parameter `query` (e.g. POST `uploads`). */
export interface RequestShape {
  method: string;
  query: string;
}

/** What a request is, as far as a RequestShape asks. */
export interface RequestLine {
  method: string;
  rawQuery: string;
}

function isShape(shape: RequestShape, request: RequestLine): boolean {
  if (request.method.toUpperCase() !== shape.method.toUpperCase()) return false;
  return request.rawQuery.split('&').some((pair) => pair.split('=')[0] === shape.query);
}

export interface FaultDecision {
  /** 500 or 503 when this request must fail. */
  status?: 500 | 503;
  drop: boolean;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for fault dice. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for runs that name none: reported by `Faults.seed` so a failure can be replayed. */
export function randomSeed(): number {
  return (Math.random() * 4294967296) >>> 0;
}

export class Faults {
  latencyMs = 0;
  faultRate = 0;
  dropRate = 0;
  badChecksums: boolean | RequestShape = false;
  /** The seed the dice were last started from. */
  seed = 0;
  private random: () => number = Math.random;
  private dropAnswers: (RequestShape & { times: number }) | undefined;

  constructor(initial: FaultSettings = {}) {
    this.set({ seed: randomSeed(), ...initial });
  }

  set(f: FaultSettings): void {
    if (f.seed !== undefined) {
      if (!Number.isInteger(f.seed) || f.seed < 0 || f.seed > 0xffffffff) throw new Error(`fault seed must be an integer 0..4294967295, not ${f.seed}`);
      this.seed = f.seed;
      this.random = seededRandom(f.seed);
    }
    if (f.latencyMs !== undefined) this.latencyMs = Math.max(0, f.latencyMs);
    if (f.faultRate !== undefined) this.faultRate = clamp01(f.faultRate);
    if (f.dropRate !== undefined) this.dropRate = clamp01(f.dropRate);
    if (f.badChecksums !== undefined) this.badChecksums = f.badChecksums;
    if (f.dropAnswers !== undefined) this.dropAnswers = f.dropAnswers.times > 0 ? { ...f.dropAnswers } : undefined;
  }

  /** Whether the answer to this request gets wrong checksum headers. */
  corruptsChecksums(request: RequestLine): boolean {
    return typeof this.badChecksums === 'boolean' ? this.badChecksums : isShape(this.badChecksums, request);
  }

  /** `request`: for a `dropAnswers` rule. */
  decide(request?: RequestLine): FaultDecision {
    const failing = this.faultRate > 0 && this.random() < this.faultRate;
    const status = failing ? (this.random() < 0.5 ? 500 : 503) : undefined;
    const drop = (!failing && this.dropRate > 0 && this.random() < this.dropRate) || (!failing && this.takeTargetedDrop(request));
    return status ? { status, drop } : { drop };
  }

  private takeTargetedDrop(request: RequestLine | undefined): boolean {
    const rule = this.dropAnswers;
    if (!rule || !request || !isShape(rule, request)) return false;
    rule.times -= 1;
    if (rule.times <= 0) this.dropAnswers = undefined;
    return true;
  }

  async delay(): Promise<void> {
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

const CHECKSUM_HEADERS = ['x-oss-hash-crc64ecma', 'x-bce-content-crc32', 'x-bce-content-crc64ecma'];

/** Replaces checksum header values with a different number of the same form. */
export function corruptChecksums(headers: Record<string, string>): void {
  for (const name of CHECKSUM_HEADERS) {
    const v = headers[name];
    if (v !== undefined) headers[name] = v === '1' ? '2' : '1';
  }
}
