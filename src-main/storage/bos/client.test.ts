// BOS client behaviour the emulator cannot provoke: malformed JSON, body-less HEAD errors,
// retried delete batches, and the wire form of links.
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type StubHandler, bodyText, stubTransport } from '../testing/stub-transport';
import { type Transport } from '../transport';
import { type ClientConfig } from '../types';
import { createBosClient } from './client';

const SECRET = 'bos-secret-value-5678';
const config: ClientConfig = {
  provider: 'bos', endpoint: '', region: 'bj', addressing: 'path',
  accessKeyId: 'AK', accessKeySecret: SECRET, securityToken: 'STS', now: () => new Date('2024-01-01T00:00:00Z'), maxRetries: 0,
};

function client(handler: StubHandler) {
  const stub = stubTransport(handler);
  return { c: createBosClient(config, { transport: stub.transport, sleep: async () => {} }), requests: stub.requests };
}

describe('BOS client against a scripted transport', () => {
  it('lists with marker paging on /v1/<bucket>, signing host, x-bce-date and the STS header', async () => {
    const { c, requests } = client(() => ({ status: 200, body: JSON.stringify({ name: 'b', isTruncated: true, nextMarker: 'm 2', contents: [{ key: 'a', lastModified: 'x', size: 1 }] }) }));
    const page = await c.listObjects({ bucket: 'b', cursor: 'm 1', maxKeys: 1 });
    expect(page.nextCursor).toBe('m 2');
    expect(requests[0]).toMatchObject({ origin: 'https://bj.bcebos.com', path: '/v1/b?marker=m%201&maxKeys=1' });
    expect(requests[0]?.headers).toMatchObject({ host: 'bj.bcebos.com', 'x-bce-date': '2024-01-01T00:00:00Z', 'x-bce-security-token': 'STS' });
    expect(requests[0]?.headers.authorization).toMatch(/^bce-auth-v1\/AK\/2024-01-01T00:00:00Z\/1800\/host;x-bce-date;x-bce-security-token\/[0-9a-f]{64}$/);
  });

  it('requests the next page as soon as a nextMarker ahead of the entries arrives, before the page ends', async () => {
    const heads = (marker: string) => `{"name":"b","isTruncated":true,"nextMarker":"${marker}","contents":[`;
    const requests: string[] = [];
    let releaseFirst: () => void = () => {};
    const firstBodyEnd = new Promise<void>((resolve) => (releaseFirst = resolve));
    const transport: Transport = async (req) => {
      requests.push(req.path);
      if (requests.length === 2) releaseFirst(); // the second request went out while page 1 was still open
      const first = !req.path.includes('marker=');
      async function* body() {
        yield Buffer.from(first ? heads('m1') : '{"name":"b","isTruncated":false,"contents":[');
        if (first) await firstBodyEnd;
        yield Buffer.from(`{"key":"${first ? 'a' : 'b'}","lastModified":"x","size":1}]}`);
      }
      return { status: 200, headers: {}, body: Readable.from(body()) };
    };
    const c = createBosClient(config, { transport, sleep: async () => {} });
    const keys: string[] = [];
    for await (const page of c.listAll({ bucket: 'b' })) keys.push(...page.objects.map((o) => o.key));
    expect(keys).toEqual(['a', 'b']);
    expect(requests).toEqual(['/v1/b?maxKeys=1000', '/v1/b?marker=m1&maxKeys=1000']);
  });

  it('refuses a listing body beyond the page byte limit as InvalidResponse', async () => {
    const transport: Transport = async () => ({
      status: 200,
      headers: {},
      body: Readable.from((function* endless() {
        yield Buffer.from('{"name":"b","contents":[{"key":"');
        const chunk = Buffer.alloc(64 * 1024, 'a');
        for (;;) yield chunk;
      })()),
    });
    const c = createBosClient(config, { transport, sleep: async () => {} });
    await expect(c.listObjects({ bucket: 'b' })).rejects.toMatchObject({ code: 'InvalidResponse', message: expect.stringContaining('bytes') });
  });

  it.each([['HTML', '<html/>'], ['wrong shape', '{"contents":"x"}'], ['truncated', '{"name":"b",']])('turns a %s listing into InvalidResponse', async (_n, body) => {
    const { c } = client(() => ({ status: 200, body, headers: { 'x-bce-request-id': 'RID' } }));
    await expect(c.listObjects({ bucket: 'b' })).rejects.toMatchObject({ code: 'InvalidResponse', status: 200, requestId: 'RID', provider: 'bos' });
  });

  it.each([404, 400])('objectType: a bare %i from HEAD asks GetSymlink', async (status) => {
    const { c, requests } = client((req) => (req.method === 'HEAD' ? { status } : { status: 200, headers: { 'x-bce-symlink-target': 't%20x' } }));
    expect(await c.objectType('b', 'k')).toBe('Symlink');
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /v1/b/k', 'GET /v1/b/k?symlink']);
  });

  it('objectType: x-bce-error-code SymlinkTargetNotExist means Symlink at once; NoSuchKey means no such key (null)', async () => {
    const broken = client(() => ({ status: 404, headers: { 'x-bce-error-code': 'SymlinkTargetNotExist' } }));
    expect(await broken.c.objectType('b', 'k')).toBe('Symlink');
    expect(broken.requests).toHaveLength(1);
    const missing = client(() => ({ status: 404, headers: { 'x-bce-error-code': 'NoSuchKey' } }));
    await expect(missing.c.objectType('b', 'k')).resolves.toBeNull();
    expect(missing.requests).toHaveLength(1);
  });

  it('putSymlink encodes the target and sends cross-bucket, overwrite guard, class and ACL', async () => {
    const { c, requests } = client(() => ({ status: 200, headers: { etag: '"E"' } }));
    const r = await c.putSymlink({ bucket: 'b', key: 'l', target: 'a b+%#?😀', targetBucket: 'media', forbidOverwrite: false, storageClass: 'standard_ia', acl: 'public-read' });
    expect(r.etag).toBe('E');
    expect(requests[0]?.headers).toMatchObject({
      'x-bce-symlink-target': 'a%20b%2B%25%23%3F%F0%9F%98%80', 'x-bce-symlink-bucket': 'media', 'x-bce-forbid-overwrite': 'false',
      'x-bce-storage-class': 'STANDARD_IA', 'x-bce-acl': 'public-read',
    });
  });

  it('deleteMany counts NoSuchKey (a retried batch) as deleted and reports other failures', async () => {
    const { c, requests } = client(() => ({ status: 200, body: JSON.stringify({ errors: [{ key: 'b', code: 'NoSuchKey', message: '' }, { key: 'c', code: 'AccessDenied', message: 'no' }] }) }));
    const r = await c.deleteMany('bkt', ['a', 'b', 'c']);
    expect(r).toEqual({ deleted: ['a', 'b'], failed: [{ key: 'c', code: 'AccessDenied', message: 'no' }] });
    expect(JSON.parse(await bodyText(requests[0] as Parameters<typeof bodyText>[0]))).toEqual({ objects: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] });
    expect(requests[0]?.path).toBe('/v1/bkt?delete');
  });

  it('never puts the secret on the wire, in errors or in a presigned URL', async () => {
    const { c, requests } = client(() => ({ status: 403, body: '{"code":"AccessDenied","message":"m","requestId":"r"}' }));
    const error = await c.listBuckets().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AccessDenied', requestId: 'r' });
    const url = c.presign({ bucket: 'b', key: 'k', expiresSeconds: 60 });
    expect(url).toMatch(/^https:\/\/bj\.bcebos\.com\/v1\/b\/k\?authorization=bce-auth-v1%2FAK%2F.*&x-bce-security-token=STS$/);
    const everything = [JSON.stringify(requests.map(({ signal: _s, body: _b, ...r }) => r)), inspect(error, { depth: 5 }), JSON.stringify(c), url].join('\n');
    expect(everything).not.toContain(SECRET);
  });
});

// protocol-notes.md: no SDK decodes x-bce-symlink-target, so a server may send it
// percent-encoded or raw; Node's HTTP stack hands raw UTF-8 header bytes over as latin1.
describe('BOS GetSymlink target decoding', () => {
  it.each([
    ['percent-encoded ASCII', 'dir/%E6%96%87%E4%BB%B6%20a.txt', 'dir/文件 a.txt'],
    ['raw UTF-8 read as latin1', Buffer.from('dir/文件 a.txt', 'utf8').toString('latin1'), 'dir/文件 a.txt'],
    ['an encoded literal %', 'files/100%25%20done.txt', 'files/100% done.txt'],
    ['a raw literal % that is no escape', 'files/100% done.txt', 'files/100% done.txt'],
    ['text already decoded', 'dir/文件.txt', 'dir/文件.txt'],
  ])('reads %s', async (_name, header, expected) => {
    const { c } = client(() => ({ status: 200, headers: { 'x-bce-symlink-target': header } }));
    expect(await c.getSymlink('b', 'link')).toEqual({ target: expected });
  });

  it('round-trips a target with a literal % through PutSymlink and GetSymlink', async () => {
    let stored = '';
    const { c } = client((req) => {
      if (req.method === 'PUT') stored = decodeURIComponent(req.headers['x-bce-symlink-target'] ?? '');
      // A server that answers raw (unencoded) UTF-8, as undici shows it.
      const headers: Record<string, string> = req.method === 'GET' ? { 'x-bce-symlink-target': Buffer.from(stored, 'utf8').toString('latin1') } : { etag: '"e"' };
      return { status: 200, headers };
    });
    await c.putSymlink({ bucket: 'b', key: 'l', target: '50% 折扣/%41.txt' });
    expect(stored).toBe('50% 折扣/%41.txt');
    expect(await c.getSymlink('b', 'l')).toEqual({ target: '50% 折扣/%41.txt' });
  });

  it('reads x-bce-content-crc64ecma from PutObject, UploadPart and Complete answers, and nothing when it is absent', async () => {
    // bce-sdk-go services/bos/api/object_test.go TestPutObject: the answer's x-bce-content-crc64ecma
    // is the hash/crc64 ECMA sum of the body sent, in decimal (res.ContentCrc64ECMA).
    const crc = { 'x-bce-content-crc64ecma': ' 12759301844125077625 ', etag: '"e"' };
    let withCrc = true;
    const { c } = client((req) => {
      const headers = withCrc ? crc : { etag: '"e"' };
      return req.method === 'POST' ? { status: 200, headers, body: JSON.stringify({ eTag: 'e' }) } : { status: 200, headers };
    });
    const part = { bucket: 'b', key: 'k', uploadId: 'u', partNumber: 1, createBody: () => Readable.from([Buffer.from('x')]), contentLength: 1 };
    const complete = { bucket: 'b', key: 'k', uploadId: 'u', parts: [{ partNumber: 1, etag: 'e' }] };
    expect(await c.put({ bucket: 'b', key: 'k', body: 'x' })).toEqual({ etag: 'e', crc64: '12759301844125077625' });
    expect(await c.uploadPart(part)).toEqual({ etag: 'e', crc64: '12759301844125077625' });
    expect(await c.completeMultipart(complete)).toEqual({ etag: 'e', crc64: '12759301844125077625' });
    withCrc = false;
    expect(await c.put({ bucket: 'b', key: 'k', body: 'x' })).toEqual({ etag: 'e' });
    expect(await c.uploadPart(part)).toEqual({ etag: 'e' });
    expect(await c.completeMultipart(complete)).toEqual({ etag: 'e' });
  });
});
