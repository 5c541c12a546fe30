import { describe, expect, it } from 'vitest';
import { buildQueryString, uriEncodePath } from '../encoding';
import { type SignableRequest } from '../signing-common';
import { presignOssV1, signOssV1Header } from './sign-v1';

const creds = { accessKeyId: 'ak', accessKeySecret: 'sk' };
const signTime = new Date('Wed, 28 Dec 2022 10:27:41 GMT');
const putHeaders = {
  'Content-MD5': 'eB5eJF1ptWaXm4bijSPyxw==',
  'Content-Type': 'text/html',
  'x-oss-meta-author': 'alice',
  'x-oss-meta-magic': 'abracadabra',
  'x-oss-date': 'Wed, 28 Dec 2022 10:27:41 GMT',
};
const put: SignableRequest = { method: 'PUT', bucket: 'examplebucket', key: 'nelson', query: {}, headers: putHeaders };

describe('OSS V1 header signing (published vectors)', () => {
  it('V1-H1: PUT with x-oss-* headers', () => {
    const s = signOssV1Header(put, creds, signTime);
    expect(s.stringToSign).toBe(
      'PUT\neB5eJF1ptWaXm4bijSPyxw==\ntext/html\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\nx-oss-meta-author:alice\nx-oss-meta-magic:abracadabra\n/examplebucket/nelson',
    );
    expect(s.headers.Authorization).toBe('OSS ak:kSHKmLxlyEAKtZPkJhG9bZb5k7M=');
    expect(s.headers.Date).toBe('Wed, 28 Dec 2022 10:27:41 GMT');
  });

  it('V1-H2: the acl sub-resource is signed', () => {
    const s = signOssV1Header({ ...put, query: { acl: '' } }, creds, signTime);
    expect(s.stringToSign.endsWith('\n/examplebucket/nelson?acl')).toBe(true);
    expect(s.headers.Authorization).toBe('OSS ak:/afkugFbmWDQ967j1vr6zygBLQk=');
  });

  const bucketGet = (query: Record<string, string>): SignableRequest => ({
    method: 'GET', bucket: 'examplebucket', query, headers: { 'x-oss-date': 'Wed, 28 Dec 2022 10:27:41 GMT' },
  });

  it('V1-H3: a non-sub-resource parameter is not signed', () => {
    const s = signOssV1Header(bucketGet({ resourceGroup: '', 'non-resousce': 'null' }), creds, signTime, { subResources: ['resourceGroup'] });
    expect(s.stringToSign).toBe('GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\n/examplebucket/?resourceGroup');
    expect(s.headers.Authorization).toBe('OSS ak:vkQmfuUDyi1uDi3bKt67oemssIs=');
  });

  it('V1-H4: sub-resources are sorted', () => {
    const s = signOssV1Header(bucketGet({ resourceGroup: '', acl: '' }), creds, signTime, { subResources: ['resourceGroup'] });
    expect(s.stringToSign).toBe('GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\n/examplebucket/?acl&resourceGroup');
    expect(s.headers.Authorization).toBe('OSS ak:x3E5TgOvl/i7PN618s5mEvpJDYk=');
  });

  it('adds and signs x-oss-security-token in the header form', () => {
    const s = signOssV1Header(put, { ...creds, securityToken: 'tok' }, signTime);
    expect(s.headers['x-oss-security-token']).toBe('tok');
    expect(s.stringToSign).toContain('x-oss-security-token:tok\n');
  });
});

describe('OSS V1 presigned URLs (published vectors)', () => {
  const url = (key: string, query: Record<string, string>) =>
    `http://bucket.oss-cn-hangzhou.aliyuncs.com/${uriEncodePath(key)}?${buildQueryString(query)}`;

  it('V1-Q1', () => {
    const req: SignableRequest = { method: 'GET', bucket: 'bucket', key: 'key', query: { versionId: 'versionId' }, headers: {} };
    const s = presignOssV1(req, creds, 1699807420);
    expect(s.stringToSign).toBe('GET\n\n\n1699807420\n/bucket/key?versionId=versionId');
    expect(url('key', s.query)).toBe(
      'http://bucket.oss-cn-hangzhou.aliyuncs.com/key?Expires=1699807420&OSSAccessKeyId=ak&Signature=dcLTea%2BYh9ApirQ8o8dOPqtvJXQ%3D&versionId=versionId',
    );
  });

  it('V1-Q2: STS token and + in the key (raw in the resource, %2B in the URL)', () => {
    const req: SignableRequest = { method: 'GET', bucket: 'bucket', key: 'key+123', query: { versionId: 'versionId' }, headers: {} };
    const s = presignOssV1(req, { ...creds, securityToken: 'token' }, 1699808204);
    expect(s.stringToSign).toBe('GET\n\n\n1699808204\n/bucket/key+123?security-token=token&versionId=versionId');
    expect(url('key+123', s.query)).toBe(
      'http://bucket.oss-cn-hangzhou.aliyuncs.com/key%2B123?Expires=1699808204&OSSAccessKeyId=ak&Signature=jzKYRrM5y6Br0dRFPaTGOsbrDhY%3D&security-token=token&versionId=versionId',
    );
  });
});

describe('OSS V1 edge keys', () => {
  const edgeKeys = ['a b', 'a+b', '100%', 'what?', 'x#y', 'til~de', '目录/文件.txt', '😀.png', 'dir/', 'k'.repeat(1024)];
  it.each(edgeKeys)('signs the raw key in the canonical resource: %s', (key) => {
    const s = signOssV1Header({ method: 'GET', bucket: 'b', key, query: {}, headers: {} }, creds, signTime);
    expect(s.stringToSign.endsWith(`\n/b/${key}`)).toBe(true);
    expect(s.headers.Authorization).toMatch(/^OSS ak:[A-Za-z0-9+/]{27}=$/);
  });

  it('writes an empty sub-resource value as a bare key and a set one as k=v', () => {
    const s = signOssV1Header({ method: 'GET', bucket: 'b', key: 'k', query: { symlink: '', uploadId: 'u 1', 'list-type': '2' }, headers: {} }, creds, signTime);
    expect(s.stringToSign.endsWith('\n/b/k?symlink&uploadId=u 1')).toBe(true);
  });

  it('signs no bucket as /', () => {
    const s = signOssV1Header({ method: 'GET', query: {}, headers: {} }, creds, signTime);
    expect(s.stringToSign).toBe('GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\n/');
  });
});
