// The tiny pass of `npm run bench` inside `npm test`: every benchmark still runs end to end and
// reports the agreed shape. Its numbers are not judged here (a timed test would be flaky on a
// shared machine); targets are judged by a full `npm run bench` only.
import { describe, expect, it } from 'vitest';
import { TINY_SCALE } from './scale';
import { benchmarks, runAll } from './suite';

describe('npm run bench --tiny', () => {
  it('runs every benchmark and reports {value, unit, target, pass, min, median, max}', async () => {
    const results = await runAll(TINY_SCALE);
    const names = Object.keys(results);
    expect(names).toEqual(Object.keys(benchmarks(TINY_SCALE)));
    for (const name of ['list-100k-oss', 'list-100k-bos', 'ipc-list', 'keepalive', 'main-memory-100k', 'render-100k', 'sort-100k', 'seek-1m', 'hold-end-1m', 'create-links-1k@0ms', 'create-links-1k@10ms', 'resolve-links-1k@0ms', 'resolve-links-1k@10ms', 'scan-links-100k']) {
      expect(names).toContain(name);
    }
    for (const [name, r] of Object.entries(results)) {
      expect(r, name).toMatchObject({ unit: expect.any(String), target: expect.any(String), pass: expect.any(Boolean) });
      for (const n of [r.value, r.min, r.median, r.max]) expect(Number.isFinite(n), `${name}: ${n}`).toBe(true);
      expect(r.min <= r.median && r.median <= r.max, name).toBe(true);
    }
    // The counts are exact even at toy size: a lost keep-alive shows here too.
    expect(results.keepalive!.details!.mixedRun400Requests).toBeLessThanOrEqual(2);
    // The scan found every seeded link and exactly the broken twentieth of them.
    expect(results['scan-links-100k']!.details).toMatchObject({ links: 400, exact: 1 });
    // The renderer really drew the folder and windowed it (the browser host reached its last row).
    expect(results['render-100k']!.details!.mostRowsInDom).toBeGreaterThan(10);
    expect(results['render-100k']!.details!.mostRowsInDom).toBeLessThanOrEqual(200);
    // Sorted by size, the renderer paged to the last of the toy folder's rows, then re-sorted and filtered them.
    expect(results['sort-100k']!.details!.rows).toBe(TINY_SCALE.renderObjects);
    // Counted, not timed: a key deep in the toy folder is shown without scanning to it.
    expect(results['seek-1m']!.value).toBeGreaterThanOrEqual(1);
    expect(results['seek-1m']!.value).toBeLessThan(results['seek-1m']!.details!.scanWouldTake!);
    // Holding End paged the toy folder to its last row, a page timed for every page listed.
    expect(results['hold-end-1m']!.details).toMatchObject({ reachedEnd: 1, rowsLoaded: TINY_SCALE.holdEndObjects, pages: TINY_SCALE.holdEndObjects / 1000 - 1 });
    expect(results['hold-end-1m']!.details!.pageMsFirst10).toBeGreaterThan(0);
  }, 240_000);

  it('runs a benchmark in a process of its own, as npm run bench does, with the same result shape', async () => {
    const results = await runAll(TINY_SCALE, { only: new Set(['keepalive']), isolate: true });
    expect(Object.keys(results)).toEqual(['keepalive']);
    expect(results.keepalive).toMatchObject({ unit: expect.any(String), target: expect.any(String), pass: expect.any(Boolean) });
    expect(results.keepalive!.details!.mixedRun400Requests).toBeLessThanOrEqual(2);
  }, 60_000);
});
