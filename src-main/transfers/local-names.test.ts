import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localPathFor, safeSegment, uniqueLocalPath } from './local-names';
import { numberedKey } from './remote-names';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'names-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('local names', () => {
  it('keeps keys inside the chosen directory', () => {
    expect(safeSegment('..')).toBe('_');
    expect(safeSegment('a:b?.txt')).toBe('a_b_.txt');
    expect(localPathFor('/d', 'docs/reports/x.csv', 'docs/')).toBe(join('/d', 'reports', 'x.csv'));
    expect(localPathFor('/d', 'a/../../etc/passwd', '')).toBe(join('/d', 'a', '_', '_', 'etc', 'passwd'));
    expect(localPathFor('/d', '/abs//x', '')).toBe(join('/d', 'abs', 'x'));
  });

  it('never reuses an existing file or a name another queued item has: name (1).ext', async () => {
    const path = join(dir, 'report.pdf');
    expect(await uniqueLocalPath(path)).toBe(path);
    await writeFile(path, 'x');
    expect(await uniqueLocalPath(path)).toBe(join(dir, 'report (1).pdf'));
    expect(await uniqueLocalPath(path, new Set([join(dir, 'report (1).pdf')]))).toBe(join(dir, 'report (2).pdf'));
  });

  it('numbers keys the same way for Keep both', () => {
    expect(numberedKey('a/b/readme.txt', 1)).toBe('a/b/readme (1).txt');
    expect(numberedKey('noext', 2)).toBe('noext (2)');
    expect(numberedKey('.hidden', 1)).toBe('.hidden (1)');
  });
});
