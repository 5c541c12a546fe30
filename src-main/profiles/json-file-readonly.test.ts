// A damaged store file that cannot be set aside (read-only folder, EROFS): the valid entries are
// used, nothing on disk changes, writes are refused, and the notice says why. (As root a chmod
// cannot provoke it, so the rename is made to fail.)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type * as AtomicFile from './atomic-file';

vi.mock('./atomic-file', async (importOriginal) => ({
  ...(await importOriginal<typeof AtomicFile>()),
  moveAside: () => {
    throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
  },
}));

const { loadStoreFile, refusedWrite, salvageEntries } = await import('./json-file');

const spec = {
  version: 1,
  salvage(document: unknown) {
    const raw = (document as { items?: unknown } | undefined)?.items;
    const list = Array.isArray(raw) ? raw.map((r: unknown, i) => ({ key: String(i), label: `item ${i + 1}`, raw: r })) : [];
    const { kept, setAside } = salvageEntries(list, z.object({ n: z.number() }));
    return { value: { version: 1, items: kept.map(([, item]) => item) }, setAside };
  },
};

describe('loadStoreFile() when a damaged file cannot be set aside', () => {
  it('keeps the valid entries in memory, leaves the file as it is and refuses writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'symbucket-json-ro-'));
    const path = join(dir, 'x.json');
    const text = '{"version":1,"items":[{"n":1},{"n":"two"}]}';
    writeFileSync(path, text);
    const loaded = loadStoreFile(path, spec);
    expect(loaded).toMatchObject({ value: { version: 1, items: [{ n: 1 }] }, writable: false, notice: { kind: 'unreadable', reason: 'invalid entries; could not be set aside (EROFS)', setAside: [expect.stringMatching(/^item 2/)] } });
    expect(readdirSync(dir)).toEqual(['x.json']);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(refusedWrite(loaded.notice!).appError.details).toEqual({ leftAlone: path });
  });
});
