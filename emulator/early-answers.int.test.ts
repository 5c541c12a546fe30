// An upload the emulator will refuse is answered before its body is read (issue 13: the demo
// storage must not read a whole body it refuses): a signed PUT to a missing bucket, an UploadPart
// to an unknown upload, a guarded overwrite, a malformed Content-MD5, a declared size over the cap.
// A refused large body closes the connection (Node would otherwise read and discard the rest);
// a small one is drained by Node and the connection is kept. `Expect: 100-continue` is honoured:
// a refusal comes instead of the 100. Under --data, nothing of a refused or broken upload stays on
// disk (BadDigest, a client that went away), and journals written before streaming still load.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { crc64 } from './integrity/crc64';
import { bosSign, ossRequest, ossSign, type Endpoint, type SignedRequest } from './test-client';
import { MiB, hugePut, streamRequest } from './test-stream';

const endpoints = (emu: RunningEmulator): { oss: Endpoint; bos: Endpoint } => {
  const creds = { accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  return { oss: { url: emu.oss, ...creds }, bos: { url: emu.bos, ...creds } };
};

describe('in memory: refusals come before the body', () => {
  let emu: RunningEmulator;
  let ep: { oss: Endpoint; bos: Endpoint };
  beforeAll(async () => {
    emu = await startEmulator({ seed: 'demo' });
    ep = endpoints(emu);
  });
  afterAll(async () => {
    await emu?.close();
  });

  const quick = async (signed: SignedRequest, status: number, code: string, declared?: number) => {
    const answer = await hugePut(signed, declared);
    expect([answer.status, answer.body]).toEqual([status, expect.stringContaining(code)]);
    expect(answer.ms).toBeLessThan(5_000);
    expect(answer.headers.connection).toBe('close');
  };

  it('a signed 512 MB PUT to a missing bucket: 404 NoSuchBucket (OSS and BOS)', async () => {
    await quick(ossSign(ep.oss, { method: 'PUT', bucket: 'no-such-bucket', key: 'huge.bin' }), 404, 'NoSuchBucket');
    await quick(bosSign(ep.bos, { method: 'PUT', bucket: 'no-such-bucket', key: 'huge.bin' }), 404, 'NoSuchBucket');
  });

  it('an UploadPart to an unknown upload: 404 NoSuchUpload', async () => {
    await quick(ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'huge.bin', query: { partNumber: '1', uploadId: 'NOPE' } }), 404, 'NoSuchUpload');
    await quick(bosSign(ep.bos, { method: 'PUT', bucket: 'demo-bos', key: 'huge.bin', query: { partNumber: '1', uploadId: 'NOPE' } }), 404, 'NoSuchUpload');
  });

  it('a forbidden overwrite (409), a malformed Content-MD5 (400 InvalidDigest), a declared size over the cap (400 EntityTooLarge)', async () => {
    await quick(ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'readme.txt', headers: { 'x-oss-forbid-overwrite': 'true' } }), 409, 'FileAlreadyExists');
    await quick(ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'huge.bin', headers: { 'content-md5': 'not-md5' } }), 400, 'InvalidDigest');
    // In memory a body is capped at 1 GiB; the declared length says more, so nothing is read.
    await quick(ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'huge.bin' }), 400, 'EntityTooLarge', 1024 * MiB + 1);
    await quick(bosSign(ep.bos, { method: 'PUT', bucket: 'demo-bos', key: 'huge.bin' }), 400, 'EntityTooLarge', 1024 * MiB + 1);
    expect((await ossRequest(ep.oss, { method: 'HEAD', bucket: 'demo-oss', key: 'huge.bin' })).status).toBe(404);
  });

  it('a small refused body is drained and the connection kept; the next request reuses it', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = emu.connections().oss;
      const body = crypto.randomBytes(64 * 1024);
      const refused = await streamRequest(ossSign(ep.oss, { method: 'PUT', bucket: 'no-such-bucket', key: 'k' }), { chunks: [body], length: body.length }, agent);
      expect(refused.status).toBe(404);
      expect(refused.headers.connection).not.toBe('close');
      const next = await streamRequest(ossSign(ep.oss, { bucket: 'demo-oss', key: 'readme.txt' }), undefined, agent);
      expect(next.status).toBe(200);
      expect(emu.connections().oss - before).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('Expect: 100-continue: a refusal instead of the 100; an accepted upload gets the 100, then 200', async () => {
    const send = (signed: SignedRequest, body: Buffer) =>
      new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
        const u = new URL(signed.url);
        let continued = false;
        const headers = { ...signed.headers, expect: '100-continue', 'content-length': String(body.length) };
        const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: 'PUT', headers }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, continued }));
        });
        req.on('continue', () => {
          continued = true;
          req.end(body);
        });
        req.on('error', reject);
      });
    const body = Buffer.from('continued body');
    expect(await send(ossSign(ep.oss, { method: 'PUT', bucket: 'no-such-bucket', key: 'k' }), body)).toEqual({ status: 404, continued: false });
    expect(await send(ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'continued.txt' }), body)).toEqual({ status: 200, continued: true });
    expect((await ossRequest(ep.oss, { bucket: 'demo-oss', key: 'continued.txt' })).text).toBe('continued body');
  });
});

describe('--data: nothing of a refused or broken upload stays on disk', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-early-'));
  const blobDir = path.join(dataDir, 'blobs');
  let emu: RunningEmulator;
  let ep: { oss: Endpoint; bos: Endpoint };
  beforeAll(async () => {
    emu = await startEmulator({ seed: 'demo', dataDir });
    ep = endpoints(emu);
  });
  afterAll(async () => {
    await emu?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('BadDigest (OSS Content-MD5, BOS x-bce-content-crc32) leaves no file behind', async () => {
    const before = fs.readdirSync(blobDir);
    const body = crypto.randomBytes(3 * MiB);
    const wrongMd5 = crypto.createHash('md5').update('other').digest('base64');
    const o = await streamRequest(ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'bad.bin', headers: { 'content-md5': wrongMd5 } }), { chunks: [body], length: body.length });
    expect([o.status, o.text]).toEqual([400, expect.stringContaining('BadDigest')]);
    const b = await streamRequest(bosSign(ep.bos, { method: 'PUT', bucket: 'demo-bos', key: 'bad.bin', headers: { 'x-bce-content-crc32': '1' } }), { chunks: [body], length: body.length });
    expect([b.status, b.text]).toEqual([400, expect.stringContaining('BadDigest')]);
    expect(fs.readdirSync(blobDir)).toEqual(before);
    expect((await ossRequest(ep.oss, { method: 'HEAD', bucket: 'demo-oss', key: 'bad.bin' })).status).toBe(404);
  });

  it('a client that goes away mid-body leaves no temp file and no object', async () => {
    const signed = ossSign(ep.oss, { method: 'PUT', bucket: 'demo-oss', key: 'cut.bin' });
    const u = new URL(signed.url);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'PUT', headers: { ...signed.headers, 'content-length': String(8 * MiB) } });
    req.on('error', () => undefined);
    req.write(crypto.randomBytes(2 * MiB));
    await expect.poll(() => fs.readdirSync(blobDir).some((f) => f.endsWith('.tmp'))).toBe(true);
    req.destroy();
    await expect.poll(() => fs.readdirSync(blobDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await ossRequest(ep.oss, { method: 'HEAD', bucket: 'demo-oss', key: 'cut.bin' })).status).toBe(404);
  });
});

describe('--data: a journal written before bodies streamed still loads', () => {
  it('its records (no crc64, content-addressed blob) read back with the right bytes and CRC-64', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symbucket-oldjournal-'));
    try {
      // The format of emulator/persist.ts before streaming: `o` is the record without `body`, plus `blob`.
      const body = Buffer.from('written by an older Symbucket demo storage\n');
      const blob = crypto.createHash('sha256').update(body).digest('hex');
      fs.mkdirSync(path.join(dataDir, 'blobs'));
      fs.writeFileSync(path.join(dataDir, 'blobs', blob), body);
      const etag = crypto.createHash('md5').update(body).digest('hex');
      const lines = [
        { op: 'put', bucket: 'demo-oss', o: { key: 'old/note.txt', etag, size: body.length, lastModified: 1_700_000_000_000, contentType: 'text/plain', meta: { from: 'old' }, headers: {}, storageClass: 'Standard', acl: 'default', objectType: 'Normal', blob } },
        { op: 'del', bucket: 'demo-oss', key: 'readme.txt' },
      ];
      fs.writeFileSync(path.join(dataDir, 'journal.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      const emu = await startEmulator({ seed: 'demo', dataDir });
      try {
        const ep = endpoints(emu);
        const got = await ossRequest(ep.oss, { bucket: 'demo-oss', key: 'old/note.txt' });
        expect([got.status, got.text, got.headers.get('x-oss-meta-from')]).toEqual([200, body.toString(), 'old']);
        expect(got.headers.get('x-oss-hash-crc64ecma')).toBe(crc64(body));
        expect((await ossRequest(ep.oss, { bucket: 'demo-oss', key: 'readme.txt' })).status).toBe(404);
      } finally {
        await emu.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
