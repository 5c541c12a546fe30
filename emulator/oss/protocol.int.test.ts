// OSS protocol details over HTTP: buckets, errors, auth edge cases, ACLs, multipart rules.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useDemoEmulator } from '../test-demo-emulator';
import { requestVia } from '../test-oracles';
import { v1Signature, v1StringToSign } from './auth-v1';

const { emu, oss } = useDemoEmulator();

describe('OSS buckets', () => {
  it('ListBuckets lists the OSS buckets with storage classes, never BOS ones', async () => {
    const r = await oss({});
    expect(r.status).toBe(200);
    expect([...r.text.matchAll(/<Name>([^<]+)<\/Name>/g)].map((m) => m[1])).toEqual(['demo-archive', 'demo-oss']);
    expect(r.text).toMatch(/<Name>demo-archive<\/Name><Region>cn-hangzhou<\/Region><StorageClass>Archive<\/StorageClass>/);
  });

  it('creates, inspects and deletes a bucket', async () => {
    expect((await oss({ method: 'PUT', bucket: 'proto-b', headers: { 'x-oss-storage-class': 'ia' } })).status).toBe(200);
    const info = await oss({ bucket: 'proto-b', query: { bucketInfo: '' } });
    expect(info.text).toContain('<StorageClass>IA</StorageClass>');
    expect((await oss({ bucket: 'proto-b', query: { location: '' } })).text).toContain('<LocationConstraint>oss-cn-hangzhou</LocationConstraint>');
    await oss({ method: 'PUT', bucket: 'proto-b', key: 'x', body: 'x' });
    expect((await oss({ method: 'DELETE', bucket: 'proto-b' })).code).toBe('BucketNotEmpty');
    await oss({ method: 'DELETE', bucket: 'proto-b', key: 'x' });
    expect((await oss({ method: 'DELETE', bucket: 'proto-b' })).status).toBe(204);
    expect((await oss({ bucket: 'proto-b', query: { 'list-type': '2' } })).code).toBe('NoSuchBucket');
    expect((await oss({ method: 'PUT', bucket: 'Bad_Name' })).code).toBe('InvalidBucketName');
    expect((await oss({ bucket: 'demo-bos', query: { 'list-type': '2' } })).code).toBe('NoSuchBucket');
  });
});

describe('OSS errors and headers', () => {
  it('every response carries x-oss-request-id, errors echo it in XML', async () => {
    const ok = await oss({ bucket: 'demo-oss', key: 'readme.txt' });
    expect(ok.headers.get('x-oss-request-id')).toMatch(/^[0-9A-F]{24}$/);
    const err = await oss({ bucket: 'demo-oss', key: 'nope' });
    expect(err.status).toBe(404);
    expect(err.text).toContain(`<RequestId>${err.headers.get('x-oss-request-id')}</RequestId>`);
    expect(err.text).toMatch(/<Error><Code>NoSuchKey<\/Code><Message>[^<]+<\/Message><RequestId>.*<HostId>/);
  });

  it('HEAD errors have no body but x-oss-err (base64 XML) and x-oss-ec', async () => {
    const r = await oss({ method: 'HEAD', bucket: 'demo-oss', key: 'nope' });
    expect(r.status).toBe(404);
    expect(r.body.length).toBe(0);
    expect(Buffer.from(r.headers.get('x-oss-err')!, 'base64').toString()).toContain('<Code>NoSuchKey</Code>');
    expect(r.headers.get('x-oss-ec')).toBeTruthy();
  });

  it('response-* query parameters override GET headers', async () => {
    const r = await oss({ bucket: 'demo-oss', key: 'readme.txt', query: { 'response-content-type': 'application/x-test', 'response-content-disposition': 'attachment; filename="r.txt"' } });
    expect(r.headers.get('content-type')).toBe('application/x-test');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="r.txt"');
    const cjk = await oss({ bucket: 'demo-oss', key: 'readme.txt', query: { 'response-content-disposition': 'attachment; filename="报告.txt"', 'response-cache-control': 'a\r\nb' } });
    expect(cjk.status).toBe(200);
    expect(Buffer.from(cjk.headers.get('content-disposition')!, 'latin1').toString('utf8')).toBe('attachment; filename="报告.txt"');
    expect(cjk.headers.get('cache-control')).toBe('ab');
  });

  it('lists with encoding-type=url and Type per entry', async () => {
    const r = await oss({ bucket: 'demo-oss', query: { 'list-type': '2', prefix: '报告/', 'encoding-type': 'url' } });
    expect(r.text).toContain('<EncodingType>url</EncodingType>');
    // '/' is encoded too, as the service does (Go SDK v2 mock: <Key>demo%2F</Key>, <Delimiter>%2F</Delimiter>).
    expect(r.text).toContain(`<Key>${encodeURIComponent('报告/季度总结.txt')}</Key>`);
    expect(r.text).toMatch(/<Key>%E6%8A%A5%E5%91%8A%2F%E6%9C%80%E6%96%B0\.txt<\/Key>.*?<Type>Symlink<\/Type>/);
    expect(r.text).toContain(`<Prefix>${encodeURIComponent('报告/')}</Prefix>`);
  });
});

describe('OSS authentication edge cases', () => {
  it('a request signed 20 minutes ago is 403 RequestTimeTooSkewed', async () => {
    const r = await oss({ bucket: 'demo-oss', key: 'readme.txt', now: new Date(Date.now() - 20 * 60_000) });
    expect([r.status, r.code]).toEqual([403, 'RequestTimeTooSkewed']);
  });

  it('a V4 signature for another region is rejected', async () => {
    const r = await oss({ bucket: 'demo-oss', key: 'readme.txt' }, 'cn-beijing');
    expect([r.status, r.code]).toEqual([403, 'SignatureDoesNotMatch']);
  });

  it('an altered signed header breaks a V1 signature', async () => {
    const date = new Date().toUTCString();
    const headers = { date, 'x-oss-meta-a': '1', 'content-type': 'text/plain' };
    const sts = v1StringToSign({ method: 'PUT', headers, date, bucket: 'demo-oss', key: 'v1.txt', query: [] });
    const auth = `OSS ${emu().accessKeyId}:${v1Signature(emu().accessKeySecret, sts)}`;
    const ok = await fetch(`${emu().oss}/demo-oss/v1.txt`, { method: 'PUT', headers: { ...headers, authorization: auth }, body: 'x' });
    expect(ok.status).toBe(200);
    const altered = await fetch(`${emu().oss}/demo-oss/v1.txt`, { method: 'PUT', headers: { ...headers, 'x-oss-meta-a': '2', authorization: auth }, body: 'x' });
    expect(altered.status).toBe(403);
    const otherQuery = await fetch(`${emu().oss}/demo-oss/v1.txt?acl`, { method: 'PUT', headers: { ...headers, authorization: auth }, body: 'x' });
    expect(otherQuery.status).toBe(403);
  });

  it('V1 over virtual-hosted addressing signs the bucket in the resource', async () => {
    const date = new Date().toUTCString();
    const sts = v1StringToSign({ method: 'GET', headers: { date }, date, bucket: 'demo-oss', key: 'readme.txt', query: [] });
    const r = await requestVia(emu().oss, 'http://demo-oss.oss-cn-hangzhou.aliyuncs.com/readme.txt', {
      headers: { date, authorization: `OSS ${emu().accessKeyId}:${v1Signature(emu().accessKeySecret, sts)}` },
    });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('Welcome');
  });

  it('anonymous access only to public-read objects or buckets', async () => {
    const anon = (key: string) => oss({ bucket: 'demo-oss', key, anonymous: true });
    expect((await anon('readme.txt')).code).toBe('AccessDenied');
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'public.txt', headers: { 'x-oss-object-acl': 'public-read' }, body: 'open' });
    expect((await anon('public.txt')).text).toBe('open');
    expect((await oss({ method: 'PUT', bucket: 'demo-oss', key: 'w.txt', anonymous: true, body: 'x' })).status).toBe(403);
    expect((await oss({ bucket: 'demo-oss', key: 'public.txt', query: { acl: '' } })).text).toContain('<Grant>public-read</Grant>');
    await oss({ method: 'PUT', bucket: 'pub-bucket', headers: { 'x-oss-acl': 'public-read' } });
    await oss({ method: 'PUT', bucket: 'pub-bucket', key: 'a.txt', body: 'a' });
    expect((await oss({ bucket: 'pub-bucket', key: 'a.txt', anonymous: true })).text).toBe('a');
    expect((await oss({ bucket: 'pub-bucket', query: { 'list-type': '2' }, anonymous: true })).text).toContain('<Key>a.txt</Key>');
  });
});

describe('OSS object writes', () => {
  it('PutObject honours x-oss-forbid-overwrite', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'fo.txt', body: 'a' });
    const r = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'fo.txt', headers: { 'x-oss-forbid-overwrite': 'true' }, body: 'b' });
    expect([r.status, r.code]).toEqual([409, 'FileAlreadyExists']);
    expect((await oss({ bucket: 'demo-oss', key: 'fo.txt' })).text).toBe('a');
  });

  it('copies across buckets and reports a missing source as 404', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'x-src.txt', headers: { 'content-type': 'text/x-demo', 'cache-control': 'no-cache' }, body: 'copy me' });
    const r = await oss({ method: 'PUT', bucket: 'demo-archive', key: 'copied.txt', headers: { 'x-oss-copy-source': '/demo-oss/x-src.txt' } });
    expect(r.text).toContain('<CopyObjectResult>');
    const got = await oss({ bucket: 'demo-archive', key: 'copied.txt' });
    expect([got.text, got.headers.get('content-type'), got.headers.get('cache-control')]).toEqual(['copy me', 'text/x-demo', 'no-cache']);
    expect(got.headers.get('x-oss-storage-class')).toBe('Standard');
    const missing = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'c2', headers: { 'x-oss-copy-source': '/demo-oss/nope' } });
    expect([missing.status, missing.code]).toEqual([404, 'NoSuchKey']);
  });
});

describe('OSS DeleteMultipleObjects', () => {
  const deleteBody = (keys: string[]): { body: Buffer; headers: Record<string, string> } => {
    const body = Buffer.from(`<Delete><Quiet>false</Quiet>${keys.map((k) => `<Object><Key>${k}</Key></Object>`).join('')}</Delete>`);
    return { body, headers: { 'content-md5': crypto.createHash('md5').update(body).digest('base64') } };
  };

  it('with encoding-type=url reads body keys percent-encoded: a\\rb is deleted, a\\nb kept', async () => {
    for (const key of ['del/a\rb', 'del/a\nb', 'del/v\vf\f']) await oss({ method: 'PUT', bucket: 'demo-oss', key, body: 'x' });
    const r = await oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '', 'encoding-type': 'url' }, ...deleteBody(['del%2Fa%0Db', 'del/v%0Bf%0C']) });
    expect(r.status).toBe(200);
    expect([...r.text.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => decodeURIComponent(m[1] ?? ''))).toEqual(['del/a\rb', 'del/v\vf\f']);
    expect((await oss({ bucket: 'demo-oss', key: 'del/a\rb' })).status).toBe(404);
    expect((await oss({ bucket: 'demo-oss', key: 'del/a\nb' })).text).toBe('x');
  });

  it('with encoding-type=url rejects a key left unencoded (EC 0016-00000614)', async () => {
    // https://help.aliyun.com/zh/oss/support/0016-00000614: `a=b.data` must be sent as `a%3Db.data`.
    const r = await oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '', 'encoding-type': 'url' }, ...deleteBody(['a=b.data']) });
    expect([r.status, r.code, r.headers.get('x-oss-ec')]).toEqual([400, 'InvalidArgument', '0016-00000614']);
  });

  it('without encoding-type takes body keys as they are (what ali-oss deleteMulti sends)', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'del/100%.txt', body: 'x' });
    const r = await oss({ method: 'POST', bucket: 'demo-oss', query: { delete: '' }, ...deleteBody(['del/100%.txt']) });
    expect([r.status, r.text.includes('<Key>del/100%.txt</Key>')]).toEqual([200, true]);
    expect((await oss({ bucket: 'demo-oss', key: 'del/100%.txt' })).status).toBe(404);
  });
});

describe('OSS multipart rules', () => {
  const key = 'mp/rules.bin';
  const start = async () => /<UploadId>([^<]+)</.exec((await oss({ method: 'POST', bucket: 'demo-oss', key, query: { uploads: '' } })).text)![1]!;
  const part = async (uploadId: string, n: number, body: Buffer) =>
    (await oss({ method: 'PUT', bucket: 'demo-oss', key, query: { partNumber: String(n), uploadId }, body })).headers.get('etag')!;
  const complete = (uploadId: string, parts: [number, string][]) =>
    oss({
      method: 'POST', bucket: 'demo-oss', key, query: { uploadId },
      body: `<CompleteMultipartUpload>${parts.map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e}</ETag></Part>`).join('')}</CompleteMultipartUpload>`,
    });

  it('rejects small parts, bad order and unknown parts, then completes and lists parts', async () => {
    const id = await start();
    const big = crypto.randomBytes(100 * 1024);
    const e1 = await part(id, 1, Buffer.from('tiny'));
    const e2 = await part(id, 2, big);
    expect((await complete(id, [[1, e1], [2, e2]])).code).toBe('EntityTooSmall');
    expect((await complete(id, [[2, e2], [1, e1]])).code).toBe('InvalidPartOrder');
    expect((await complete(id, [[1, '"00"']])).code).toBe('InvalidPart');
    const parts = await oss({ bucket: 'demo-oss', key, query: { uploadId: id } });
    expect([...parts.text.matchAll(/<PartNumber>(\d+)</g)].map((m) => m[1])).toEqual(['1', '2']);
    const e1big = await part(id, 1, big);
    const done = await complete(id, [[1, e1big], [2, e2]]);
    expect(done.status).toBe(200);
    expect(done.text).toMatch(/<ETag>&quot;[0-9A-F]{32}-2&quot;<\/ETag>/); // quotes escaped like OSS does
    expect((await oss({ bucket: 'demo-oss', key })).body.equals(Buffer.concat([big, big]))).toBe(true);
    expect((await complete(id, [[1, e1big]])).code).toBe('NoSuchUpload');
  });

  it('aborts an upload', async () => {
    const id = await start();
    expect((await oss({ method: 'DELETE', bucket: 'demo-oss', key, query: { uploadId: id } })).status).toBe(204);
    expect((await oss({ bucket: 'demo-oss', key, query: { uploadId: id } })).code).toBe('NoSuchUpload');
  });
});
