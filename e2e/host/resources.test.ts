import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { allSettledOrThrow, makeTempDir, runCleanups } from './resources';

describe('runCleanups()', () => {
  it('runs every cleanup in reverse order and rethrows the first failure afterwards', async () => {
    const ran: string[] = [];
    const cleanups = [
      () => void ran.push('first registered'),
      () => {
        ran.push('failing');
        throw new Error('boom');
      },
      async () => void ran.push('last registered'),
    ];
    await expect(runCleanups(cleanups)).rejects.toThrow('boom');
    expect(ran).toEqual(['last registered', 'failing', 'first registered']);
  });
});

describe('allSettledOrThrow()', () => {
  it('returns every value in order', async () => {
    await expect(allSettledOrThrow<[number, string]>([Promise.resolve(1), Promise.resolve('a')])).resolves.toEqual([1, 'a']);
  });
  it('rethrows the first failure only after the slower tasks have finished', async () => {
    let slowDone = false;
    const slow = new Promise<number>((done) => setTimeout(() => ((slowDone = true), done(2)), 30));
    await expect(allSettledOrThrow<[number, number]>([Promise.reject(new Error('early')), slow])).rejects.toThrow('early');
    expect(slowDone).toBe(true);
  });
});

describe('makeTempDir()', () => {
  it('creates a directory and removes it', async () => {
    const dir = await makeTempDir('unit');
    expect(existsSync(dir.path)).toBe(true);
    await dir.remove();
    expect(existsSync(dir.path)).toBe(false);
  });
});
