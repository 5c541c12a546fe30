import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournal } from './journal';
import type { TransferItem } from './types';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sample: TransferItem = {
  id: '1', direction: 'upload', profileId: 'p', bucket: 'b', key: 'k', localPath: '/x', name: 'x', size: 10, transferred: 4, state: 'running',
  uploadId: 'U', parts: [{ partNumber: 1, size: 4, etag: 'e', crc64: '9' }],
};

describe('transfer journal', () => {
  it('writes atomically and loads what it wrote (upload id and parts included)', async () => {
    const file = join(dir, 'transfers', 'journal.json');
    const j = createJournal(file, () => [sample]);
    await j.flush();
    expect(createJournal(file, () => []).load()).toEqual([sample]);
    expect(await readdir(join(dir, 'transfers'))).toEqual(['journal.json']); // no temp file left
    await j.close();
  });

  it('starts empty when the file is missing, and sets a damaged one aside', async () => {
    const file = join(dir, 'journal.json');
    expect(createJournal(file, () => []).load()).toEqual([]);
    await writeFile(file, '{"version":1,"items":[{"id"');
    expect(createJournal(file, () => []).load()).toEqual([]);
    const names = await readdir(dir);
    expect(names.some((n) => n.startsWith('journal.json.damaged-'))).toBe(true);
  });
});
