import { describe, expect, it } from 'vitest';
import { uriEncode } from '../encoding';
import { stubTransport } from '../testing/stub-transport';
import { createBosClient } from './client';
import { type BceSignableRequest, bceCanonicalQuery, presignBce, signBce } from './sign';

const docCreds = { accessKeyId: 'a'.repeat(32), accessKeySecret: 'b'.repeat(32) };
const docTime = new Date('2015-04-27T08:23:49Z');
const docHeaders = {
  Host: 'bj.bcebos.com',
  Date: 'Mon, 27 Apr 2015 16:23:49 +0800',
  'Content-Type': 'text/plain',
  'Content-Length': '8',
  'Content-Md5': 'NFzcPqhviddjRNnSOGo4rw==',
  'x-bce-date': '2015-04-27T08:23:49Z',
};
const uploadPart: BceSignableRequest = {
  method: 'PUT',
  path: '/v1/test/myfolder/readme.txt',
  query: { partNumber: '9', uploadId: 'a44cc9bab11cbd156984767aad637851' },
  headers: docHeaders,
};

describe('bce-auth-v1 (published vectors)', () => {
  it('BCE-1: doc example, signing key, canonical request and both Authorization forms', () => {
    const s = signBce(uploadPart, docCreds, docTime);
    expect(s.signingKey).toBe('1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479');
    expect(s.canonicalRequest).toBe(
      'PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\ncontent-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\nhost:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z',
    );
    expect(s.authorization).toBe(
      `bce-auth-v1/${'a'.repeat(32)}/2015-04-27T08:23:49Z/1800/content-length;content-md5;content-type;host;x-bce-date/d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e`,
    );
    expect(signBce(uploadPart, docCreds, docTime, { omitSignedHeadersList: true }).authorization).toBe(
      `bce-auth-v1/${'a'.repeat(32)}/2015-04-27T08:23:49Z/1800//d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e`,
    );
  });

  it('BCE-2: signing only host and x-bce-date', () => {
    const s = signBce(uploadPart, docCreds, docTime, { headersToSign: ['host', 'x-bce-date'] });
    expect(s.canonicalRequest).toBe(
      'PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\nhost:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z',
    );
    expect(s.authorization).toBe(
      `bce-auth-v1/${'a'.repeat(32)}/2015-04-27T08:23:49Z/1800/host;x-bce-date/1b8de5a23a56eef657c69f94c621e7acd227d049a4ba577f537d5e5cebf0cf32`,
    );
  });

  it('BCE-3: no query (empty query line)', () => {
    const { Date: _date, ...headers } = docHeaders;
    const s = signBce({ ...uploadPart, query: {}, headers }, docCreds, docTime, { omitSignedHeadersList: true });
    expect(s.canonicalRequest.split('\n')[2]).toBe('');
    expect(s.authorization).toBe(
      `bce-auth-v1/${'a'.repeat(32)}/2015-04-27T08:23:49Z/1800//0558aac491bbef484d3aaa30ac1e65d4ff10daccd351f15c91e922ee4ce72690`,
    );
  });

  const jsCreds = { accessKeyId: 'my_ak', accessKeySecret: 'my_sk' };
  const jsTime = new Date(1402639056 * 1000);

  it('BCE-4: null and empty query values keep the =', () => {
    const s = signBce(
      { method: 'PUT', path: '/v1/bucket/object1', query: { A: null, b: '', C: 'd' }, headers: { Host: 'bce.baidu.com', abc: '123', 'x-bce-meta-key1': 'ABC' } },
      jsCreds, jsTime,
    );
    expect(s.signingKey).toBe('b358d27f22640783b887965f17e6cf57ce5b44e3e44ed171a934df6daff52a7c');
    expect(s.canonicalRequest).toBe('PUT\n/v1/bucket/object1\nA=&C=d&b=\nhost:bce.baidu.com\nx-bce-meta-key1:ABC');
    expect(s.authorization).toBe(
      'bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/host;x-bce-meta-key1/80c9672aca2ea9af4bb40b9a8ff458d72df94e97d550840727f3a929af271d25',
    );
  });

  it('BCE-5: DELETE bucket with Content-Length 0 (a number) and an unsigned User-Agent', () => {
    const s = signBce(
      { method: 'DELETE', path: '/v1/test-bucket1361199862', query: {}, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': 0, 'User-Agent': 'This is the user-agent' } },
      jsCreds, jsTime,
    );
    expect(s.canonicalRequest).toBe('DELETE\n/v1/test-bucket1361199862\n\ncontent-length:0\ncontent-type:application%2Fjson%3B%20charset%3Dutf-8');
    expect(s.authorization).toBe(
      'bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/content-length;content-type/c9386b15d585960ae5e6972f73ed92a9a682dc81025480ba5b41206d3e489822',
    );
  });

  it('encoding examples from the SDK and the doc', () => {
    expect(uriEncode("!'()*this is an example for 测试")).toBe('%21%27%28%29%2Athis%20is%20an%20example%20for%20%E6%B5%8B%E8%AF%95');
    expect(bceCanonicalQuery({ text: '', text1: '测试', text10: 'test' })).toBe('text10=test&text1=%E6%B5%8B%E8%AF%95&text=');
  });
});

describe('bce-auth-v1 edge cases', () => {
  const creds = { accessKeyId: 'ak', accessKeySecret: 'sk' };
  const now = new Date('2024-01-01T00:00:00Z');
  // Literal canonical URIs (bce-auth-v1: every byte but unreserved encoded, `/` kept in the path).
  it.each([
    ['a b+c%d?e#f~g/', '/v1/b/a%20b%2Bc%25d%3Fe%23f~g/'],
    ['a b', '/v1/b/a%20b'], ['a+b', '/v1/b/a%2Bb'], ['100%', '/v1/b/100%25'], ['what?', '/v1/b/what%3F'], ['x#y', '/v1/b/x%23y'],
    ['til~de', '/v1/b/til~de'], ['目录/文件', '/v1/b/%E7%9B%AE%E5%BD%95/%E6%96%87%E4%BB%B6'], ['😀', '/v1/b/%F0%9F%98%80'], ['dir/', '/v1/b/dir/'],
    ["!'()*", '/v1/b/%21%27%28%29%2A'], ['k'.repeat(1024), `/v1/b/${'k'.repeat(1024)}`],
  ])('key %j goes on the wire and into the canonical request as %s', async (key, expected) => {
    const stub = stubTransport(() => ({ status: 204 }));
    const client = createBosClient(
      { provider: 'bos', endpoint: 'http://h', region: 'bj', addressing: 'path', accessKeyId: 'ak', accessKeySecret: 'sk', now: () => now, maxRetries: 0 },
      { transport: stub.transport },
    );
    await client.delete('b', key);
    const sent = stub.requests[0]!;
    expect(sent.path).toBe(expected);
    const { authorization, ...signedHeaders } = sent.headers;
    const s = signBce({ method: 'DELETE', path: expected, query: {}, headers: signedHeaders }, creds, now);
    expect(s.canonicalRequest.split('\n')[1]).toBe(expected);
    expect(authorization).toBe(s.authorization);
  });

  it('skips empty header values and excludes authorization from the query', () => {
    const s = signBce({ method: 'GET', path: '/v1/b', query: { authorization: 'x', symlink: '' }, headers: { host: 'h', 'x-bce-meta-empty': '' } }, creds, now);
    expect(s.canonicalRequest).toBe('GET\n/v1/b\nsymlink=\nhost:h');
  });

  it('presign adds authorization signed over host only', () => {
    const q = presignBce({ method: 'GET', path: '/v1/b/k', query: {}, headers: { host: 'h', 'x-bce-date': 'x' } }, creds, now, 300);
    expect(q.authorization).toMatch(/^bce-auth-v1\/ak\/2024-01-01T00:00:00Z\/300\/host\/[0-9a-f]{64}$/);
  });
});
