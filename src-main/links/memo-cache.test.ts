import { describe, expect, it, vi } from 'vitest';
import { cacheKey, cacheKeyPrefix } from './cache-key';
import { createMemoCache } from './memo-cache';

describe('createMemoCache()', () => {
  it('shares one in-flight computation between concurrent callers', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000 });
    const compute = vi.fn(async () => 42);
    await expect(Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)])).resolves.toEqual([42, 42, 42]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps a value until its time to live has passed', async () => {
    let now = 0;
    const cache = createMemoCache<number>({ ttlMs: 100, now: () => now });
    const compute = vi.fn(async () => now);
    await cache.get('k', compute);
    now = 99;
    await expect(cache.get('k', compute)).resolves.toBe(0);
    now = 101;
    await expect(cache.get('k', compute)).resolves.toBe(101);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('does not cache failures', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000 });
    await expect(cache.get('k', () => Promise.reject(new Error('once')))).rejects.toThrow('once');
    await expect(cache.get('k', async () => 7)).resolves.toBe(7);
  });

  it('forgets invalidated keys, also while their computation is in flight', async () => {
    const cache = createMemoCache<string>({ ttlMs: 1000 });
    let release!: () => void;
    const slow = cache.get('a', () => new Promise<string>((r) => (release = () => r('old'))));
    cache.invalidate((k) => k === 'a');
    release();
    await slow;
    await expect(cache.get('a', async () => 'new')).resolves.toBe('new');
    await cache.get('b', async () => 'kept');
    cache.invalidate((k) => k === 'a');
    await expect(cache.get('b', async () => 'recomputed')).resolves.toBe('kept');
  });

  it('evicts the oldest entries beyond maxEntries', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000, maxEntries: 2 });
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => 1);
    expect(cache.size).toBe(2);
    await expect(cache.get('a', async () => 2)).resolves.toBe(2);
  });

  it('a caller that cancels stops waiting at once; the shared request goes on for the others', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000 });
    let shared: AbortSignal | undefined;
    let finish!: (n: number) => void;
    const compute = vi.fn((signal: AbortSignal) => {
      shared = signal;
      return new Promise<number>((resolve) => (finish = resolve));
    });
    const leaving = new AbortController();
    const first = cache.get('k', compute, leaving.signal);
    const second = cache.get('k', compute, new AbortController().signal);
    leaving.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(shared?.aborted).toBe(false);
    finish(5);
    await expect(second).resolves.toBe(5);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('aborts the shared request once every caller has gone, and starts afresh for the next', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000 });
    const signals: AbortSignal[] = [];
    const compute = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<number>((resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    };
    const a = new AbortController();
    const b = new AbortController();
    const pending = [cache.get('k', compute, a.signal), cache.get('k', compute, b.signal)];
    a.abort();
    expect(signals[0]!.aborted).toBe(false);
    b.abort();
    expect(signals[0]!.aborted).toBe(true);
    for (const p of pending) await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    void cache.get('k', compute).catch(() => undefined);
    expect(signals).toHaveLength(2);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('never aborts the shared request while a caller without a signal waits', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000 });
    let shared: AbortSignal | undefined;
    const gone = new AbortController();
    const left = cache.get('k', async (signal) => {
      shared = signal;
      await new Promise((r) => setTimeout(r, 5));
      return 1;
    }, gone.signal);
    const stays = cache.get('k', async () => 2);
    gone.abort();
    await expect(left).rejects.toMatchObject({ name: 'AbortError' });
    await expect(stays).resolves.toBe(1);
    expect(shared?.aborted).toBe(false);
  });
});

describe('cacheKey()', () => {
  it('cannot be confused by separators inside parts', () => {
    expect(cacheKey('p', 'a/b', 'c')).not.toBe(cacheKey('p', 'a', 'b/c'));
    expect(cacheKey('p', 'a"', 'b')).not.toBe(cacheKey('p', 'a', '"b'));
  });

  it('has a prefix that matches longer keys of the same parts only', () => {
    expect(cacheKey('p', 'b', 'k', 'etag').startsWith(cacheKeyPrefix('p', 'b', 'k'))).toBe(true);
    expect(cacheKey('p', 'b', 'k2', 'etag').startsWith(cacheKeyPrefix('p', 'b', 'k'))).toBe(false);
  });
});
