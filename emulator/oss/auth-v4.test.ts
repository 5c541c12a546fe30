import { describe, expect, it } from 'vitest';
import type { QueryPair } from '../http-types';
import { fixAdditionalHeaders, v4CanonicalRequest, v4Signature, v4StringToSign } from './auth-v4';

// Vectors from shared/reference/signing-vectors.md §2 (alibabacloud-oss-go-sdk-v2 signer_test.go).
const q = (key: string, value = ''): QueryPair => ({ key, value, bare: value === '' });
const baseQuery = [q('param1', 'value1'), q('+param1', 'value3'), q('|param1', 'value4'), q('+param2'), q('|param2'), q('param2')];
const headerAuthHeaders = (date: string): Record<string, string> => ({
  'x-oss-head1': 'value', abc: 'value', zabc: 'value', xyz: 'value', 'content-type': 'text/plain',
  'x-oss-content-sha256': 'UNSIGNED-PAYLOAD', 'x-oss-date': date,
});
const key = '1234+-/123/1.txt';

function sign(date: string, region: string, product: string, cr: string): string {
  return v4Signature('sk', date.slice(0, 8), region, product, v4StringToSign(date, `${date.slice(0, 8)}/${region}/${product}/aliyun_v4_request`, cr));
}

describe('OSS V4 signer (published vectors)', () => {
  it('V4-H1: header auth with query parameters', () => {
    const date = '20231216T162057Z';
    const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query: baseQuery, headers: headerAuthHeaders(date), additionalHeaders: [] });
    expect(cr).toBe(
      'PUT\n/bucket/1234%2B-/123/1.txt\n%2Bparam1=value3&%2Bparam2&%7Cparam1=value4&%7Cparam2&param1=value1&param2\ncontent-type:text/plain\nx-oss-content-sha256:UNSIGNED-PAYLOAD\nx-oss-date:20231216T162057Z\nx-oss-head1:value\n\n\nUNSIGNED-PAYLOAD',
    );
    expect(v4StringToSign(date, '20231216/cn-hangzhou/oss/aliyun_v4_request', cr)).toBe(
      'OSS4-HMAC-SHA256\n20231216T162057Z\n20231216/cn-hangzhou/oss/aliyun_v4_request\nf4613657f1b108998e8dbd10a1aa5da621dc2c6e02c9ddec0f163664848704c4',
    );
    expect(sign(date, 'cn-hangzhou', 'oss', cr)).toBe('e21d18daa82167720f9b1047ae7e7f1ce7cb77a31e8203a7d5f4624fa0284afe');
  });

  it('V4-H2: CloudBox scope', () => {
    const date = '20231216T162057Z';
    const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query: baseQuery, headers: headerAuthHeaders(date), additionalHeaders: [] });
    expect(sign(date, 'cb-123', 'oss-cloudbox', cr)).toBe('94ce1f12c17d148ea681030275a94449d3357f5b5b21133996eec80af3e08a43');
  });

  it('V4-H3: STS token header is signed as an x-oss header', () => {
    const date = '20231217T034736Z';
    const headers = { ...headerAuthHeaders(date), 'x-oss-security-token': 'token' };
    const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query: baseQuery, headers, additionalHeaders: [] });
    expect(sign(date, 'cn-hangzhou', 'oss', cr)).toBe('b94a3f999cf85bcdc00d332fbd3734ba03e48382c36fa4d5af5df817395bd9ea');
  });

  it('V4-H4: additional headers, both requested lists normalise to abc;zabc', () => {
    const date = '20231216T172512Z';
    const headers = headerAuthHeaders(date);
    for (const requested of [['ZAbc', 'abc'], ['x-oss-no-exist', 'ZAbc', 'x-oss-head1', 'abc']]) {
      const additionalHeaders = fixAdditionalHeaders(requested, headers);
      expect(additionalHeaders).toEqual(['abc', 'zabc']);
      const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query: baseQuery, headers, additionalHeaders });
      expect(sign(date, 'cn-hangzhou', 'oss', cr)).toBe('4a4183c187c07c8947db7620deb0a6b38d9fbdd34187b6dbaccb316fa251212f');
    }
  });

  const presigned = (date: string, region: string, product: string, extra: QueryPair[]): QueryPair[] => [
    ...baseQuery,
    q('x-oss-credential', `ak/${date.slice(0, 8)}/${region}/${product}/aliyun_v4_request`),
    q('x-oss-date', date),
    q('x-oss-expires', '599'),
    q('x-oss-signature-version', 'OSS4-HMAC-SHA256'),
    ...extra,
  ];
  const queryHeaders = { 'x-oss-head1': 'value', abc: 'value', zabc: 'value', xyz: 'value', 'content-type': 'application/octet-stream' };

  it.each([
    ['Q1', '20231217T025437Z', 'cn-hangzhou', 'oss', [], [], 'a39966c61718be0d5b14e668088b3fa07601033f6518ac7b523100014269c0fe'],
    ['Q2', '20231217T035628Z', 'cn-hangzhou', 'oss', [q('x-oss-security-token', 'token')], [], '3817ac9d206cd6dfc90f1c09c00be45005602e55898f26f5ddb06d7892e1f8b5'],
    ['Q3', '20231217T033009Z', 'cn-hangzhou', 'oss', [], ['ZAbc', 'abc'], '6bd984bfe531afb6db1f7550983a741b103a8c58e5e14f83ea474c2322dfa2b7'],
    ['Q4', '20231217T033009Z', 'cn-hangzhou', 'oss', [], ['x-oss-no-exist', 'abc', 'x-oss-head1', 'ZAbc'], '6bd984bfe531afb6db1f7550983a741b103a8c58e5e14f83ea474c2322dfa2b7'],
    ['Q5', '20231217T025437Z', 'cb-123', 'oss-cloudbox', [], ['ZAbc', 'abc'], '07284191b9b4978ac3520cd39ee2dea2747eda454089359371ff463a6c7ba20f'],
    ['Q6', '20231217T033009Z', 'cb-123', 'oss-cloudbox', [], ['x-oss-no-exist', 'abc', 'x-oss-head1', 'ZAbc'], '16782cc8a7a554523db055eb804b508522e7e370073108ad88ee2f47496701dd'],
  ] as const)('V4-%s: presigned query auth', (_name, date, region, product, extra, requested, expected) => {
    const additionalHeaders = fixAdditionalHeaders([...requested], queryHeaders);
    const extraQuery = additionalHeaders.length ? [q('x-oss-additional-headers', additionalHeaders.join(';'))] : [];
    const query = presigned(date, region, product, [...extra, ...extraQuery]);
    const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query, headers: queryHeaders, additionalHeaders });
    expect(sign(date, region, product, cr)).toBe(expected);
  });

  it('Q1 canonical request matches the derived value', () => {
    const date = '20231217T025437Z';
    const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query: presigned(date, 'cn-hangzhou', 'oss', []), headers: queryHeaders, additionalHeaders: [] });
    expect(cr).toBe(
      'PUT\n/bucket/1234%2B-/123/1.txt\n%2Bparam1=value3&%2Bparam2&%7Cparam1=value4&%7Cparam2&param1=value1&param2&x-oss-credential=ak%2F20231217%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-date=20231217T025437Z&x-oss-expires=599&x-oss-signature-version=OSS4-HMAC-SHA256\ncontent-type:application/octet-stream\nx-oss-head1:value\n\n\nUNSIGNED-PAYLOAD',
    );
  });

  it('writing empty values as k= breaks the signature (mistake check)', () => {
    const date = '20231216T162057Z';
    const query = baseQuery.map((p) => ({ ...p, bare: false }));
    const cr = v4CanonicalRequest({ method: 'PUT', bucket: 'bucket', key, query, headers: headerAuthHeaders(date), additionalHeaders: [], emptyValues: 'wire' });
    expect(sign(date, 'cn-hangzhou', 'oss', cr)).not.toBe('e21d18daa82167720f9b1047ae7e7f1ce7cb77a31e8203a7d5f4624fa0284afe');
  });
});
