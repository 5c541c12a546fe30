// The digit-by-digit reading of listing times must agree with Date.parse on every string it takes,
// and hand every other string to Date.parse (0 when that fails too).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeOf } from './object-page';

const reference = (iso: string): number => {
  if (!iso) return 0;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('timeOf', () => {
  it('listing-shaped times, in range and out of it, read as Date.parse reads them (fast-check, seeded)', () => {
    const part = (max: number, width: number) => fc.oneof({ arbitrary: fc.integer({ min: 0, max }).map((n) => pad(n, width)), weight: 30 }, { arbitrary: fc.constantFrom('', 'x', '1', '-1', '９'.repeat(width)), weight: 1 });
    const mostly = (usual: string, ...others: string[]) => fc.oneof({ arbitrary: fc.constant(usual), weight: 10 }, { arbitrary: fc.constantFrom(...others), weight: 1 });
    const iso = fc
      .tuple(part(9999, 4), part(13, 2), part(32, 2), part(25, 2), part(61, 2), part(61, 2), fc.oneof(fc.constant(''), part(999, 3).map((ms) => `.${ms}`), fc.constantFrom('.5', '.12', '.1234', ',123')), mostly('Z', 'z', '+08:00', ''), mostly('T', ' ', 't'))
      .map(([y, mo, d, h, mi, s, ms, zone, t]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${ms}${zone}`);
    fc.assert(fc.property(fc.oneof(iso, fc.string({ maxLength: 24 })), (text) => {
      expect(timeOf(text)).toBe(reference(text));
    }), { seed: 0x71e, numRuns: 5000 });
  });

  it('reads both services’ forms, leap days and month ends included', () => {
    for (const text of ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00Z', '2024-02-29T23:59:59.999Z', '2026-02-30T00:00:00Z', '2026-04-31T12:00:00Z', '0099-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '', '20x6-01-01T00:00:00Z', '2026-01-01T00:00:00.x00Z', '2026-01-01T00:00:00+000']) {
      expect(timeOf(text), text).toBe(reference(text));
    }
    expect(timeOf('2026-01-01T00:00:00.000Z')).toBe(Date.UTC(2026, 0, 1));
  });
});
