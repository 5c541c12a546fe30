import { describe, expect, it } from 'vitest';
import type { QueryPair } from '../http-types';
import { bceCanonicalQuery, bceCanonicalRequest, bceSignature, bceSigningKey } from './auth';

// Vectors from shared/reference/signing-vectors.md §3 (Baidu docs, bce-sdk-js tests).
const q = (key: string, value = ''): QueryPair => ({ key, value, bare: false });
const DOC_AK = 'a'.repeat(32);
const DOC_SK = 'b'.repeat(32);
const docHeaders = {
  host: 'bj.bcebos.com',
  date: 'Mon, 27 Apr 2015 16:23:49 +0800',
  'content-type': 'text/plain',
  'content-length': '8',
  'content-md5': 'NFzcPqhviddjRNnSOGo4rw==',
  'x-bce-date': '2015-04-27T08:23:49Z',
};
const docQuery = [q('partNumber', '9'), q('uploadId', 'a44cc9bab11cbd156984767aad637851')];
const docPrefix = `bce-auth-v1/${DOC_AK}/2015-04-27T08:23:49Z/1800`;

describe('bce-auth-v1 signer (published vectors)', () => {
  it('BCE-1: doc example, default signed headers', () => {
    const key = bceSigningKey(DOC_SK, docPrefix);
    expect(key).toBe('1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479');
    const cr = bceCanonicalRequest({ method: 'PUT', uri: '/v1/test/myfolder/readme.txt', query: docQuery, headers: docHeaders, signedHeaders: [] });
    expect(cr).toBe(
      'PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\ncontent-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\nhost:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z',
    );
    expect(bceSignature(key, cr)).toBe('d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e');
    const explicit = bceCanonicalRequest({ method: 'PUT', uri: '/v1/test/myfolder/readme.txt', query: docQuery, headers: docHeaders, signedHeaders: ['content-length', 'content-md5', 'content-type', 'host', 'x-bce-date'] });
    expect(bceSignature(key, explicit)).toBe('d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e');
  });

  it('BCE-2: signing only host;x-bce-date', () => {
    const cr = bceCanonicalRequest({ method: 'PUT', uri: '/v1/test/myfolder/readme.txt', query: docQuery, headers: docHeaders, signedHeaders: ['host', 'x-bce-date'] });
    expect(cr).toBe('PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\nhost:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z');
    expect(bceSignature(bceSigningKey(DOC_SK, docPrefix), cr)).toBe('1b8de5a23a56eef657c69f94c621e7acd227d049a4ba577f537d5e5cebf0cf32');
  });

  it('BCE-3: no query parameters', () => {
    const { date: _date, ...headers } = docHeaders;
    const cr = bceCanonicalRequest({ method: 'PUT', uri: '/v1/test/myfolder/readme.txt', query: [], headers, signedHeaders: [] });
    expect(bceSignature(bceSigningKey(DOC_SK, docPrefix), cr)).toBe('0558aac491bbef484d3aaa30ac1e65d4ff10daccd351f15c91e922ee4ce72690');
  });

  it('BCE-4: JS SDK, null/empty query values keep the =', () => {
    const prefix = 'bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800';
    const key = bceSigningKey('my_sk', prefix);
    expect(key).toBe('b358d27f22640783b887965f17e6cf57ce5b44e3e44ed171a934df6daff52a7c');
    const headers = { host: 'bce.baidu.com', abc: '123', 'x-bce-meta-key1': 'ABC' };
    const cr = bceCanonicalRequest({ method: 'PUT', uri: '/v1/bucket/object1', query: [q('A'), q('b'), q('C', 'd')], headers, signedHeaders: ['host', 'x-bce-meta-key1'] });
    expect(cr).toBe('PUT\n/v1/bucket/object1\nA=&C=d&b=\nhost:bce.baidu.com\nx-bce-meta-key1:ABC');
    expect(bceSignature(key, cr)).toBe('80c9672aca2ea9af4bb40b9a8ff458d72df94e97d550840727f3a929af271d25');
  });

  it('BCE-5: JS SDK, DELETE bucket with content-type and content-length 0', () => {
    const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': '0', 'user-agent': 'This is the user-agent' };
    const cr = bceCanonicalRequest({ method: 'DELETE', uri: '/v1/test-bucket1361199862', query: [], headers, signedHeaders: ['content-length', 'content-type'] });
    expect(cr).toBe('DELETE\n/v1/test-bucket1361199862\n\ncontent-length:0\ncontent-type:application%2Fjson%3B%20charset%3Dutf-8');
    expect(bceSignature(bceSigningKey('my_sk', 'bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800'), cr)).toBe(
      'c9386b15d585960ae5e6972f73ed92a9a682dc81025480ba5b41206d3e489822',
    );
  });

  it('sorts whole encoded k=v strings (doc query example)', () => {
    expect(bceCanonicalQuery([q('text'), q('text1', '测试'), q('text10', 'test')])).toBe('text10=test&text1=%E6%B5%8B%E8%AF%95&text=');
  });

  it('the raw 32-byte key or the secret itself does not reproduce the signature (mistake check)', () => {
    const cr = bceCanonicalRequest({ method: 'PUT', uri: '/v1/test/myfolder/readme.txt', query: docQuery, headers: docHeaders, signedHeaders: [] });
    expect(bceSignature(DOC_SK, cr)).not.toBe('d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e');
  });
});
