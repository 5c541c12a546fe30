import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { allSettledOrThrow, makeTempDir, runCleanups, userDataDirOrTemp, type Cleanup } from './resources';

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

describe('userDataDirOrTemp()', () => {
  it('keeps a given directory and registers nothing', async () => {
    const cleanups: Cleanup[] = [];
    await expect(userDataDirOrTemp('/given', cleanups)).resolves.toBe('/given');
    expect(cleanups).toHaveLength(0);
  });
  it('makes a temp directory and registers its removal', async () => {
    const cleanups: Cleanup[] = [];
    const dir = await userDataDirOrTemp(undefined, cleanups);
    expect(existsSync(dir)).toBe(true);
    await runCleanups(cleanups);
    expect(existsSync(dir)).toBe(false);
  });
});
