import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, MAX_PARTS, MiB, planParts } from './part-plan';

describe('planParts', () => {
  it('sends files up to the threshold in one request, 0 bytes included', () => {
    expect(planParts(0, DEFAULT_LIMITS)).toEqual({ multipart: false, parts: [{ partNumber: 1, start: 0, end: 0 }] });
    expect(planParts(16 * MiB, DEFAULT_LIMITS).multipart).toBe(false);
  });

  it('cuts 16 MiB + 1 into 8 MiB, 8 MiB and 1 byte', () => {
    const { multipart, parts } = planParts(16 * MiB + 1, DEFAULT_LIMITS);
    expect(multipart).toBe(true);
    expect(parts.map((p) => p.end - p.start)).toEqual([8 * MiB, 8 * MiB, 1]);
    expect(parts.map((p) => p.partNumber)).toEqual([1, 2, 3]);
  });

  it('grows the part size so that 1 TiB needs at most 10,000 parts', () => {
    const size = 1024 * 1024 * MiB;
    const { parts } = planParts(size, DEFAULT_LIMITS);
    expect(parts.length).toBeLessThanOrEqual(MAX_PARTS);
    expect(parts.at(-1)!.end).toBe(size);
    expect((parts[0]!.end - parts[0]!.start) % MiB).toBe(0);
  });
});
