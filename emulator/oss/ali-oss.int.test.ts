// ali-oss (the vendor SDK, written by none of us) as an oracle for the OSS emulator.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../index';
import { aliOss, requestVia, type AliOssClient } from '../test-oracles';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
});
afterAll(async () => {
  await emu.close();
});

const client = (v4: boolean, secret = emu.accessKeySecret, bucket = 'demo-oss'): AliOssClient =>
  aliOss({ endpoint: emu.oss, region: 'oss-cn-hangzhou', accessKeyId: emu.accessKeyId, accessKeySecret: secret, bucket, authorizationV4: v4 });

const statusOf = async (p: Promise<unknown>): Promise<{ status: number; code: string }> => {
  try {
    await p;
    return { status: 200, code: '' };
  } catch (e) {
    const err = e as { status: number; code: string };
    return { status: err.status, code: err.code };
  }
};

describe.each([
  ['V1', false],
  ['V4', true],
])('ali-oss with signature %s', (name, v4) => {
  const dir = `oracle-${name}/`;
  const awkward = `${dir}报告 季度+100%/a&b=c?.txt`;

  it('puts, gets and heads an object with an awkward name and metadata', async () => {
    const c = client(v4);
    const body = Buffer.from(`hello ${name} 你好`);
    await c.put(awkward, body, { meta: { owner: 'alice' }, headers: { 'Content-Type': 'text/plain' } });
    const got = await c.get(awkward);
    expect(got.content.equals(body)).toBe(true);
    const head = await c.head(awkward);
    expect(head.meta.owner).toBe('alice');
    expect(head.res.headers['content-length']).toBe(String(body.length));
    expect(head.res.headers['x-oss-object-type']).toBe('Normal');
    expect(head.res.headers.etag).toBe(`"${crypto.createHash('md5').update(body).digest('hex').toUpperCase()}"`);
  });

  it('reads a byte range', async () => {
    const c = client(v4);
    await c.put(`${dir}range.bin`, Buffer.from('0123456789'));
    const got = await c.get(`${dir}range.bin`, { headers: { Range: 'bytes=2-5' } });
    expect(got.content.toString()).toBe('2345');
    expect(got.res.status).toBe(206);
  });

  it('lists v2 with delimiter and pages through continuation tokens', async () => {
    const c = client(v4);
    const keys = Array.from({ length: 7 }, (_, i) => `${dir}page/k${i}.txt`);
    for (const k of keys) await c.put(k, Buffer.from(k));
    await c.put(`${dir}page/sub/a.txt`, Buffer.from('a'));
    await c.put(`${dir}page/sub/b.txt`, Buffer.from('b'));
    const seen: string[] = [];
    const prefixes: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = { prefix: `${dir}page/`, delimiter: '/', 'max-keys': 3 };
      if (token) query['continuation-token'] = token;
      const page = await c.listV2(query);
      pages++;
      for (const o of page.objects ?? []) {
        seen.push(o.name);
        expect(o.type).toBe('Normal');
      }
      prefixes.push(...(page.prefixes ?? []));
      token = page.isTruncated ? page.nextContinuationToken : null;
    } while (token);
    expect(seen).toEqual(keys);
    expect(prefixes).toEqual([`${dir}page/sub/`]);
    expect(pages).toBe(3);
  });

  it('lists v1 with marker paging', async () => {
    const c = client(v4);
    const first = await c.list({ prefix: `${dir}page/`, 'max-keys': 4 });
    expect(first.isTruncated).toBe(true);
    const second = await c.list({ prefix: `${dir}page/`, 'max-keys': 100, marker: first.nextMarker ?? '' });
    expect([...(first.objects ?? []), ...(second.objects ?? [])].map((o) => o.name)).toHaveLength(9);
  });

  it('copies with COPY and REPLACE metadata directives, then deletes', async () => {
    const c = client(v4);
    await c.put(`${dir}src.txt`, Buffer.from('source'), { meta: { a: '1' } });
    await c.copy(`${dir}copy.txt`, `${dir}src.txt`);
    expect((await c.head(`${dir}copy.txt`)).meta.a).toBe('1');
    await c.copy(`${dir}copy2.txt`, `${dir}src.txt`, { meta: { b: '2' } });
    const replaced = await c.head(`${dir}copy2.txt`);
    expect(replaced.meta.b).toBe('2');
    expect(replaced.meta.a).toBeUndefined();
    expect((await c.get(`${dir}copy2.txt`)).content.toString()).toBe('source');
    await c.delete(`${dir}copy.txt`);
    expect(await statusOf(c.head(`${dir}copy.txt`))).toMatchObject({ status: 404 });
    const multi = await c.deleteMulti([`${dir}copy2.txt`, `${dir}src.txt`]);
    expect(multi.deleted).toHaveLength(2);
    expect(await statusOf(c.get(`${dir}src.txt`))).toMatchObject({ status: 404, code: 'NoSuchKey' });
  });

  it('uploads in multiple parts, keeping the standard headers sent with InitiateMultipartUpload', async () => {
    const c = client(v4);
    const body = crypto.randomBytes(350 * 1024);
    const standard = { 'cache-control': 'max-age=5', 'content-disposition': 'attachment', 'content-encoding': 'identity', 'content-language': 'zh-CN', expires: 'Wed, 21 Oct 2037 07:28:00 GMT' };
    // A copy: ali-oss adds Content-Length to the headers object it is given.
    await c.multipartUpload(`${dir}multi.bin`, body, { partSize: 100 * 1024, headers: { ...standard } });
    const got = await c.get(`${dir}multi.bin`);
    expect(got.content.equals(body)).toBe(true);
    expect(Object.fromEntries(Object.keys(standard).map((k) => [k, got.res.headers[k]]))).toEqual(standard);
    expect((await c.head(`${dir}multi.bin`)).res.headers['x-oss-object-type']).toBe('Multipart');
    expect(got.res.headers.etag).toMatch(/-4"$/);
    await c.multipartUploadCopy(`${dir}multi-copy.bin`, { sourceKey: `${dir}multi.bin`, sourceBucketName: 'demo-oss' }, { partSize: 100 * 1024 });
    expect((await c.get(`${dir}multi-copy.bin`)).content.equals(body)).toBe(true);
  });

  it('creates and reads a symlink, follows it, and reports Type Symlink in listings', async () => {
    const c = client(v4);
    await c.putSymlink(`${dir}link.txt`, awkward, { meta: { why: 'test' } });
    expect((await c.getSymlink(`${dir}link.txt`)).targetName).toBe(awkward);
    const through = await c.get(`${dir}link.txt`);
    expect(through.content.toString()).toBe(`hello ${name} 你好`);
    expect((await c.head(`${dir}link.txt`)).res.headers['x-oss-object-type']).toBe('Symlink');
    const page = await c.listV2({ prefix: `${dir}link`, 'max-keys': 10 });
    expect(page.objects?.map((o) => [o.name, o.type])).toEqual([[`${dir}link.txt`, 'Symlink']]);
  });

  it('signs presigned URLs that the emulator accepts, and rejects a tampered or expired one', async () => {
    // ali-oss refuses to presign for an IP endpoint, so sign for the real domain and send
    // the request to the emulator with that Host header.
    const signer = aliOss({ endpoint: 'http://oss-cn-hangzhou.aliyuncs.com', region: 'oss-cn-hangzhou', accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, bucket: 'demo-oss', authorizationV4: v4 });
    const sign = (expires: number): Promise<string> | string =>
      v4 ? signer.signatureUrlV4('GET', expires, {}, `${dir}range.bin`) : signer.signatureUrl(`${dir}range.bin`, { expires });
    const url = await sign(600);
    const ok = await requestVia(emu.oss, url);
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toBe('0123456789');
    expect((await requestVia(emu.oss, url.replace('range.bin', 'range.bi%6E'))).status).toBe(200);
    expect((await requestVia(emu.oss, url.replace('range.bin', 'range.bin2'))).status).toBe(403);
    const expired = await sign(-1000);
    const res = await requestVia(emu.oss, expired);
    expect(res.status).toBe(403);
    expect(res.body.toString()).toContain('expired');
  });

  it('a client with the wrong secret gets 403 SignatureDoesNotMatch', async () => {
    const bad = client(v4, 'wrong-secret');
    expect(await statusOf(bad.get(awkward))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(await statusOf(bad.put(`${dir}nope.txt`, Buffer.from('x')))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(await statusOf(client(v4).head(`${dir}nope.txt`))).toMatchObject({ status: 404 });
    // HEAD errors travel in x-oss-err; ali-oss decodes that header for non-404 answers.
    expect(await statusOf(bad.head(awkward))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('reports link errors the way ali-oss understands them', async () => {
    const c = client(v4);
    expect(await statusOf(c.head('chain-link.pdf'))).toEqual({ status: 400, code: 'InvalidTargetType' });
    expect(await statusOf(c.get('broken-link.txt'))).toEqual({ status: 404, code: 'SymlinkTargetNotExist' });
    expect(await statusOf(c.getSymlink('readme.txt'))).toEqual({ status: 400, code: 'NotSymlink' });
  });
});

describe('ali-oss bucket operations', () => {
  it('creates an Archive bucket, lists it; PutSymlink there is 400 OperationNotSupported', async () => {
    const c = client(false);
    await c.putBucket('oracle-archive', { StorageClass: 'Archive' });
    // Bucket-less calls to an IP endpoint carry `Host: .oss-cn-hangzhou.aliyuncs.com`.
    const { buckets } = await c.listBuckets();
    expect(buckets.find((b) => b.name === 'oracle-archive')?.storageClass).toBe('Archive');
    expect(buckets.some((b) => b.name === 'demo-bos')).toBe(false);
    c.useBucket('oracle-archive');
    await c.put('a.txt', Buffer.from('a'));
    expect(await statusOf(c.putSymlink('l.txt', 'a.txt'))).toEqual({ status: 400, code: 'OperationNotSupported' });
  });

  it('rejects an unknown access key id with InvalidAccessKeyId', async () => {
    const c = aliOss({ endpoint: emu.oss, region: 'oss-cn-hangzhou', accessKeyId: 'nobody', accessKeySecret: 'x', bucket: 'demo-oss' });
    expect(await statusOf(c.get('readme.txt'))).toEqual({ status: 403, code: 'InvalidAccessKeyId' });
  });
});
