import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRecord } from './object-ops';
import { bufferContent, readAll, type StoredBody } from './stored-body';
import { Journal, parseJournal } from './persist';
import { seedDemo } from './seed-demo';
import { Store } from './store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-journal-'));
  dirs.push(d);
  return d;
}

function open(dir: string, seed = false): { store: Store; journal: Journal } {
  const store = new Store();
  if (seed) seedDemo(store);
  const journal = new Journal(dir);
  journal.load(store, { compactMinEntries: 100 });
  store.listener = journal;
  return { store, journal };
}

const rec = (key: string, text: string) =>
  makeRecord(key, { contentType: 'text/plain', meta: { m: '1' }, headers: {}, storageClass: 'Standard', acl: 'default' }, bufferContent(Buffer.from(text)));

const text = async (body: StoredBody | undefined): Promise<string> => (await readAll(body!)).toString();

describe('Journal', () => {
  it('replays buckets, objects, deletes and multipart uploads', async () => {
    const dir = tmpDir();
    const a = open(dir);
    a.store.createBucket({ name: 'b', provider: 'oss', storageClass: 'Standard', acl: 'private' });
    a.store.putObject('b', rec('k1', 'one'));
    a.store.putObject('b', rec('k2', 'two'));
    a.store.deleteObject('b', 'k1');
    a.store.startUpload({ uploadId: 'U', bucket: 'b', key: 'mp', initiated: 1, template: { contentType: 'x', meta: {}, headers: {}, storageClass: 'Standard', acl: 'default' }, parts: new Map() });
    const p1 = bufferContent(Buffer.from('p1'));
    a.store.putPart('U', { partNumber: 1, body: p1.body, etag: 'e', size: 2, crc64: p1.crc64, lastModified: 2 });
    a.journal.close();
    const b = open(dir);
    expect([...b.store.bucket('b')!.objects.keys()]).toEqual(['k2']);
    expect(await text(b.store.getObject('b', 'k2')?.body)).toBe('two');
    expect(b.store.getObject('b', 'k2')!.meta).toEqual({ m: '1' });
    expect(await text(b.store.uploads.get('U')!.parts.get(1)!.body)).toBe('p1');
    b.journal.close();
  });

  it('ignores and trims a torn last line, then keeps appending', async () => {
    const dir = tmpDir();
    const a = open(dir);
    a.store.createBucket({ name: 'b', provider: 'bos', storageClass: 'STANDARD', acl: 'private' });
    a.journal.close();
    fs.appendFileSync(path.join(dir, 'journal.jsonl'), '{"op":"del","bucket":"b","ke');
    const b = open(dir);
    b.store.putObject('b', rec('after', 'x'));
    b.journal.close();
    const c = open(dir);
    expect(await text(c.store.getObject('b', 'after')?.body)).toBe('x');
    c.journal.close();
  });

  it('skips a damaged line in the middle with a warning, keeps every later entry, and saves the journal aside', () => {
    const dir = tmpDir();
    const journalPath = path.join(dir, 'journal.jsonl');
    const a = open(dir);
    a.store.createBucket({ name: 'b', provider: 'oss', storageClass: 'Standard', acl: 'private' });
    a.store.putObject('b', rec('before', '1'));
    a.journal.close();
    // Line 3 is damaged; the two acknowledged entries after it must survive.
    const later = [{ op: 'del', bucket: 'b', key: 'before' }, { op: 'bucket', b: { name: 'b2', provider: 'bos', storageClass: 'STANDARD', acl: 'private', created: 1 } }];
    fs.appendFileSync(journalPath, `{"op":"put","bucket":"b","o":{garbage\n${later.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const damaged = fs.readFileSync(journalPath);

    const warnings: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      warnings.push(String(chunk));
      return true;
    });
    let d: ReturnType<typeof open>;
    try {
      d = open(dir);
    } finally {
      spy.mockRestore();
    }
    expect([...d.store.bucket('b')!.objects.keys()]).toEqual([]);
    expect(d.store.bucket('b2')).toBeDefined();
    expect(warnings.join('')).toMatch(/skipped unreadable line\(s\) 3\b/);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('journal.jsonl.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!))).toEqual(damaged);
    // Nothing was cut off: appends go after the later entries, which survive another restart.
    d.store.putObject('b', rec('later', '3'));
    d.journal.close();
    const e = open(dir);
    expect([...e.store.bucket('b')!.objects.keys()]).toEqual(['later']);
    expect(e.store.bucket('b2')).toBeDefined();
    e.journal.close();
  });

  it('treats only the final line as torn, even when it ends with a newline', () => {
    expect(parseJournal(Buffer.from('{"op":"reset"}\n{"op":"rmbucket","na\n'))).toEqual({ entries: [{ op: 'reset' }], validLength: 15, skippedLines: [] });
    expect(parseJournal(Buffer.from('{"op":"reset"}\n{"op":"rmbucket","na'))).toEqual({ entries: [{ op: 'reset' }], validLength: 15, skippedLines: [] });
    expect(parseJournal(Buffer.from('x\n{"op":"reset"}\n'))).toEqual({ entries: [{ op: 'reset' }], validLength: 17, skippedLines: [1] });
  });

  it('compacts a long journal on load, keeps seeded deletions, and drops unused blobs', async () => {
    const dir = tmpDir();
    const a = open(dir, true);
    a.store.deleteObject('demo-oss', 'readme.txt');
    for (let i = 0; i < 600; i++) a.store.putObject('demo-oss', rec('hot.txt', `v${i % 3}`));
    a.store.putObject('demo-oss', rec('hot.txt', 'final'));
    a.journal.close();
    const journalPath = path.join(dir, 'journal.jsonl');
    const before = fs.readFileSync(journalPath, 'utf8').split('\n').length;
    const b = open(dir, true);
    const after = fs.readFileSync(journalPath, 'utf8').split('\n').length;
    expect(before).toBeGreaterThan(600);
    expect(after).toBeLessThan(300);
    expect(await text(b.store.getObject('demo-oss', 'hot.txt')?.body)).toBe('final');
    expect(b.store.getObject('demo-oss', 'readme.txt')).toBeUndefined();
    const liveBodies = new Set<string>();
    for (const bucket of b.store.buckets.values()) for (const r of bucket.objects.values()) liveBodies.add((await readAll(r.body)).toString('base64'));
    expect(fs.readdirSync(path.join(dir, 'blobs')).length).toBe(liveBodies.size);
    b.journal.close();
    const c = open(dir, true);
    expect(c.store.getObject('demo-oss', 'readme.txt')).toBeUndefined();
    expect(await text(c.store.getObject('demo-bos', 'readme.txt')?.body)).toContain('BOS demo bucket');
    c.journal.close();
  });
});
