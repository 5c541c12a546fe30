// What the emulator (embedded in the app as the demo storage) checks before it reads a body:
// the signature, from the headers alone, so an unauthenticated 512 MB PUT is refused at once and
// never buffered; and the number of requests in flight, beyond which it answers 503 as the
// services do (OSS: ActiveRequestLimitExceeded, https://help.aliyun.com/zh/oss/support/http-status-code-503).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { bosRequest, ossRequest } from './test-client';
import { hugePut } from './test-stream';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo', maxConcurrentRequests: 2 });
});
afterAll(async () => {
  await emu?.close();
});

const hugeForgedPut = (base: string, path: string, headers: Record<string, string>) => hugePut({ url: base + path, method: 'PUT', headers });

describe('signature before body', () => {
  it('OSS: a forged V1 signature on a 512 MB PUT is answered 403 before the body arrives', async () => {
    const answer = await hugeForgedPut(emu.oss, '/demo-oss/huge.bin', {
      host: new URL(emu.oss).host,
      date: new Date().toUTCString(),
      authorization: `OSS ${emu.accessKeyId}:AAAAAAAAAAAAAAAAAAAAAAAAAAA=`,
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(answer.ms).toBeLessThan(5_000);
  });

  it('BOS: a forged bce-auth-v1 signature on a 512 MB PUT is answered 403 before the body arrives', async () => {
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const answer = await hugeForgedPut(emu.bos, '/v1/demo-bos/huge.bin', {
      host: new URL(emu.bos).host,
      'x-bce-date': timestamp,
      authorization: `bce-auth-v1/${emu.accessKeyId}/${timestamp}/1800/host;x-bce-date/${'0'.repeat(64)}`,
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(answer.ms).toBeLessThan(5_000);
  });

  it('an anonymous 512 MB PUT to a private bucket is answered 403 AccessDenied before the body arrives', async () => {
    const answer = await hugeForgedPut(emu.oss, '/demo-oss/huge.bin', { host: new URL(emu.oss).host });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('<Code>AccessDenied</Code>');
    expect(answer.ms).toBeLessThan(5_000);
    const bosAnswer = await hugeForgedPut(emu.bos, '/v1/demo-bos/huge.bin', { host: new URL(emu.bos).host });
    expect([bosAnswer.status, JSON.parse(bosAnswer.body).code]).toEqual([403, 'AccessDenied']);
  });

  it('a correctly signed PUT still stores its body', async () => {
    const ep = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
    expect((await ossRequest(ep, { method: 'PUT', bucket: 'demo-oss', key: 'admission/ok.txt', body: 'hello' })).status).toBe(200);
    const got = await ossRequest(ep, { bucket: 'demo-oss', key: 'admission/ok.txt' });
    expect(got.text).toBe('hello');
  });
});

describe('concurrency cap', () => {
  it('beyond the cap answers 503 in each provider\'s format at once, and serves again afterwards', async () => {
    emu.setFaults({ latencyMs: 1_000 }); // long enough for all six to arrive while two are in flight, even on a loaded machine
    try {
      const ossEp = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
      const bosEp = { url: emu.bos, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
      const [ossAnswers, bosAnswers] = await Promise.all([
        Promise.all(Array.from({ length: 6 }, () => ossRequest(ossEp, { bucket: 'demo-oss', query: { 'max-keys': '1' } }))),
        Promise.all(Array.from({ length: 6 }, () => bosRequest(bosEp, { bucket: 'demo-bos', query: { maxKeys: '1' } }))),
      ]);
      for (const [answers, code] of [
        [ossAnswers, 'ActiveRequestLimitExceeded'],
        [bosAnswers, 'ServiceUnavailable'],
      ] as const) {
        expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
        const refused = answers.filter((a) => a.status !== 200);
        expect(refused).toHaveLength(4);
        for (const r of refused) expect([r.status, r.code]).toEqual([503, code]);
      }
    } finally {
      emu.setFaults({ latencyMs: 0 });
    }
    const ep = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
    expect((await ossRequest(ep, { bucket: 'demo-oss', query: { 'max-keys': '1' } })).status).toBe(200);
  });
});
