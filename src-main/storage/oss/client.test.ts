// OSS client behaviour that the emulator cannot provoke: malformed answers, HEAD without
// x-oss-err, batch sizes, and secrets never leaving in any request.
import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type StubHandler, bodyText, stubTransport } from '../testing/stub-transport';
import { type ClientConfig } from '../types';
import { createOssClient } from './client';

const SECRET = 'super-secret-value-1234';
const config: ClientConfig = {
  provider: 'oss', endpoint: 'https://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'virtual-host',
  accessKeyId: 'AK', accessKeySecret: SECRET, securityToken: 'STS-TOKEN', now: () => new Date('2024-01-01T00:00:00Z'), maxRetries: 0,
};

function client(handler: StubHandler, over: Partial<ClientConfig> = {}) {
  const stub = stubTransport(handler);
  return { c: createOssClient({ ...config, ...over }, { transport: stub.transport, sleep: async () => {} }), requests: stub.requests };
}

const errXml = (code: string) => Buffer.from(`<Error><Code>${code}</Code><Message>m</Message><RequestId>R</RequestId></Error>`).toString('base64');

describe('OSS client against a scripted transport', () => {
  it('sends ListObjectsV2 with encoding-type=url on the virtual host and V4 auth', async () => {
    const { c, requests } = client(() => ({ status: 200, body: '<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated><Contents><Key>a%2Bb</Key><Size>1</Size></Contents></ListBucketResult>' }));
    const page = await c.listObjects({ bucket: 'bkt', prefix: 'a b/', delimiter: '/', maxKeys: 10 });
    expect(page.objects.map((o) => o.key)).toEqual(['a+b']);
    expect(requests[0]).toMatchObject({ method: 'GET', origin: 'https://bkt.oss-cn-hangzhou.aliyuncs.com', path: '/?delimiter=%2F&encoding-type=url&list-type=2&max-keys=10&prefix=a%20b%2F' });
    expect(requests[0]?.headers.Authorization).toMatch(/^OSS4-HMAC-SHA256 Credential=AK\/20240101\/cn-hangzhou\/oss\/aliyun_v4_request,Signature=[0-9a-f]{64}$/);
    expect(requests[0]?.headers['x-oss-security-token']).toBe('STS-TOKEN');
  });

  it('follows ListBuckets paging by marker', async () => {
    const bucketsXml = (names: string[], next?: string) =>
      `<ListAllMyBucketsResult><IsTruncated>${next ? 'true' : 'false'}</IsTruncated>${next ? `<NextMarker>${next}</NextMarker>` : ''}<Buckets>${names.map((n) => `<Bucket><Name>${n}</Name><Location>oss-cn-beijing</Location></Bucket>`).join('')}</Buckets></ListAllMyBucketsResult>`;
    const { c, requests } = client((_r, i) => ({ status: 200, body: i === 0 ? bucketsXml(['a', 'b'], 'b') : bucketsXml(['c']) }));
    expect((await c.listBuckets()).map((b) => `${b.name}@${b.region}`)).toEqual(['a@cn-beijing', 'b@cn-beijing', 'c@cn-beijing']);
    expect(requests.map((r) => `${r.origin}${r.path}`)).toEqual(['https://oss-cn-hangzhou.aliyuncs.com/?max-keys=1000', 'https://oss-cn-hangzhou.aliyuncs.com/?marker=b&max-keys=1000']);
  });

  it.each([
    ['truncated XML', '<ListBucketResult><Contents><Key>a'],
    ['JSON', '{"contents":[]}'],
    ['an error document with status 200', '<Error><Code>X</Code></Error>'],
  ])('turns %s into InvalidResponse with the request id', async (_n, body) => {
    const { c } = client(() => ({ status: 200, body, headers: { 'x-oss-request-id': 'RID' } }));
    await expect(c.listObjects({ bucket: 'b' })).rejects.toMatchObject({ code: 'InvalidResponse', status: 200, requestId: 'RID', provider: 'oss' });
  });

  it('refuses an empty key (it would address the bucket) and a bucket name that is not one, without a request', async () => {
    const { c, requests } = client(() => ({ status: 204 }));
    await expect(c.delete('b', '')).rejects.toMatchObject({ code: 'InvalidArgument', status: 0 });
    await expect(c.listObjects({ bucket: '../x' })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(c.head('a b', 'k')).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(requests).toHaveLength(0);
  });

  it('objectType: SymlinkTargetNotExist in x-oss-err means Symlink without another request', async () => {
    const { c, requests } = client(() => ({ status: 404, headers: { 'x-oss-err': errXml('SymlinkTargetNotExist') } }));
    expect(await c.objectType('b', 'broken')).toBe('Symlink');
    expect(requests).toHaveLength(1);
  });

  it('objectType: a bare 404 asks GetSymlink, and a missing key is null', async () => {
    const link = client((req) => (req.method === 'HEAD' ? { status: 404 } : { status: 200, headers: { 'x-oss-symlink-target': 't' } }));
    expect(await link.c.objectType('b', 'k')).toBe('Symlink');
    expect(link.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /k', 'GET /k?symlink']);
    const missing = client((req) => (req.method === 'HEAD' ? { status: 404 } : { status: 404, body: '<Error><Code>NoSuchKey</Code></Error>' }));
    await expect(missing.c.objectType('b', 'k')).resolves.toBeNull();
  });

  it('head tolerates a garbled Last-Modified and reads meta and the object type', async () => {
    const { c } = client(() => ({ status: 200, headers: { 'last-modified': 'yesterday-ish', etag: '"E"', 'content-length': '7', 'x-oss-object-type': 'Symlink', 'x-oss-meta-k': 'v' } }));
    expect(await c.head('b', 'k')).toMatchObject({ lastModified: '', size: 7, etag: 'E', objectType: 'Symlink', meta: { k: 'v' } });
  });

  it('getSymlink rejects an undecodable target as InvalidResponse', async () => {
    const { c } = client(() => ({ status: 200, headers: { 'x-oss-symlink-target': 'bad%E6' } }));
    await expect(c.getSymlink('b', 'k')).rejects.toMatchObject({ code: 'InvalidResponse' });
  });

  it('putSymlink percent-encodes the target and sends the guards', async () => {
    const { c, requests } = client(() => ({ status: 200, headers: { etag: '"E"' } }));
    await c.putSymlink({ bucket: 'b', key: 'l', target: 'dir/a b+c%#?~目.txt', forbidOverwrite: true, acl: 'private', storageClass: 'IA', meta: { K: 'v' } });
    expect(requests[0]?.headers).toMatchObject({
      'x-oss-symlink-target': 'dir/a%20b%2Bc%25%23%3F~%E7%9B%AE.txt',
      'x-oss-forbid-overwrite': 'true', 'x-oss-object-acl': 'private', 'x-oss-storage-class': 'IA', 'x-oss-meta-k': 'v',
    });
    expect(requests[0]?.path).toBe('/l?symlink');
  });

  it('deleteMany sends batches of at most 1000 keys with a matching Content-MD5', async () => {
    const { c, requests } = client(() => ({ status: 200, body: '<DeleteResult></DeleteResult>' }));
    await c.deleteMany('b', Array.from({ length: 2500 }, (_, i) => `k<${i}>&`));
    expect(requests).toHaveLength(3);
    const bodies = await Promise.all(requests.map(bodyText));
    expect(bodies.map((b) => b.split('<Object>').length - 1)).toEqual([1000, 1000, 500]);
    // Percent-encoded under encoding-type=url, so no key depends on XML escaping or whitespace rules.
    expect(bodies[0]).toContain('<Key>k%3C0%3E%26</Key>');
    expect(requests[0]?.path).toMatch(/[?&]encoding-type=url/);
    requests.forEach((r, i) => expect(r.headers['content-md5']).toBe(createHash('md5').update(bodies[i] ?? '').digest('base64')));
  });

  it('never puts the secret on the wire, in errors or in a serialised client', async () => {
    const { c, requests } = client((_r, i) => (i === 0 ? { status: 200, headers: { etag: '"E"' } } : { status: 403, body: '<Error><Code>AccessDenied</Code></Error>' }));
    await c.put({ bucket: 'b', key: 'k', body: 'x' });
    const error = await c.head('b', 'k').catch((e: unknown) => e);
    const presigned = c.presign({ bucket: 'b', key: 'k', expiresSeconds: 60 });
    const everything = [JSON.stringify(requests.map(({ signal: _s, body: _b, ...r }) => r)), inspect(error, { depth: 5 }), JSON.stringify(c), presigned].join('\n');
    expect(everything).not.toContain(SECRET);
  });

  it.each([
    ['V1-Q1', 'key', 1699807420, undefined, 'http://bucket.oss-cn-hangzhou.aliyuncs.com/key?Expires=1699807420&OSSAccessKeyId=ak&Signature=dcLTea%2BYh9ApirQ8o8dOPqtvJXQ%3D&versionId=versionId'],
    ['V1-Q2', 'key+123', 1699808204, 'token', 'http://bucket.oss-cn-hangzhou.aliyuncs.com/key%2B123?Expires=1699808204&OSSAccessKeyId=ak&Signature=jzKYRrM5y6Br0dRFPaTGOsbrDhY%3D&security-token=token&versionId=versionId'],
  ])('presign through the client reproduces %s exactly', (_n, key, expires, token, expected) => {
    const { c } = client(() => ({ status: 200 }), {
      endpoint: 'http://oss-cn-hangzhou.aliyuncs.com', signatureVersion: 'v1', accessKeyId: 'ak', accessKeySecret: 'sk', securityToken: token,
      now: () => new Date((expires - 600) * 1000),
    });
    expect(c.presign({ bucket: 'bucket', key, expiresSeconds: 600, query: { versionId: 'versionId' } })).toBe(expected);
  });

  it('presigns V1 with an absolute Expires and V4 with relative x-oss-expires', () => {
    const v1 = new URL(client(() => ({ status: 200 }), { signatureVersion: 'v1', securityToken: undefined }).c.presign({ bucket: 'b', key: 'a b', expiresSeconds: 60 }));
    expect(v1.origin + v1.pathname).toBe('https://b.oss-cn-hangzhou.aliyuncs.com/a%20b');
    expect(v1.searchParams.get('Expires')).toBe(String(Date.parse('2024-01-01T00:00:00Z') / 1000 + 60));
    const v4 = new URL(client(() => ({ status: 200 })).c.presign({ bucket: 'b', key: 'k', expiresSeconds: 60 }));
    expect(Object.fromEntries(v4.searchParams)).toMatchObject({ 'x-oss-expires': '60', 'x-oss-date': '20240101T000000Z', 'x-oss-security-token': 'STS-TOKEN' });
  });
});
