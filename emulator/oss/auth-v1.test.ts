import { describe, expect, it } from 'vitest';
import type { QueryPair } from '../http-types';
import { v1CanonicalResource, v1Signature, v1StringToSign } from './auth-v1';

// Vectors from shared/reference/signing-vectors.md §1 (aliyun/alibabacloud-oss-go-sdk-v2 signer_test.go).
const DATE = 'Wed, 28 Dec 2022 10:27:41 GMT';
const q = (key: string, value = '', bare = value === ''): QueryPair => ({ key, value, bare });
const putHeaders = {
  'content-md5': 'eB5eJF1ptWaXm4bijSPyxw==',
  'content-type': 'text/html',
  'x-oss-meta-author': 'alice',
  'x-oss-meta-magic': 'abracadabra',
  'x-oss-date': DATE,
};

describe('OSS V1 signer (published vectors)', () => {
  it('V1-H1: PUT object with x-oss-* headers', () => {
    const sts = v1StringToSign({ method: 'PUT', headers: putHeaders, date: DATE, bucket: 'examplebucket', key: 'nelson', query: [] });
    expect(sts).toBe(
      'PUT\neB5eJF1ptWaXm4bijSPyxw==\ntext/html\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\nx-oss-meta-author:alice\nx-oss-meta-magic:abracadabra\n/examplebucket/nelson',
    );
    expect(`OSS ak:${v1Signature('sk', sts)}`).toBe('OSS ak:kSHKmLxlyEAKtZPkJhG9bZb5k7M=');
  });

  it('V1-H2: ?acl is a signed sub-resource', () => {
    const sts = v1StringToSign({ method: 'PUT', headers: putHeaders, date: DATE, bucket: 'examplebucket', key: 'nelson', query: [q('acl')] });
    expect(sts.endsWith('/examplebucket/nelson?acl')).toBe(true);
    expect(v1Signature('sk', sts)).toBe('/afkugFbmWDQ967j1vr6zygBLQk=');
  });

  const extra = (k: string): boolean => k === 'resourceGroup' || k === 'acl';

  it('V1-H3: a non-sub-resource parameter is not signed', () => {
    const input = { method: 'GET', headers: { 'x-oss-date': DATE }, date: DATE, bucket: 'examplebucket', query: [q('resourceGroup'), q('non-resousce', 'null')], isSigned: extra };
    expect(v1StringToSign(input)).toBe('GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\n/examplebucket/?resourceGroup');
    expect(v1Signature('sk', v1StringToSign(input))).toBe('vkQmfuUDyi1uDi3bKt67oemssIs=');
  });

  it('V1-H4: sub-resources are sorted by key', () => {
    const input = { method: 'GET', headers: { 'x-oss-date': DATE }, date: DATE, bucket: 'examplebucket', query: [q('resourceGroup'), q('acl')], isSigned: extra };
    expect(v1CanonicalResource(input)).toBe('/examplebucket/?acl&resourceGroup');
    expect(v1Signature('sk', v1StringToSign(input))).toBe('x3E5TgOvl/i7PN618s5mEvpJDYk=');
  });

  it('V1-Q1: presigned URL signs Expires in the date line', () => {
    const input = { method: 'GET', headers: {}, date: '1699807420', bucket: 'bucket', key: 'key', query: [q('versionId', 'versionId'), q('Expires', '1699807420'), q('OSSAccessKeyId', 'ak')] };
    expect(v1StringToSign(input)).toBe('GET\n\n\n1699807420\n/bucket/key?versionId=versionId');
    expect(v1Signature('sk', v1StringToSign(input))).toBe(decodeURIComponent('dcLTea%2BYh9ApirQ8o8dOPqtvJXQ%3D'));
  });

  it('V1-Q2: raw key with + and the security-token sub-resource', () => {
    const input = { method: 'GET', headers: {}, date: '1699808204', bucket: 'bucket', key: 'key+123', query: [q('security-token', 'token'), q('versionId', 'versionId')] };
    expect(v1StringToSign(input)).toBe('GET\n\n\n1699808204\n/bucket/key+123?security-token=token&versionId=versionId');
    expect(v1Signature('sk', v1StringToSign(input))).toBe(decodeURIComponent('jzKYRrM5y6Br0dRFPaTGOsbrDhY%3D'));
  });

  it('a different secret or an altered header changes the signature', () => {
    const sts = v1StringToSign({ method: 'PUT', headers: putHeaders, date: DATE, bucket: 'examplebucket', key: 'nelson', query: [] });
    expect(v1Signature('sk2', sts)).not.toBe('kSHKmLxlyEAKtZPkJhG9bZb5k7M=');
    const altered = v1StringToSign({ method: 'PUT', headers: { ...putHeaders, 'x-oss-meta-magic': 'x' }, date: DATE, bucket: 'examplebucket', key: 'nelson', query: [] });
    expect(v1Signature('sk', altered)).not.toBe('kSHKmLxlyEAKtZPkJhG9bZb5k7M=');
  });
});
