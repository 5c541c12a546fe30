import { describe, expect, it } from 'vitest';
import { type EarlyCursorFetch, chunked, listAllPrefetching, pageSize, xmlEscape } from './list-helpers';
import { type ListObjectsPage } from './types';

const page = (key: string, nextCursor?: string): ListObjectsPage => ({
  folders: [],
  objects: [{ kind: 'object', key, size: 0, lastModified: '', etag: '', storageClass: '' }],
  nextCursor,
});

/** Pages p0..p(n-1); cursor of page i+1 is `c<i+1>`. Each page waits for `release` to finish. */
function scripted(n: number, opts: { early?: (i: number) => string | undefined } = {}) {
  const log: string[] = [];
  const signals: AbortSignal[] = [];
  const fetch: EarlyCursorFetch = async (input, onNext) => {
    const i = input.cursor ? Number(input.cursor.slice(1)) : 0;
    log.push(`start ${i}`);
    signals.push(input.signal as AbortSignal);
    const next = i + 1 < n ? `c${i + 1}` : undefined;
    const early = opts.early ? opts.early(i) : next;
    if (early !== undefined) onNext(early);
    await new Promise((r) => setTimeout(r, 5));
    log.push(`end ${i}`);
    return page(`k${i}`, next);
  };
  return { fetch, log, signals };
}

async function collect(it: AsyncIterable<ListObjectsPage>, limit = Infinity): Promise<string[]> {
  const keys: string[] = [];
  for await (const p of it) {
    keys.push(...p.objects.map((o) => o.key));
    if (keys.length >= limit) break;
  }
  return keys;
}

describe('listAllPrefetching', () => {
  it('requests the next page as soon as its cursor is known, yielding pages in order', async () => {
    const s = scripted(3);
    expect(await collect(listAllPrefetching('oss', s.fetch, { bucket: 'b' }))).toEqual(['k0', 'k1', 'k2']);
    expect(s.log.slice(0, 2)).toEqual(['start 0', 'start 1']);
  });

  it('aborts the request running ahead when the consumer stops', async () => {
    const s = scripted(5);
    expect(await collect(listAllPrefetching('oss', s.fetch, { bucket: 'b' }), 1)).toEqual(['k0']);
    expect(s.signals[1]?.aborted).toBe(true);
  });

  it('falls back to the final cursor when no early one is reported', async () => {
    const s = scripted(3, { early: () => undefined });
    expect(await collect(listAllPrefetching('oss', s.fetch, { bucket: 'b' }))).toEqual(['k0', 'k1', 'k2']);
    expect(s.log.slice(0, 3)).toEqual(['start 0', 'end 0', 'start 1']);
  });

  it('replaces a prefetch whose early cursor was not the final one', async () => {
    const s = scripted(2, { early: (i) => (i === 0 ? 'c9' : undefined) });
    expect(await collect(listAllPrefetching('oss', s.fetch, { bucket: 'b' }))).toEqual(['k0', 'k1']);
    expect(s.signals[1]?.aborted).toBe(true);
  });

  it('stops with InvalidResponse when the server repeats its cursor', async () => {
    const fetch: EarlyCursorFetch = async () => page('same', 'c1');
    await expect(collect(listAllPrefetching('bos', fetch, { bucket: 'b' }))).rejects.toMatchObject({ code: 'InvalidResponse', provider: 'bos' });
  });

  it('propagates a page failure', async () => {
    const fetch: EarlyCursorFetch = async (input) => {
      if (input.cursor) throw new Error('boom');
      return page('k0', 'c1');
    };
    await expect(collect(listAllPrefetching('oss', fetch, { bucket: 'b' }))).rejects.toThrow('boom');
  });
});

describe('small helpers', () => {
  it('chunks and escapes', () => {
    expect([...chunked([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect(xmlEscape(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});

describe('pageSize', () => {
  it('clamps to 1..1000 and defaults to 1000', () => {
    expect([undefined, 0, -5, 1, 2.7, 1000, 5000, Number.NaN].map(pageSize)).toEqual([1000, 1, 1, 1, 2, 1000, 1000, 1000]);
  });
});
