// Integrity headers over HTTP: x-oss-hash-crc64ecma on PUT, UploadPart, Complete, GET, HEAD;
// Content-MD5 BadDigest on both; BOS x-bce-content-crc32; part-size rules; ListMultipartUploads.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useDemoEmulator } from '../test-demo-emulator';
import { Crc64, crc64 } from './crc64';

const { emu, oss, bos } = useDemoEmulator();
const md5 = (b: Buffer | string) => crypto.createHash('md5').update(b).digest('base64');

describe('CRC-64/ECMA-182', () => {
  it('matches the published check value and the empty input', () => {
    // Check value of CRC-64/XZ (= Go crc64.ECMA as OSS uses it) over "123456789".
    expect(crc64(Buffer.from('123456789'))).toBe('11051210869376104954');
    expect(crc64(Buffer.alloc(0))).toBe('0');
  });

  it('the 8-bytes-a-step loop agrees with the bit-by-bit definition, in any chunking', () => {
    const POLY = 0xc96c5795d7870f42n;
    const reference = (b: Buffer): string => {
      let c = (1n << 64n) - 1n;
      for (const byte of b) {
        c ^= BigInt(byte);
        for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ POLY : c >> 1n;
      }
      return (c ^ ((1n << 64n) - 1n)).toString(10);
    };
    for (const n of [1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099]) {
      const b = crypto.randomBytes(n);
      expect(crc64(b), `length ${n}`).toBe(reference(b));
      const cut = Math.floor(n / 3);
      expect(new Crc64().update(b.subarray(0, cut)).update(b.subarray(cut)).value(), `length ${n} in two`).toBe(reference(b));
    }
  });
});

describe('OSS x-oss-hash-crc64ecma', () => {
  it('is on PUT, GET (full and ranged: the whole object) and HEAD', async () => {
    const body = Buffer.from('hello crc world');
    const put = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'crc/one.txt', body });
    expect(put.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(body));
    const get = await oss({ bucket: 'demo-oss', key: 'crc/one.txt' });
    expect(get.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(body));
    const ranged = await oss({ bucket: 'demo-oss', key: 'crc/one.txt', headers: { range: 'bytes=0-3' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(body));
    const head = await oss({ method: 'HEAD', bucket: 'demo-oss', key: 'crc/one.txt' });
    expect(head.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(body));
  });

  it('is on each part and, combined, on Complete; a part below 100 KB (not last) is EntityTooSmall', async () => {
    const init = await oss({ method: 'POST', bucket: 'demo-oss', key: 'crc/mp.bin', query: { uploads: '' } });
    const uploadId = /<UploadId>([^<]+)</.exec(init.text)![1]!;
    const p1 = crypto.randomBytes(100 * 1024);
    const p2 = crypto.randomBytes(10);
    const parts = [];
    for (const [i, body] of [p1, p2].entries()) {
      const r = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'crc/mp.bin', query: { partNumber: String(i + 1), uploadId }, body });
      expect(r.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(body));
      parts.push(`<Part><PartNumber>${i + 1}</PartNumber><ETag>${r.headers.get('etag')}</ETag></Part>`);
    }
    const listed = await oss({ bucket: 'demo-oss', query: { uploads: '', prefix: 'crc/' } });
    expect(listed.text).toContain(uploadId);
    const done = await oss({ method: 'POST', bucket: 'demo-oss', key: 'crc/mp.bin', query: { uploadId }, body: `<CompleteMultipartUpload>${parts.join('')}</CompleteMultipartUpload>` });
    expect(done.status).toBe(200);
    expect(done.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(Buffer.concat([p1, p2])));
    expect((await oss({ bucket: 'demo-oss', query: { uploads: '', prefix: 'crc/' } })).text).not.toContain(uploadId);

    const small = await oss({ method: 'POST', bucket: 'demo-oss', key: 'crc/small.bin', query: { uploads: '' } });
    const id2 = /<UploadId>([^<]+)</.exec(small.text)![1]!;
    const etags = [];
    for (const n of [1, 2]) etags.push((await oss({ method: 'PUT', bucket: 'demo-oss', key: 'crc/small.bin', query: { partNumber: String(n), uploadId: id2 }, body: 'tiny' })).headers.get('etag'));
    const xml = etags.map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e}</ETag></Part>`).join('');
    const refused = await oss({ method: 'POST', bucket: 'demo-oss', key: 'crc/small.bin', query: { uploadId: id2 }, body: `<CompleteMultipartUpload>${xml}</CompleteMultipartUpload>` });
    expect([refused.status, refused.code]).toEqual([400, 'EntityTooSmall']);
    const badNumber = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'crc/small.bin', query: { partNumber: '10001', uploadId: id2 }, body: 'x' });
    expect(badNumber.status).toBe(400);
  });

  it('the badChecksums fault makes every CRC header wrong', async () => {
    emu().setFaults({ badChecksums: true });
    try {
      const get = await oss({ bucket: 'demo-oss', key: 'crc/one.txt' });
      expect(get.headers.get('x-oss-hash-crc64ecma')).not.toBe(crc64(Buffer.from('hello crc world')));
    } finally {
      emu().setFaults({ badChecksums: false });
    }
  });
});

describe('Content-MD5 and BOS CRC-32', () => {
  it('a mismatching Content-MD5 is 400 BadDigest on both providers; a matching one is stored', async () => {
    const o = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'md5.txt', headers: { 'content-md5': md5('other') }, body: 'x' });
    expect([o.status, o.code]).toEqual([400, 'BadDigest']);
    const b = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'md5.txt', headers: { 'content-md5': md5('other') }, body: 'x' });
    expect([b.status, b.code]).toEqual([400, 'BadDigest']);
    expect((await bos({ method: 'PUT', bucket: 'demo-bos', key: 'md5.txt', headers: { 'content-md5': md5('x') }, body: 'x' })).status).toBe(200);
  });

  it('BOS checks and echoes x-bce-content-crc32 on PUT and UploadPart', async () => {
    const body = Buffer.from('crc32 body');
    const crc = String(zlib.crc32(body) >>> 0);
    const ok = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'c32.txt', headers: { 'x-bce-content-crc32': crc }, body });
    expect(ok.headers.get('x-bce-content-crc32')).toBe(crc);
    const bad = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'c32.txt', headers: { 'x-bce-content-crc32': '12345' }, body });
    expect([bad.status, bad.code]).toEqual([400, 'BadDigest']);
    const init = await bos({ method: 'POST', bucket: 'demo-bos', key: 'c32.bin', query: { uploads: '' } });
    const { uploadId } = JSON.parse(init.text) as { uploadId: string };
    const part = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'c32.bin', query: { partNumber: '1', uploadId }, headers: { 'x-bce-content-crc32': '1' }, body });
    expect([part.status, part.code]).toEqual([400, 'BadDigest']);
    const listed = JSON.parse((await bos({ bucket: 'demo-bos', query: { uploads: '' } })).text) as { uploads: { key: string; uploadId: string }[] };
    expect(listed.uploads).toContainEqual(expect.objectContaining({ key: 'c32.bin', uploadId }));
  });
});
