// Proves the bench harness runs end to end (tiny iterations). Not a timing assertion.
import { describe, expect, it } from 'vitest';
import { parseListObjectsV2 } from '../src-main/storage/oss/parse';
import { listObjectsV2PageXml } from './fixtures';
import { TINY, compare, runBenchmarks, saxesIsFaster } from './harness';

describe('bench harness', () => {
  it('runs every benchmark and reports ratios and throughput', () => {
    const r = runBenchmarks(TINY);
    expect(r.listObjectsV2Parse).toMatchObject({ entries: 1000, sameKeyCount: true });
    expect(r.listObjectsV2Parse.pageBytes).toBeGreaterThan(200_000);
    expect(r.listObjectsV2Parse.ratio).toBeGreaterThan(0);
    expect(r.signing.map((s) => s.name)).toEqual(['oss-v4-header', 'oss-v1-header', 'bce-auth-v1']);
    expect(r.signing.every((s) => s.opsPerSecond > 0)).toBe(true);
    expect(typeof saxesIsFaster(r)).toBe('boolean');
  });

  it('saxesIsFaster is false when the parsers disagree on the entry count', () => {
    const r = runBenchmarks(TINY);
    expect(saxesIsFaster({ ...r, listObjectsV2Parse: { ...r.listObjectsV2Parse, sameKeyCount: false } })).toBe(false);
    expect(saxesIsFaster({ ...r, listObjectsV2Parse: { ...r.listObjectsV2Parse, ratio: 0.9 } })).toBe(false);
  });

  it('compare() runs each variant once per round after warm-up', () => {
    const calls = { a: 0, b: 0 };
    const t = compare({ a: () => void calls.a++, b: () => void calls.b++ }, { rounds: 3, warmup: 1 });
    expect(calls).toEqual({ a: 4, b: 4 });
    expect(Object.keys(t)).toEqual(['a', 'b']);
  });

  it('the fixture is a valid page the client parser reads fully', () => {
    const page = parseListObjectsV2(listObjectsV2PageXml(100));
    expect(page.objects).toHaveLength(100);
    expect(page.objects[0]?.key).toBe('photos/2025/目录 000000/image+0.jpg');
    expect(page.objects.filter((o) => o.kind === 'symlink')).toHaveLength(2);
  });
});
