import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadJsonFile, saveJsonFile } from './json-file';

const Schema = z.object({ n: z.number() });
const dir = () => mkdtempSync(join(tmpdir(), 'symbucket-json-'));

describe('loadJsonFile()', () => {
  it('returns undefined without a notice when the file is absent', () => {
    expect(loadJsonFile(join(dir(), 'x.json'), Schema)).toEqual({ value: undefined });
  });

  it('returns a valid file', () => {
    const path = join(dir(), 'x.json');
    saveJsonFile(path, { n: 1 });
    expect(loadJsonFile(path, Schema)).toEqual({ value: { n: 1 } });
  });

  it.each([
    ['broken JSON', '{"n": 1', /not valid JSON/],
    ['a schema mismatch', '{"n": "one"}', /expected format \(n:/],
  ])('moves a file with %s aside as .bak, keeping its bytes, and explains why', (_label, text, reason) => {
    const d = dir();
    const path = join(d, 'x.json');
    writeFileSync(path, text);
    const loaded = loadJsonFile(path, Schema);
    expect(loaded.value).toBeUndefined();
    expect(loaded.notice).toMatchObject({ file: path, backupPath: `${path}.bak` });
    expect(loaded.notice!.reason).toMatch(reason);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
    expect(readdirSync(d)).toEqual(['x.json.bak']);
  });

  it('never overwrites an earlier backup', () => {
    const d = dir();
    const path = join(d, 'x.json');
    writeFileSync(path, 'first');
    loadJsonFile(path, Schema);
    writeFileSync(path, 'second');
    expect(loadJsonFile(path, Schema).notice!.backupPath).toBe(`${path}.bak.1`);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('first');
    expect(readFileSync(`${path}.bak.1`, 'utf8')).toBe('second');
  });
});

describe('saveJsonFile()', () => {
  it('writes with mode 0600 and leaves no temp file behind', () => {
    const d = dir();
    const path = join(d, 'x.json');
    saveJsonFile(path, { n: 1 });
    saveJsonFile(path, { n: 2 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(d)).toEqual(['x.json']);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ n: 2 });
  });
});
