// BOS protocol details over HTTP: addressing forms, presigned URLs, skew, JSON errors,
// multipart, ACLs.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useDemoEmulator } from '../test-demo-emulator';
import { requestVia } from '../test-oracles';
import { bceCanonicalRequest, bceSignature, bceSigningKey } from './auth';

const { emu, bos } = useDemoEmulator();

/** Signs `path` (as sent) with host-only canonical headers. */
function authFor(method: string, path: string, host: string, query: Record<string, string> = {}, at = new Date(), exp = 1800): string {
  const ts = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const prefix = `bce-auth-v1/${emu().accessKeyId}/${ts}/${exp}`;
  const cr = bceCanonicalRequest({
    method, uri: path, query: Object.entries(query).map(([key, value]) => ({ key, value, bare: false })), headers: { host }, signedHeaders: ['host'],
  });
  return `${prefix}/host/${bceSignature(bceSigningKey(emu().accessKeySecret, prefix), cr)}`;
}

describe('BOS addressing', () => {
  it('accepts /v1/bucket/key, /bucket/key and virtual-hosted requests', async () => {
    const host = new URL(emu().bos).host;
    for (const path of ['/v1/demo-bos/readme.txt', '/demo-bos/readme.txt']) {
      const r = await fetch(emu().bos + path, { headers: { authorization: authFor('GET', path, host) } });
      expect(r.status, path).toBe(200);
    }
    const vhost = 'demo-bos.bj.bcebos.com';
    const r = await requestVia(emu().bos, `http://${vhost}/readme.txt`, { headers: { authorization: authFor('GET', '/readme.txt', vhost) } });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('BOS demo bucket');
    const regional = 'bj.bcebos.com';
    const r2 = await requestVia(emu().bos, `http://${regional}/v1/demo-bos/readme.txt`, { headers: { authorization: authFor('GET', '/v1/demo-bos/readme.txt', regional) } });
    expect(r2.status).toBe(200);
  });
});

describe('BOS authentication', () => {
  it('accepts a presigned URL (authorization query parameter) and rejects an expired or altered one', async () => {
    const host = new URL(emu().bos).host;
    const path = '/v1/demo-bos/readme.txt';
    const auth = authFor('GET', path, host, {}, new Date(), 60);
    expect((await fetch(`${emu().bos}${path}?authorization=${encodeURIComponent(auth)}`)).status).toBe(200);
    const expired = authFor('GET', path, host, {}, new Date(Date.now() - 120_000), 60);
    const r = await fetch(`${emu().bos}${path}?authorization=${encodeURIComponent(expired)}`);
    expect(r.status).toBe(403);
    expect(((await r.json()) as { code: string }).code).toBe('RequestExpired');
    expect((await fetch(`${emu().bos}${path}?authorization=${encodeURIComponent(auth)}&x=1`)).status).toBe(403);
    expect((await fetch(`${emu().bos}/v1/demo-bos/data.json?authorization=${encodeURIComponent(auth)}`)).status).toBe(403);
  });

  it('expiration -1 never expires; other negative values are refused (BOS generatePresignedUrl docs)', async () => {
    const host = new URL(emu().bos).host;
    const path = '/v1/demo-bos/readme.txt';
    const old = new Date(Date.now() - 30 * 86_400_000);
    expect((await fetch(`${emu().bos}${path}?authorization=${encodeURIComponent(authFor('GET', path, host, {}, old, -1))}`)).status).toBe(200);
    expect((await fetch(`${emu().bos}${path}?authorization=${encodeURIComponent(authFor('GET', path, host, {}, new Date(), -2))}`)).status).toBe(403);
  });

  it('a timestamp 20 minutes in the future is 403 RequestTimeTooSkewed', async () => {
    const r = await bos({ bucket: 'demo-bos', key: 'readme.txt', now: new Date(Date.now() + 20 * 60_000) });
    expect([r.status, r.code]).toEqual([403, 'RequestTimeTooSkewed']);
  });

  it('an altered signed header is 403 SignatureDoesNotMatch', async () => {
    const host = new URL(emu().bos).host;
    const path = '/v1/demo-bos/readme.txt';
    const ts = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const prefix = `bce-auth-v1/${emu().accessKeyId}/${ts}/1800`;
    const headers = { host, 'x-bce-meta-a': '1' };
    const cr = bceCanonicalRequest({ method: 'GET', uri: path, query: [], headers, signedHeaders: ['host', 'x-bce-meta-a'] });
    const auth = `${prefix}/host;x-bce-meta-a/${bceSignature(bceSigningKey(emu().accessKeySecret, prefix), cr)}`;
    expect((await fetch(emu().bos + path, { headers: { 'x-bce-meta-a': '1', authorization: auth } })).status).toBe(200);
    const r = await fetch(emu().bos + path, { headers: { 'x-bce-meta-a': '2', authorization: auth } });
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ code: 'SignatureDoesNotMatch', requestId: r.headers.get('x-bce-request-id') });
  });

  it('anonymous access only to public-read objects', async () => {
    expect((await bos({ bucket: 'demo-bos', key: 'readme.txt', anonymous: true })).code).toBe('AccessDenied');
    await bos({ method: 'PUT', bucket: 'demo-bos', key: 'open.txt', headers: { 'x-bce-acl': 'public-read' }, body: 'open' });
    expect((await bos({ bucket: 'demo-bos', key: 'open.txt', anonymous: true })).text).toBe('open');
  });
});

describe('BOS objects', () => {
  it('HEAD reports x-bce-object-type and storage class; errors have request ids', async () => {
    const h = await bos({ method: 'HEAD', bucket: 'demo-bos', key: 'readme.txt' });
    expect(h.headers.get('x-bce-object-type')).toBe('Normal');
    expect(h.headers.get('x-bce-storage-class')).toBe('STANDARD');
    const missing = await bos({ method: 'HEAD', bucket: 'demo-bos', key: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-bce-request-id')).toBeTruthy();
  });

  it('copies with x-bce-metadata-directive replace', async () => {
    await bos({ method: 'PUT', bucket: 'demo-bos', key: 'c/src', headers: { 'x-bce-meta-a': '1' }, body: 'src' });
    const r = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'c/dst', headers: { 'x-bce-copy-source': '/demo-bos/c/src', 'x-bce-metadata-directive': 'replace', 'x-bce-meta-b': '2' } });
    expect(JSON.parse(r.text)).toMatchObject({ eTag: crypto.createHash('md5').update('src').digest('hex') });
    const h = await bos({ method: 'HEAD', bucket: 'demo-bos', key: 'c/dst' });
    expect([h.headers.get('x-bce-meta-a'), h.headers.get('x-bce-meta-b')]).toEqual([null, '2']);
  });

  it('deletes multiple objects and reports missing keys', async () => {
    await bos({ method: 'PUT', bucket: 'demo-bos', key: 'd/1', body: '1' });
    const r = await bos({ method: 'POST', bucket: 'demo-bos', query: { delete: '' }, body: JSON.stringify({ objects: [{ key: 'd/1' }, { key: 'd/missing' }] }) });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ errors: [{ key: 'd/missing', code: 'NoSuchKey', message: expect.any(String) }] });
    expect((await bos({ bucket: 'demo-bos', key: 'd/1' })).status).toBe(404);
  });

  it('runs a multipart upload with JSON bodies; the object keeps the standard headers of Initiate (not Content-Language)', async () => {
    const key = 'mp/bos.bin';
    const standard = { 'cache-control': 'max-age=5', 'content-disposition': 'attachment', 'content-encoding': 'identity', expires: 'Wed, 21 Oct 2037 07:28:00 GMT' };
    const initiated = await bos({ method: 'POST', bucket: 'demo-bos', key, query: { uploads: '' }, headers: { ...standard, 'content-language': 'zh-CN', 'content-type': 'text/x-mp' } });
    const init = JSON.parse(initiated.text) as { uploadId: string };
    const a = crypto.randomBytes(100 * 1024);
    const b = Buffer.from('tail');
    const ea = (await bos({ method: 'PUT', bucket: 'demo-bos', key, query: { partNumber: '1', uploadId: init.uploadId }, body: a })).headers.get('etag')!;
    const eb = (await bos({ method: 'PUT', bucket: 'demo-bos', key, query: { partNumber: '2', uploadId: init.uploadId }, body: b })).headers.get('etag')!;
    const listed = JSON.parse((await bos({ bucket: 'demo-bos', key, query: { uploadId: init.uploadId } })).text) as { parts: { partNumber: number }[] };
    expect(listed.parts.map((p) => p.partNumber)).toEqual([1, 2]);
    const done = await bos({
      method: 'POST', bucket: 'demo-bos', key, query: { uploadId: init.uploadId },
      body: JSON.stringify({ parts: [{ partNumber: 1, eTag: ea }, { partNumber: 2, eTag: eb }] }),
    });
    expect(JSON.parse(done.text)).toMatchObject({ bucket: 'demo-bos', key, eTag: expect.stringMatching(/^[0-9a-f]{32}-2$/) });
    const got = await bos({ bucket: 'demo-bos', key });
    expect(got.body.equals(Buffer.concat([a, b]))).toBe(true);
    expect(Object.fromEntries(Object.keys(standard).map((k) => [k, got.headers.get(k)]))).toEqual(standard);
    // BOS has no Content-Language (PutObject/InitiateMultipartUpload docs; @baiducloud/sdk drops it).
    expect([got.headers.get('content-type'), got.headers.get('content-language')]).toEqual(['text/x-mp', null]);
  });

  it('creates and deletes buckets; ListBuckets shows BOS buckets only', async () => {
    expect((await bos({ method: 'PUT', bucket: 'proto-bos' })).status).toBe(200);
    expect((await bos({ method: 'PUT', bucket: 'proto-bos' })).code).toBe('BucketAlreadyExists');
    const names = (JSON.parse((await bos({})).text) as { buckets: { name: string }[] }).buckets.map((b) => b.name);
    expect(names).toEqual(['demo-bos', 'demo-bos-media', 'proto-bos']);
    expect((await bos({ method: 'DELETE', bucket: 'proto-bos' })).status).toBe(200);
    expect((await bos({ bucket: 'proto-bos' })).code).toBe('NoSuchBucket');
  });
});
