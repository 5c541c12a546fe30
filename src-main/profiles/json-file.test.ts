import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadStoreFile, refusedWrite, salvageEntries, saveJsonFile } from './json-file';

// A tiny versioned format: { version: 1, items: [{ n: number }] }.
const Item = z.object({ n: z.number() });
const spec = {
  version: 1,
  salvage(document: unknown) {
    const raw = (document as { items?: unknown } | undefined)?.items;
    const { kept, setAside } = salvageEntries(Array.isArray(raw) ? raw.map((r: unknown, i) => ({ key: String(i), label: `item ${i + 1}`, raw: r })) : [], Item);
    return { value: { version: 1, items: kept.map(([, item]) => item) }, setAside };
  },
};
const dir = () => mkdtempSync(join(tmpdir(), 'symbucket-json-'));

describe('loadStoreFile()', () => {
  it('returns undefined without a notice when the file is absent', () => {
    expect(loadStoreFile(join(dir(), 'x.json'), spec)).toEqual({ value: undefined, writable: true });
  });

  it('returns a valid file untouched', () => {
    const d = dir();
    const path = join(d, 'x.json');
    saveJsonFile(path, { version: 1, items: [{ n: 1 }] });
    expect(loadStoreFile(path, spec)).toEqual({ value: { version: 1, items: [{ n: 1 }] }, writable: true });
    expect(readdirSync(d)).toEqual(['x.json']);
  });

  it('keeps the valid entries of a file with one invalid entry, names the one set aside, keeps the original', () => {
    const d = dir();
    const path = join(d, 'x.json');
    const text = '{"version":1,"items":[{"n":1},{"n":"two"},{"n":3}]}';
    writeFileSync(path, text);
    const loaded = loadStoreFile(path, spec);
    expect(loaded.value).toEqual({ version: 1, items: [{ n: 1 }, { n: 3 }] });
    expect(loaded.notice).toMatchObject({ kind: 'repaired', path, backupPath: `${path}.bak`, setAside: [expect.stringMatching(/^item 2: n: /)] });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
    // The repaired file is on disk at once: the next start finds the kept entries without a notice.
    expect(loadStoreFile(path, spec)).toEqual({ value: { version: 1, items: [{ n: 1 }, { n: 3 }] }, writable: true });
  });

  it.each([
    ['truncated', '{"version":1,"items":[{"n":1},{"n":2},{"n"', [{ n: 1 }, { n: 2 }]],
    ['empty', '', []],
    ['NUL-filled', '\u0000'.repeat(512), []],
    ['valid JSON with NUL padding', `{"version":1,"items":[{"n":1}]}${'\u0000'.repeat(32)}`, [{ n: 1 }]],
  ])('repairs a %s file, keeping every whole entry', (_label, text, items) => {
    const d = dir();
    const path = join(d, 'x.json');
    writeFileSync(path, text);
    const loaded = loadStoreFile(path, spec);
    expect(loaded.value).toEqual({ version: 1, items });
    expect(loaded.notice).toMatchObject({ kind: 'repaired', backupPath: `${path}.bak` });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(text);
    expect(readdirSync(d).sort()).toEqual(['x.json', 'x.json.bak']);
  });

  it('never moves aside nor rewrites a file written by a newer version, and refuses writes', () => {
    const d = dir();
    const path = join(d, 'x.json');
    const text = '{"version":2,"items":[{"n":"a new shape"}]}';
    writeFileSync(path, text);
    const loaded = loadStoreFile(path, spec);
    expect(loaded).toMatchObject({ value: undefined, writable: false, notice: { kind: 'newer-version', reason: 'version 2' } });
    expect(readdirSync(d)).toEqual(['x.json']);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(refusedWrite(loaded.notice!).message).toMatch(/newer version of Symbucket \(version 2\); it is left untouched/);
  });

  it('reports a read error other than ENOENT (a directory, a symlink loop) instead of throwing', () => {
    const d = dir();
    mkdirSync(join(d, 'x.json'));
    expect(loadStoreFile(join(d, 'x.json'), spec)).toMatchObject({ value: undefined, writable: false, notice: { kind: 'unreadable', reason: 'EISDIR' } });
    const loop = join(d, 'loop.json');
    symlinkSync(loop, loop);
    expect(loadStoreFile(loop, spec)).toMatchObject({ writable: false, notice: { kind: 'unreadable', reason: 'ELOOP' } });
  });

  it('never overwrites an earlier backup', () => {
    const d = dir();
    const path = join(d, 'x.json');
    writeFileSync(path, 'first');
    loadStoreFile(path, spec);
    writeFileSync(path, 'second');
    expect(loadStoreFile(path, spec).notice!.backupPath).toBe(`${path}.bak.1`);
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
