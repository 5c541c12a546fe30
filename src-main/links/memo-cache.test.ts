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
