// Under --data, bodies stream to blob files and back (issue 14: "streaming request bodies to disk
// under --data instead of buffering whole objects"; issue 13: the demo storage must not read a
// whole body into memory). A 256 MiB PUT and GET through a child emulator must not grow its
// resident memory by anything near the body's size (bound: 100 MB; buffering would add ≥ 256 MB,
// Buffer.concat 512 MB), and the bytes must come back exactly, also after SIGKILL.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc64 } from './integrity/crc64';
import { ossRequest, ossSign } from './test-client';
import { exited, killAll, startCli, type StartedCli } from './test-cli';
import { MiB, digestsOf, patternChunks, patternSlice, sampleRss, streamRequest } from './test-stream';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-stream-'));
const blobDir = path.join(dataDir, 'blobs');
const children: ChildProcess[] = [];
const args = ['--data', dataDir, '--seed', 'none', '--access-key-id', 'STREAMAK', '--access-key-secret', 'stream-secret'];
const SIZE = 256 * MiB + 12_345;
const RSS_BOUND = 100 * 1000 * 1000;
const expected = digestsOf(patternChunks(SIZE));
const blobFiles = () => fs.readdirSync(blobDir);

let emu: StartedCli;
beforeAll(async () => {
  emu = await startCli(args, children);
});
afterAll(() => {
  killAll(children);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

describe('--data: a 256 MiB object streams to disk and back', () => {
  it('PUT streams to one blob file: RSS stays flat, ETag and CRC-64 are the body\'s', async () => {
    expect((await ossRequest(emu.oss, { method: 'PUT', bucket: 'stream-oss' })).status).toBe(200);
    // Warm-up, so the baseline includes what the first request allocates for good.
    const warm = Buffer.alloc(2 * MiB, 1);
    expect((await ossRequest(emu.oss, { method: 'PUT', bucket: 'stream-oss', key: 'warm.bin', body: warm })).status).toBe(200);
    expect((await ossRequest(emu.oss, { bucket: 'stream-oss', key: 'warm.bin' })).body.equals(warm)).toBe(true);
    const pid = emu.child.pid!;
    const sampler = sampleRss(pid);
    const baseline = sampler.stop();
    const during = sampleRss(pid);
    const put = await streamRequest(ossSign(emu.oss, { method: 'PUT', bucket: 'stream-oss', key: 'big.bin' }), { chunks: patternChunks(SIZE), length: SIZE });
    const peak = during.stop();
    expect(put.status, put.text).toBe(200);
    expect(put.headers.etag).toBe(`"${expected.md5.toUpperCase()}"`);
    expect(put.headers['x-oss-hash-crc64ecma']).toBe(expected.crc64);
    expect(peak - baseline, `RSS ${mb(baseline)} -> peak ${mb(peak)} during a ${mb(SIZE)} PUT`).toBeLessThan(RSS_BOUND);
    const sizes = blobFiles().map((f) => fs.statSync(path.join(blobDir, f)).size);
    expect(sizes).toContain(SIZE);
    expect(blobFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 180_000);

  it('GET and ranged GET stream from the file: RSS stays flat, bytes exact', async () => {
    const pid = emu.child.pid!;
    const baseline = sampleRss(pid).stop();
    const during = sampleRss(pid);
    const get = await streamRequest(ossSign(emu.oss, { bucket: 'stream-oss', key: 'big.bin' }));
    const peak = during.stop();
    expect([get.status, get.size, get.md5]).toEqual([200, SIZE, expected.md5]);
    expect(get.headers['x-oss-hash-crc64ecma']).toBe(expected.crc64);
    expect(peak - baseline, `RSS ${mb(baseline)} -> peak ${mb(peak)} during a ${mb(SIZE)} GET`).toBeLessThan(RSS_BOUND);
    for (const [start, end] of [
      [0, 99],
      [MiB - 5, MiB + 5],
      [SIZE - 1000, SIZE - 1],
    ] as const) {
      const r = await ossRequest(emu.oss, { bucket: 'stream-oss', key: 'big.bin', headers: { range: `bytes=${start}-${end}` } });
      expect(r.status).toBe(206);
      expect(r.body.equals(patternSlice(start, end)), `bytes ${start}-${end}`).toBe(true);
    }
  }, 180_000);

  it('CopyObject shares the blob (no second file); UploadPartCopy and Complete stream; parts\' files go after Complete', async () => {
    const before = blobFiles().length;
    const copy = await ossRequest(emu.oss, { method: 'PUT', bucket: 'stream-oss', key: 'copy.bin', headers: { 'x-oss-copy-source': '/stream-oss/big.bin' } });
    expect(copy.status, copy.text).toBe(200);
    expect(blobFiles()).toHaveLength(before);
    const head = await ossRequest(emu.oss, { method: 'HEAD', bucket: 'stream-oss', key: 'copy.bin' });
    expect([head.headers.get('content-length'), head.headers.get('x-oss-hash-crc64ecma')]).toEqual([String(SIZE), expected.crc64]);

    const init = await ossRequest(emu.oss, { method: 'POST', bucket: 'stream-oss', key: 'mp.bin', query: { uploads: '' } });
    const uploadId = /<UploadId>([^<]+)</.exec(init.text)![1]!;
    const p1 = patternSlice(0, 3 * MiB - 1);
    const r1 = await ossRequest(emu.oss, { method: 'PUT', bucket: 'stream-oss', key: 'mp.bin', query: { partNumber: '1', uploadId }, body: p1 });
    const range = [200 * MiB, 210 * MiB - 1] as const;
    const r2 = await ossRequest(emu.oss, {
      method: 'PUT', bucket: 'stream-oss', key: 'mp.bin', query: { partNumber: '2', uploadId },
      headers: { 'x-oss-copy-source': '/stream-oss/big.bin', 'x-oss-copy-source-range': `bytes=${range[0]}-${range[1]}` },
    });
    expect([r1.status, r2.status]).toEqual([200, 200]);
    const p2 = patternSlice(...range);
    expect(r2.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(p2));
    expect(blobFiles()).toHaveLength(before + 2);
    const xml = [r1, r2].map((r, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${r.headers.get('etag')}</ETag></Part>`).join('');
    const done = await ossRequest(emu.oss, { method: 'POST', bucket: 'stream-oss', key: 'mp.bin', query: { uploadId }, body: `<CompleteMultipartUpload>${xml}</CompleteMultipartUpload>` });
    expect(done.status, done.text).toBe(200);
    const whole = Buffer.concat([p1, p2]);
    expect(done.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(whole));
    expect((await ossRequest(emu.oss, { bucket: 'stream-oss', key: 'mp.bin' })).body.equals(whole)).toBe(true);
    // The two part files are gone; the assembled object is one new file.
    await expect.poll(() => blobFiles().length).toBe(before + 1);
  }, 180_000);

  it('overwriting and deleting remove the blob nothing refers to any more', async () => {
    const files = blobFiles().length;
    expect((await ossRequest(emu.oss, { method: 'PUT', bucket: 'stream-oss', key: 'warm.bin', body: 'smaller now' })).status).toBe(200);
    await expect.poll(() => blobFiles().length).toBe(files);
    expect((await ossRequest(emu.oss, { method: 'DELETE', bucket: 'stream-oss', key: 'warm.bin' })).status).toBe(204);
    await expect.poll(() => blobFiles().length).toBe(files - 1);
    // big.bin and copy.bin share one file: deleting one keeps it.
    expect((await ossRequest(emu.oss, { method: 'DELETE', bucket: 'stream-oss', key: 'copy.bin' })).status).toBe(204);
    expect(fs.readdirSync(blobDir).map((f) => fs.statSync(path.join(blobDir, f)).size)).toContain(SIZE);
  });

  it('after SIGKILL the streamed objects come back from their files, byte for byte', async () => {
    emu.child.kill('SIGKILL');
    expect((await exited(emu.child)).signal).toBe('SIGKILL');
    emu = await startCli(args, children);
    const get = await streamRequest(ossSign(emu.oss, { bucket: 'stream-oss', key: 'big.bin' }));
    expect([get.status, get.size, get.md5]).toEqual([200, SIZE, expected.md5]);
    expect(get.headers['x-oss-hash-crc64ecma']).toBe(expected.crc64);
    const mp = await ossRequest(emu.oss, { method: 'HEAD', bucket: 'stream-oss', key: 'mp.bin' });
    expect(mp.headers.get('content-length')).toBe(String(13 * MiB));
    expect((await ossRequest(emu.oss, { bucket: 'stream-oss', key: 'copy.bin' })).status).toBe(404);
  }, 180_000);
});
