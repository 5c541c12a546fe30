import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FileBlobStore, MemoryBlobStore, ingest, ingestChecked } from './blob-store';
import { crc64 } from './integrity/crc64';
import { type FileBody, readAll } from './stored-body';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function store(): FileBlobStore {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-blobs-'));
  dirs.push(d);
  return new FileBlobStore(d);
}
async function* chunksOf(...parts: Buffer[]): AsyncIterable<Buffer> {
  yield* parts;
}

describe('ingest', () => {
  it('computes MD5, CRC-64, CRC-32 and size on the fly, in memory and to a file', async () => {
    const a = crypto.randomBytes(3 * 1024 * 1024 + 7);
    const b = crypto.randomBytes(1000);
    const whole = Buffer.concat([a, b]);
    for (const blobs of [new MemoryBlobStore(), store()]) {
      const draft = await ingest(chunksOf(a, b), blobs);
      expect(draft.digests).toEqual({
        size: whole.length,
        md5: crypto.createHash('md5').update(whole).digest('hex'),
        crc64: crc64(whole),
        crc32: String(zlib.crc32(whole) >>> 0),
      });
      const content = await draft.commit();
      expect((await readAll(content.body)).equals(whole)).toBe(true);
    }
  });

  it('over the limit is EntityTooLarge and leaves no file; a failed check discards the draft', async () => {
    const blobs = store();
    await expect(ingest(chunksOf(Buffer.alloc(10), Buffer.alloc(10)), blobs, 15)).rejects.toMatchObject({ code: 'EntityTooLarge' });
    expect(fs.readdirSync(blobs.dir)).toEqual([]);
    const bad = () => {
      throw new Error('BadDigest');
    };
    await expect(ingestChecked(chunksOf(Buffer.from('x')), blobs, bad)).rejects.toThrow('BadDigest');
    expect(fs.readdirSync(blobs.dir)).toEqual([]);
    async function* broken(): AsyncIterable<Buffer> {
      yield Buffer.from('partial');
      throw new Error('client went away');
    }
    await expect(ingest(broken(), blobs)).rejects.toThrow('client went away');
    expect(fs.readdirSync(blobs.dir)).toEqual([]);
  });

  it('a pinned blob removed while read stays until the reader is done', async () => {
    const blobs = store();
    const { body } = await (await ingest(chunksOf(Buffer.from('pinned bytes')), blobs)).commit();
    const file = (body as FileBody).file;
    const release = blobs.pin([body]);
    blobs.remove((body as FileBody).id);
    await new Promise((r) => setTimeout(r, 20));
    expect(fs.existsSync(file)).toBe(true);
    expect((await readAll(body)).toString()).toBe('pinned bytes');
    release();
    await expect.poll(() => fs.existsSync(file)).toBe(false);
  });
});
