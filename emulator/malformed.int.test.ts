// Malformed requests get a 4xx in the provider's format, never a crash or a hang; fault
// injection (5xx, latency, dropped connections) works and can be changed at runtime.
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { useDemoEmulator } from './test-demo-emulator';
import { faultSeed, withFaultSeed } from './test-fault-seed';


const { emu, oss, bos } = useDemoEmulator();
const md5 = (s: string) => crypto.createHash('md5').update(s).digest('base64');

/** A raw request whose path is sent exactly as given (fetch would normalise it). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('malformed input', () => {
  it('bad XML bodies are 400 MalformedXML', async () => {
    const bad = '<Delete><Object><Key>a</Key></Object';
    const r = await oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '' }, headers: { 'content-md5': md5(bad) }, body: bad });
    expect([r.status, r.code]).toEqual([400, 'MalformedXML']);
    const init = await oss({ method: 'POST', bucket: 'demo-oss', key: 'm.bin', query: { uploads: '' } });
    const uploadId = /<UploadId>([^<]+)</.exec(init.text)![1]!;
    const c = await oss({ method: 'POST', bucket: 'demo-oss', key: 'm.bin', query: { uploadId }, body: '<<CompleteMultipartUpload>' });
    expect([c.status, c.code]).toEqual([400, 'MalformedXML']);
    const missingMd5 = await oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '' }, body: '<Delete><Object><Key>a</Key></Object></Delete>' });
    expect(missingMd5.status).toBe(400);
    expect(missingMd5.text).toContain('<RequestId>');
  });

  it('bad JSON bodies are 400 MalformedJSON (BOS)', async () => {
    const r = await bos({ method: 'POST', bucket: 'demo-bos', query: { delete: '' }, body: '{"objects": [' });
    expect([r.status, r.code]).toEqual([400, 'MalformedJSON']);
    expect(JSON.parse(r.text)).toMatchObject({ code: 'MalformedJSON', requestId: r.headers.get('x-bce-request-id') });
  });

  it.each([
    ['bytes=abc', 400],
    ['bytes=5-2', 400],
    ['bytes=-', 400],
    ['items=0-1', 400],
    ['bytes=999999-', 416],
  ])('Range %s is %i on both providers', async (range, status) => {
    expect((await oss({ bucket: 'demo-oss', key: 'readme.txt', headers: { range } })).status).toBe(status);
    expect((await bos({ bucket: 'demo-bos', key: 'readme.txt', headers: { range } })).status).toBe(status);
  });

  it('bad percent-encoding in the path is 400 (XML for OSS, JSON for BOS)', async () => {
    const o = await rawGet(emu().oss, '/demo-oss/bad%zzkey');
    expect(o.status).toBe(400);
    expect(o.body).toContain('<Code>InvalidURI</Code>');
    const b = await rawGet(emu().bos, '/v1/demo-bos/bad%E6%8Akey');
    expect(b.status).toBe(400);
    expect(JSON.parse(b.body)).toMatchObject({ code: 'InvalidURI' });
    expect((await rawGet(emu().oss, '/demo-oss/readme.txt?prefix=%zz')).status).toBe(400);
  });

  it('a 1025-byte key is 400; 1024 bytes is fine', async () => {
    const ok = 'k'.repeat(1021) + '报'; // 1021 + 3 bytes
    expect((await oss({ method: 'PUT', bucket: 'demo-oss', key: ok, body: 'x' })).status).toBe(200);
    const long = await oss({ method: 'PUT', bucket: 'demo-oss', key: ok + 'x', body: 'x' });
    expect([long.status, long.code]).toEqual([400, 'InvalidObjectName']);
    const bosLong = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'b'.repeat(1025), body: 'x' });
    expect([bosLong.status, bosLong.code]).toEqual([400, 'InvalidObjectName']);
  });

  it('other malformed parameters are 4xx', async () => {
    expect((await oss({ bucket: 'demo-oss', query: { 'list-type': '2', 'max-keys': '1001' } })).status).toBe(400);
    expect((await oss({ bucket: 'demo-oss', query: { 'list-type': '2', 'continuation-token': '!!' } })).status).toBe(400);
    expect((await bos({ bucket: 'demo-bos', query: { maxKeys: 'many' } })).status).toBe(400);
    expect((await oss({ method: 'PUT', bucket: 'demo-oss', key: 'x', headers: { 'x-oss-storage-class': 'Frozen' }, body: 'x' })).status).toBe(400);
    expect((await oss({ method: 'PUT', bucket: 'demo-oss', key: 'x', headers: { 'content-md5': md5('other') }, body: 'x' })).code).toBe('BadDigest');
    expect((await oss({ method: 'PUT', bucket: 'demo-oss', key: 'x', headers: { 'content-md5': 'bm90LW1kNQ==' }, body: 'x' })).code).toBe('InvalidDigest');
    expect((await oss({ method: 'PATCH', bucket: 'demo-oss', key: 'x' })).status).toBe(405);
    const garbage = await fetch(`${emu().oss}/demo-oss/readme.txt`, { headers: { authorization: 'Bearer nonsense' } });
    expect(garbage.status).toBe(403);
    const bosGarbage = await fetch(`${emu().bos}/demo-bos/readme.txt`, { headers: { authorization: 'bce-auth-v1/x' } });
    expect(bosGarbage.status).toBe(403);
  });

  it('a broken HTTP request line gets 400 and the server keeps serving', async () => {
    const u = new URL(emu().oss);
    const reply = await new Promise<string>((resolve, reject) => {
      const s = net.connect(Number(u.port), u.hostname, () => s.write('GARBAGE\r\n\r\n'));
      let data = '';
      s.on('data', (c) => (data += c.toString()));
      s.on('end', () => resolve(data));
      s.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toMatch(/x-oss-request-id: [0-9A-F]{24}/);
    expect((await oss({ bucket: 'demo-oss', key: 'readme.txt' })).status).toBe(200);
  });
});

describe('fault injection', () => {
  it('answers a fraction of requests with 500/503 in each provider format', async () => {
    emu().setFaults({ faultRate: 1 });
    try {
      const o = await oss({ bucket: 'demo-oss', key: 'readme.txt' });
      expect([500, 503]).toContain(o.status);
      expect(o.text).toMatch(/<Code>(InternalError|ServiceUnavailable)<\/Code>/);
      expect(o.headers.get('x-oss-request-id')).toBeTruthy();
      const b = await bos({ bucket: 'demo-bos', key: 'readme.txt' });
      expect([500, 503]).toContain(b.status);
      expect(JSON.parse(b.text).code).toMatch(/InternalError|ServiceUnavailable/);
    } finally {
      emu().setFaults({ faultRate: 0 });
    }
    expect((await oss({ bucket: 'demo-oss', key: 'readme.txt' })).status).toBe(200);
  });

  it('a partial rate fails some requests and not others, the same ones for the same seed', async () => {
    const seed = faultSeed(20261201);
    await withFaultSeed(seed, async () => {
      const run = async () => {
        emu().setFaults({ faultRate: 0.5, seed });
        const statuses: number[] = [];
        // One by one, so the dice are thrown in the same order on every run.
        for (let i = 0; i < 40; i++) statuses.push((await oss({ bucket: 'demo-oss', key: 'readme.txt' })).status);
        return statuses;
      };
      try {
        const statuses = await run();
        expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
        expect(statuses.filter((s) => s >= 500).length).toBeGreaterThan(0);
        expect(await run()).toEqual(statuses);
      } finally {
        emu().setFaults({ faultRate: 0 });
      }
    });
  });

  it('drops connections mid-body', async () => {
    emu().setFaults({ dropRate: 1 });
    try {
      await expect(oss({ bucket: 'demo-oss', key: 'media/big-sample.bin' })).rejects.toThrow();
      await expect(bos({ bucket: 'demo-bos', key: 'readme.txt' })).rejects.toThrow();
    } finally {
      emu().setFaults({ dropRate: 0 });
    }
    expect((await oss({ bucket: 'demo-oss', key: 'media/big-sample.bin' })).body.length).toBe(3 * 1024 * 1024 + 123);
  });

  it('adds latency per request', async () => {
    emu().setFaults({ latencyMs: 300 });
    try {
      const t = Date.now();
      expect((await oss({ bucket: 'demo-oss', key: 'readme.txt' })).status).toBe(200);
      expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    } finally {
      emu().setFaults({ latencyMs: 0 });
    }
  });
});
