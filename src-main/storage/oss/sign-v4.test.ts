import { describe, expect, it } from 'vitest';
import { type SignableRequest } from '../signing-common';
import { ossV4CanonicalRequest, presignOssV4, signOssV4Header } from './sign-v4';

const creds = { accessKeyId: 'ak', accessKeySecret: 'sk' };
const at = (unix: number) => new Date(unix * 1000);
// Go url.Values built from the vector's params: one value per key.
const query = { param1: 'value1', '+param1': 'value3', '|param1': 'value4', '+param2': '', '|param2': '', param2: '' };
const baseHeaders = { 'x-oss-head1': 'value', abc: 'value', ZAbc: 'value', XYZ: 'value' };
const headerReq: SignableRequest = {
  method: 'PUT', bucket: 'bucket', key: '1234+-/123/1.txt', query,
  headers: { ...baseHeaders, 'Content-Type': 'text/plain', 'x-oss-content-sha256': 'UNSIGNED-PAYLOAD' },
};
const queryReq: SignableRequest = { ...headerReq, headers: { ...baseHeaders, 'Content-Type': 'application/octet-stream' } };
const hz = { region: 'cn-hangzhou' };
const cloudBox = { region: 'cb-123', product: 'oss-cloudbox' };

describe('OSS V4 header signing (published vectors)', () => {
  it('V4-H1: canonical request, string to sign and Authorization', () => {
    const s = signOssV4Header(headerReq, creds, at(1702743657), hz);
    expect(s.canonicalRequest).toBe(
      'PUT\n/bucket/1234%2B-/123/1.txt\n%2Bparam1=value3&%2Bparam2&%7Cparam1=value4&%7Cparam2&param1=value1&param2\ncontent-type:text/plain\nx-oss-content-sha256:UNSIGNED-PAYLOAD\nx-oss-date:20231216T162057Z\nx-oss-head1:value\n\n\nUNSIGNED-PAYLOAD',
    );
    expect(s.stringToSign).toBe(
      'OSS4-HMAC-SHA256\n20231216T162057Z\n20231216/cn-hangzhou/oss/aliyun_v4_request\nf4613657f1b108998e8dbd10a1aa5da621dc2c6e02c9ddec0f163664848704c4',
    );
    expect(s.headers.Authorization).toBe(
      'OSS4-HMAC-SHA256 Credential=ak/20231216/cn-hangzhou/oss/aliyun_v4_request,Signature=e21d18daa82167720f9b1047ae7e7f1ce7cb77a31e8203a7d5f4624fa0284afe',
    );
    expect(s.headers['x-oss-date']).toBe('20231216T162057Z');
    expect(s.headers.Date).toBe('Sat, 16 Dec 2023 16:20:57 GMT');
  });

  it('V4-H2: CloudBox scope', () => {
    const s = signOssV4Header(headerReq, creds, at(1702743657), cloudBox);
    expect(s.headers.Authorization).toBe(
      'OSS4-HMAC-SHA256 Credential=ak/20231216/cb-123/oss-cloudbox/aliyun_v4_request,Signature=94ce1f12c17d148ea681030275a94449d3357f5b5b21133996eec80af3e08a43',
    );
  });

  it('V4-H3: STS token header is added and signed', () => {
    const s = signOssV4Header(headerReq, { ...creds, securityToken: 'token' }, at(1702784856), hz);
    expect(s.headers['x-oss-security-token']).toBe('token');
    expect(s.headers.Authorization).toBe(
      'OSS4-HMAC-SHA256 Credential=ak/20231217/cn-hangzhou/oss/aliyun_v4_request,Signature=b94a3f999cf85bcdc00d332fbd3734ba03e48382c36fa4d5af5df817395bd9ea',
    );
  });

  it.each([[['ZAbc', 'abc']], [['x-oss-no-exist', 'ZAbc', 'x-oss-head1', 'abc']]])('V4-H4: additional headers %j', (additionalHeaders) => {
    const s = signOssV4Header(headerReq, creds, at(1702747512), { ...hz, additionalHeaders });
    expect(s.canonicalRequest).toBe(
      'PUT\n/bucket/1234%2B-/123/1.txt\n%2Bparam1=value3&%2Bparam2&%7Cparam1=value4&%7Cparam2&param1=value1&param2\nabc:value\ncontent-type:text/plain\nx-oss-content-sha256:UNSIGNED-PAYLOAD\nx-oss-date:20231216T172512Z\nx-oss-head1:value\nzabc:value\n\nabc;zabc\nUNSIGNED-PAYLOAD',
    );
    expect(s.headers.Authorization).toBe(
      'OSS4-HMAC-SHA256 Credential=ak/20231216/cn-hangzhou/oss/aliyun_v4_request,AdditionalHeaders=abc;zabc,Signature=4a4183c187c07c8947db7620deb0a6b38d9fbdd34187b6dbaccb316fa251212f',
    );
  });
});

describe('OSS V4 presigned URLs (published vectors)', () => {
  const cases: Array<[string, number, { region: string; product?: string }, string | undefined, string[] | undefined, string | undefined, string]> = [
    ['Q1', 1702781677, hz, undefined, undefined, undefined, 'a39966c61718be0d5b14e668088b3fa07601033f6518ac7b523100014269c0fe'],
    ['Q2', 1702785388, hz, 'token', undefined, undefined, '3817ac9d206cd6dfc90f1c09c00be45005602e55898f26f5ddb06d7892e1f8b5'],
    ['Q3', 1702783809, hz, undefined, ['ZAbc', 'abc'], 'abc;zabc', '6bd984bfe531afb6db1f7550983a741b103a8c58e5e14f83ea474c2322dfa2b7'],
    ['Q4', 1702783809, hz, undefined, ['x-oss-no-exist', 'abc', 'x-oss-head1', 'ZAbc'], 'abc;zabc', '6bd984bfe531afb6db1f7550983a741b103a8c58e5e14f83ea474c2322dfa2b7'],
    ['Q5', 1702781677, cloudBox, undefined, ['ZAbc', 'abc'], 'abc;zabc', '07284191b9b4978ac3520cd39ee2dea2747eda454089359371ff463a6c7ba20f'],
    ['Q6', 1702783809, cloudBox, undefined, ['x-oss-no-exist', 'abc', 'x-oss-head1', 'ZAbc'], 'abc;zabc', '16782cc8a7a554523db055eb804b508522e7e370073108ad88ee2f47496701dd'],
  ];
  it.each(cases)('V4-%s', (_name, unix, scope, token, additionalHeaders, expectedAdditional, expectedSignature) => {
    const s = presignOssV4(queryReq, { ...creds, securityToken: token }, at(unix), 599, { ...scope, additionalHeaders });
    expect(s.query['x-oss-signature']).toBe(expectedSignature);
    expect(s.query['x-oss-additional-headers']).toBe(expectedAdditional);
    expect(s.query['x-oss-signature-version']).toBe('OSS4-HMAC-SHA256');
    expect(s.query['x-oss-expires']).toBe('599');
    expect(s.query['x-oss-credential']).toBe(`ak/${s.query['x-oss-date']?.slice(0, 8)}/${scope.region}/${scope.product ?? 'oss'}/aliyun_v4_request`);
    if (token) expect(s.query['x-oss-security-token']).toBe(token);
  });

  it('V4-Q1 canonical request', () => {
    const s = presignOssV4(queryReq, creds, at(1702781677), 599, hz);
    expect(s.canonicalRequest).toBe(
      'PUT\n/bucket/1234%2B-/123/1.txt\n%2Bparam1=value3&%2Bparam2&%7Cparam1=value4&%7Cparam2&param1=value1&param2&x-oss-credential=ak%2F20231217%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-date=20231217T025437Z&x-oss-expires=599&x-oss-signature-version=OSS4-HMAC-SHA256\ncontent-type:application/octet-stream\nx-oss-head1:value\n\n\nUNSIGNED-PAYLOAD',
    );
  });
});

describe('OSS V4 edge keys and query values', () => {
  const canonicalUri = (key: string) =>
    ossV4CanonicalRequest({ method: 'GET', bucket: 'b', key, query: {}, headers: {} }, []).split('\n')[1];
  it.each([
    ['a b', '/b/a%20b'], ['a+b', '/b/a%2Bb'], ['100%', '/b/100%25'], ['what?', '/b/what%3F'], ['x#y', '/b/x%23y'],
    ['til~de', '/b/til~de'], ['目录/文件', '/b/%E7%9B%AE%E5%BD%95/%E6%96%87%E4%BB%B6'], ['😀', '/b/%F0%9F%98%80'], ['dir/', '/b/dir/'],
  ])('canonical URI of %j is %s', (key, expected) => {
    expect(canonicalUri(key)).toBe(expected);
  });

  it('encodes a 1024-byte key completely', () => {
    expect(canonicalUri('é'.repeat(512))).toBe('/b/' + '%C3%A9'.repeat(512));
  });

  it('writes empty query values as bare keys and encodes the rest', () => {
    const cr = ossV4CanonicalRequest({ method: 'GET', bucket: 'b', query: { 'continuation-token': 'a b/c', prefix: '', 'list-type': '2' }, headers: {} }, []);
    expect(cr.split('\n')[2]).toBe('continuation-token=a%20b%2Fc&list-type=2&prefix');
  });

  it('changes the signature when the key changes by one encoded character', () => {
    const sig = (key: string) => signOssV4Header({ method: 'GET', bucket: 'b', key, query: {}, headers: {} }, creds, at(1702743657), hz).headers.Authorization;
    expect(sig('a b')).not.toBe(sig('a+b'));
  });
});

describe('OSS V4 signing key reuse', () => {
  const req: SignableRequest = { method: 'GET', bucket: 'b', key: 'k', query: {}, headers: {} };
  const auth = (c: typeof creds, unix: number, options = hz) => signOssV4Header(req, c, at(unix), options).headers.Authorization;

  it('one credentials object signs across days, regions and a changed secret exactly as fresh ones do', () => {
    const reused = { ...creds };
    const day1 = 1702743657;
    const day2 = day1 + 86_400;
    expect(auth(reused, day1)).toBe(auth({ ...creds }, day1));
    expect(auth(reused, day1 + 60)).toBe(auth({ ...creds }, day1 + 60));
    expect(auth(reused, day2)).toBe(auth({ ...creds }, day2));
    expect(auth(reused, day2, cloudBox)).toBe(auth({ ...creds }, day2, cloudBox));
    expect(auth(reused, day2)).toBe(auth({ ...creds }, day2));
    reused.accessKeySecret = 'rotated';
    expect(auth(reused, day2)).toBe(auth({ ...creds, accessKeySecret: 'rotated' }, day2));
    expect(auth(reused, day2)).not.toBe(auth({ ...creds }, day2));
  });
});
