// @baiducloud/sdk (the vendor SDK, written by none of us) as an oracle for the BOS emulator.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../index';
import { bosSdk, type BosSdkClient, type BosSdkError } from '../test-oracles';

let emu: RunningEmulator;
let c: BosSdkClient;
beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
  c = bosSdk(emu.bos, emu.accessKeyId, emu.accessKeySecret);
});
afterAll(async () => {
  await emu.close();
});

async function failure(p: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as BosSdkError;
    return { status: err.status_code, code: err.code };
  }
  throw new Error('expected the request to fail');
}

const dir = 'oracle/';
const awkward = `${dir}报告 季度+100%/a&b=c.txt`;

describe('@baiducloud/sdk against the BOS emulator', () => {
  it('lists the BOS buckets only', async () => {
    const names = (await c.listBuckets()).body.buckets.map((b) => b.name);
    expect(names).toEqual(['demo-bos', 'demo-bos-media']);
  });

  it('puts, gets and heads an object with an awkward name', async () => {
    const body = Buffer.from('hello BOS 你好');
    const put = await c.putObject('demo-bos', awkward, body, { 'Content-Type': 'text/plain', 'x-bce-meta-owner': 'alice' });
    expect(put.http_headers.etag).toBe(crypto.createHash('md5').update(body).digest('hex'));
    const got = await c.getObject('demo-bos', awkward);
    expect(Buffer.from(got.body).equals(body)).toBe(true);
    const head = await c.getObjectMetadata('demo-bos', awkward);
    expect(head.http_headers['x-bce-meta-owner']).toBe('alice');
    expect(head.http_headers['x-bce-object-type']).toBe('Normal');
    expect(head.http_headers['content-length']).toBe(String(body.length));
  });

  it('reads a byte range', async () => {
    await c.putObject('demo-bos', `${dir}range.bin`, Buffer.from('0123456789'));
    const got = await c.getObject('demo-bos', `${dir}range.bin`, '3-6') // the SDK adds 'bytes=';
    expect(Buffer.from(got.body).toString()).toBe('3456');
  });

  it('lists with delimiter and marker paging', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `${dir}page/k${i}.txt`);
    for (const k of keys) await c.putObject('demo-bos', k, Buffer.from(k));
    await c.putObject('demo-bos', `${dir}page/sub/x.txt`, Buffer.from('x'));
    const seen: string[] = [];
    const prefixes: string[] = [];
    let marker: string | undefined;
    for (;;) {
      const { body } = await c.listObjects('demo-bos', { prefix: `${dir}page/`, delimiter: '/', maxKeys: 2, ...(marker ? { marker } : {}) });
      seen.push(...body.contents.map((o) => o.key));
      prefixes.push(...body.commonPrefixes.map((p) => p.prefix));
      if (!body.isTruncated) break;
      marker = body.nextMarker;
    }
    expect(seen).toEqual(keys);
    expect(prefixes).toEqual([`${dir}page/sub/`]);
  });

  it('creates a symlink, reads its target, and follows it on get and head', async () => {
    // The SDK sends the target header raw; Node cannot send raw CJK in a header, so encode it.
    await c.putSymlink('demo-bos', `${dir}link.txt`, encodeURIComponent(awkward).replace(/%2F/g, '/'));
    const sym = await c.getSymlink('demo-bos', `${dir}link.txt`);
    expect(decodeURIComponent(sym.http_headers['x-bce-symlink-target']!)).toBe(awkward);
    const got = await c.getObject('demo-bos', `${dir}link.txt`);
    expect(Buffer.from(got.body).toString()).toBe('hello BOS 你好');
    const head = await c.getObjectMetadata('demo-bos', `${dir}link.txt`);
    expect(head.http_headers['x-bce-object-type']).toBe('Symlink');
  });

  it('honours the (inverted) overwrite flag as x-bce-forbid-overwrite', async () => {
    // putSymlink(..., true) sends x-bce-forbid-overwrite: true.
    expect(await failure(c.putSymlink('demo-bos', `${dir}link.txt`, 'other.txt', true))).toEqual({ status: 409, code: 'FileAlreadyExists' });
    await c.putSymlink('demo-bos', `${dir}link.txt`, `${dir}range.bin`, false);
    expect(decodeURIComponent((await c.getSymlink('demo-bos', `${dir}link.txt`)).http_headers['x-bce-symlink-target']!)).toBe(`${dir}range.bin`);
  });

  it('copies and deletes (single and multiple)', async () => {
    await c.copyObject('demo-bos', `${dir}range.bin`, 'demo-bos-media', `${dir}copied.bin`);
    expect(Buffer.from((await c.getObject('demo-bos-media', `${dir}copied.bin`)).body).toString()).toBe('0123456789');
    await c.deleteObject('demo-bos-media', `${dir}copied.bin`);
    expect(await failure(c.getObject('demo-bos-media', `${dir}copied.bin`))).toEqual({ status: 404, code: 'NoSuchKey' });
    await c.deleteMultipleObjects('demo-bos', [`${dir}page/k0.txt`, `${dir}page/k1.txt`]);
    expect(await failure(c.getObject('demo-bos', `${dir}page/k0.txt`))).toMatchObject({ status: 404 });
  });

  it('a client with the wrong secret gets 403 SignatureDoesNotMatch', async () => {
    const bad = bosSdk(emu.bos, emu.accessKeyId, 'wrong-secret');
    expect(await failure(bad.getObject('demo-bos', awkward))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(await failure(bad.putObject('demo-bos', `${dir}nope`, Buffer.from('x')))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(await failure(bad.listObjects('demo-bos'))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('an unknown access key gets 403 InvalidAccessKeyId', async () => {
    const bad = bosSdk(emu.bos, 'nobody', emu.accessKeySecret);
    expect(await failure(bad.listBuckets())).toEqual({ status: 403, code: 'InvalidAccessKeyId' });
  });
});
