import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRecord } from './object-ops';
import { Journal } from './persist';
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
  makeRecord(key, { body: Buffer.from(text), contentType: 'text/plain', meta: { m: '1' }, headers: {}, storageClass: 'Standard', acl: 'default' });

describe('Journal', () => {
  it('replays buckets, objects, deletes and multipart uploads', () => {
    const dir = tmpDir();
    const a = open(dir);
    a.store.createBucket({ name: 'b', provider: 'oss', storageClass: 'Standard', acl: 'private' });
    a.store.putObject('b', rec('k1', 'one'));
    a.store.putObject('b', rec('k2', 'two'));
    a.store.deleteObject('b', 'k1');
    a.store.startUpload({ uploadId: 'U', bucket: 'b', key: 'mp', initiated: 1, template: { contentType: 'x', meta: {}, headers: {}, storageClass: 'Standard', acl: 'default' }, parts: new Map() });
    a.store.putPart('U', { partNumber: 1, body: Buffer.from('p1'), etag: 'e', size: 2, lastModified: 2 });
    a.journal.close();
    const b = open(dir);
    expect([...b.store.bucket('b')!.objects.keys()]).toEqual(['k2']);
    expect(b.store.getObject('b', 'k2')!.body.toString()).toBe('two');
    expect(b.store.getObject('b', 'k2')!.meta).toEqual({ m: '1' });
    expect(b.store.uploads.get('U')!.parts.get(1)!.body.toString()).toBe('p1');
    b.journal.close();
  });

  it('ignores and trims a torn last line, then keeps appending', () => {
    const dir = tmpDir();
    const a = open(dir);
    a.store.createBucket({ name: 'b', provider: 'bos', storageClass: 'STANDARD', acl: 'private' });
    a.journal.close();
    fs.appendFileSync(path.join(dir, 'journal.jsonl'), '{"op":"del","bucket":"b","ke');
    const b = open(dir);
    b.store.putObject('b', rec('after', 'x'));
    b.journal.close();
    const c = open(dir);
    expect(c.store.getObject('b', 'after')!.body.toString()).toBe('x');
    c.journal.close();
  });

  it('compacts a long journal on load, keeps seeded deletions, and drops unused blobs', () => {
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
    expect(b.store.getObject('demo-oss', 'hot.txt')!.body.toString()).toBe('final');
    expect(b.store.getObject('demo-oss', 'readme.txt')).toBeUndefined();
    const liveBodies = new Set<string>();
    for (const bucket of b.store.buckets.values()) bucket.objects.forEachPair((_k, r) => void liveBodies.add(r.body.toString('base64')));
    expect(fs.readdirSync(path.join(dir, 'blobs')).length).toBe(liveBodies.size);
    b.journal.close();
    const c = open(dir, true);
    expect(c.store.getObject('demo-oss', 'readme.txt')).toBeUndefined();
    expect(c.store.getObject('demo-bos', 'readme.txt')!.body.toString()).toContain('BOS demo bucket');
    c.journal.close();
  });
});
