// Conformance with what the real services answer, from the SDKs' real-service integration
// assertions and the vendors' docs (each case cites its source). The emulator must be at
// least this strict, so a client mistake fails here instead of in front of a user.
import { describe, expect, it } from 'vitest';
import { bceCanonicalRequest, bceSignature, bceSigningKey } from './bos/auth';
import { v1Signature } from './oss/auth-v1';
import { v4Signature, v4StringToSign } from './oss/auth-v4';
import { ossRequest } from './test-client';
import { useDemoEmulator } from './test-demo-emulator';

const { emu, oss, bos } = useDemoEmulator();

describe('HEAD on a link', () => {
  // oss2 tests/test_object.py and ali-oss test/node/object.test.js (real service): HEAD on a
  // symlink reports the symlink's own x-oss-meta-*, while length and ETag are the target's.
  it('OSS: the link own user metadata, the target size and ETag', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/target.txt', body: 'target-body', headers: { 'x-oss-meta-owner': 'target' } });
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/link', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'conf/target.txt', 'x-oss-meta-owner': 'link', 'x-oss-meta-only-link': '1' } });
    const target = await oss({ method: 'HEAD', bucket: 'demo-oss', key: 'conf/target.txt' });
    const head = await oss({ method: 'HEAD', bucket: 'demo-oss', key: 'conf/link' });
    expect(head.headers.get('x-oss-meta-owner')).toBe('link');
    expect(head.headers.get('x-oss-meta-only-link')).toBe('1');
    expect(head.headers.get('x-oss-object-type')).toBe('Symlink');
    expect(head.headers.get('content-length')).toBe(String('target-body'.length));
    expect(head.headers.get('etag')).toBe(target.headers.get('etag'));
  });

  // BOS GetObjectMeta doc (protocol-notes.md): Content-Length, ETag of the target; every other
  // header (storage class, meta) the link's own.
  it("BOS: the link's own metadata and storage class", async () => {
    await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/target.txt', body: 'bos-target', headers: { 'x-bce-meta-owner': 'target', 'x-bce-storage-class': 'STANDARD' } });
    await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/link', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'conf/target.txt', 'x-bce-meta-owner': 'link', 'x-bce-storage-class': 'COLD' } });
    const head = await bos({ method: 'HEAD', bucket: 'demo-bos', key: 'conf/link' });
    expect(head.headers.get('x-bce-meta-owner')).toBe('link');
    expect(head.headers.get('x-bce-storage-class')).toBe('COLD');
    expect(head.headers.get('content-length')).toBe(String('bos-target'.length));
  });
});

describe('user metadata rules', () => {
  // OSS EC 0011-00000004: "x-oss-meta-my_key | No | Underscore not allowed".
  it('OSS rejects "_" in a metadata name; BOS keeps it', async () => {
    const o = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/meta', body: 'x', headers: { 'x-oss-meta-my_key': 'v' } });
    expect(o.status).toBe(400);
    expect(o.code).toBe('InvalidArgument');
    const b = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/meta', body: 'x', headers: { 'x-bce-meta-my_key': 'v' } });
    expect(b.status).toBe(200);
  });

  // OSS EC 0011-00000002: "the total size of all x-oss-meta-* header names and values".
  it('counts the prefix, the name and the value toward 8 KB (OSS) and 2 KB (BOS)', async () => {
    const fits = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/big', body: 'x', headers: { 'x-oss-meta-k': 'v'.repeat(8192 - 12) } });
    expect(fits.status).toBe(200);
    const over = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/big', body: 'x', headers: { 'x-oss-meta-k': 'v'.repeat(8192 - 11) } });
    expect(over.code).toBe('MetadataTooLarge');
    const bosOver = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/link2', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'conf/target.txt', 'x-bce-meta-k': 'v'.repeat(2048 - 11) } });
    expect(bosOver.code).toBe('MetadataTooLarge');
  });
});

describe('x-*-forbid-overwrite', () => {
  // The PutSymlink docs define only true and false (reference/*-put-symlink.txt).
  it('answers 400 for values other than true/false', async () => {
    const o = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/fo', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'readme.txt', 'x-oss-forbid-overwrite': 'yes' } });
    expect([o.status, o.code]).toEqual([400, 'InvalidArgument']);
    const b = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/fo', body: 'x', headers: { 'x-bce-forbid-overwrite': '1' } });
    expect([b.status, b.code]).toEqual([400, 'InvalidArgument']);
    const ok = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/fo', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'readme.txt', 'x-oss-forbid-overwrite': 'False' } });
    expect(ok.status).toBe(200);
  });
});

describe('OSS error ECs', () => {
  // help.aliyun.com/document_detail/600089.html (0026-00000012, HEAD on a link to nothing) and
  // help.aliyun.com/zh/oss/support/0043-00000101 (GetSymlink on an object that is not a link).
  it('carries the documented EC for symlink errors', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/dangling', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'conf/nothing-here' } });
    const missing = await oss({ method: 'HEAD', bucket: 'demo-oss', key: 'conf/dangling' });
    expect([missing.status, missing.headers.get('x-oss-ec')]).toEqual([404, '0026-00000012']);
    const notLink = await oss({ bucket: 'demo-oss', key: 'readme.txt', query: { symlink: '' } });
    expect([notLink.code, notLink.headers.get('x-oss-ec')]).toEqual(['NotSymlink', '0043-00000101']);
  });

  // alibabacloud-oss-go-sdk-v2 oss/client_mock_test.go @b3226d1, testMockHeadObjectErrorCases
  // case 3 (line ~6597): HEAD answers 400 with x-oss-ec 0026-00000011 and, in x-oss-err,
  // <Code>InvalidTargetType</Code><Message>The symbolic's target file type is invalid</Message>.
  // ali-oss test/node/object.test.js head() "error detail from header" makes it with a link to a link.
  it('HEAD through a link to a link: 400 InvalidTargetType, EC 0026-00000011, as recorded', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/one-link', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'readme.txt' } });
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/two-link', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'conf/one-link' } });
    const head = await oss({ method: 'HEAD', bucket: 'demo-oss', key: 'conf/two-link' });
    expect([head.status, head.code, head.headers.get('x-oss-ec')]).toEqual([400, 'InvalidTargetType', '0026-00000011']);
    const detail = Buffer.from(head.headers.get('x-oss-err') ?? '', 'base64').toString('utf8');
    expect(detail).toContain("<Message>The symbolic's target file type is invalid</Message>");
    expect(detail).toContain('<EC>0026-00000011</EC>');
  });

  // help.aliyun.com/en/oss/user-guide/0026-00000002: x-oss-forbid-overwrite: true onto an
  // existing name is 409 FileAlreadyExists with EC 0026-00000002 (PutObject, CopyObject).
  it('forbid-overwrite onto an existing object: 409 FileAlreadyExists, EC 0026-00000002', async () => {
    const put = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'readme.txt', body: 'x', headers: { 'x-oss-forbid-overwrite': 'true' } });
    expect([put.status, put.code, put.headers.get('x-oss-ec')]).toEqual([409, 'FileAlreadyExists', '0026-00000002']);
    expect(put.text).toContain('<EC>0026-00000002</EC><RecommendDoc>https://api.aliyun.com/troubleshoot?q=0026-00000002</RecommendDoc></Error>');
    const copy = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'readme.txt', headers: { 'x-oss-copy-source': '/demo-oss/readme.txt', 'x-oss-forbid-overwrite': 'true' } });
    expect([copy.status, copy.headers.get('x-oss-ec')]).toEqual([409, '0026-00000002']);
  });

  // help.aliyun.com/en/oss/user-guide/0011-00000004 (a meta name with '_'), /0011-00000002
  // (names and values over 8 KB), help.aliyun.com/zh/oss/user-guide/0017-00000279
  // (x-oss-forbid-overwrite: abc). All three are 400s whose Code alone does not tell them apart.
  it('metadata and forbid-overwrite refusals carry their own EC; BOS answers carry none', async () => {
    const name = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/ec', body: 'x', headers: { 'x-oss-meta-my_key': 'v' } });
    expect([name.status, name.headers.get('x-oss-ec')]).toEqual([400, '0011-00000004']);
    const size = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/ec', body: 'x', headers: { 'x-oss-meta-k': 'v'.repeat(8192) } });
    expect([size.status, size.headers.get('x-oss-ec')]).toEqual([400, '0011-00000002']);
    const forbid = await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/ec', body: 'x', headers: { 'x-oss-forbid-overwrite': 'abc' } });
    expect([forbid.status, forbid.headers.get('x-oss-ec')]).toEqual([400, '0017-00000279']);
    const bosForbid = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/ec', body: 'x', headers: { 'x-bce-forbid-overwrite': 'abc' } });
    expect([bosForbid.status, bosForbid.headers.get('x-oss-ec')]).toEqual([400, null]);
  });
});

// alibabacloud-oss-go-sdk-v2 @b3226d1 oss/client_integration_test.go (real service):
// TestPutSymlink / TestGetSymlink (line 3090/3167) and TestGetObjectAcl (line 2071).
// help.aliyun.com/en/oss/user-guide/0002-00000902 (unknown AccessKeyId) and Go SDK v2
// client_mock_test.go line 291-295 (SignatureDoesNotMatch, EC 0002-00000040).
describe('OSS sign-in refusals carry their ECs', () => {
  it('an unknown access key id and a wrong secret', async () => {
    const unknown = await ossRequest({ url: emu().oss, accessKeyId: 'NO-SUCH-KEY-ID', accessKeySecret: emu().accessKeySecret }, { bucket: 'demo-oss', key: 'readme.txt' });
    expect([unknown.status, unknown.code, unknown.headers.get('x-oss-ec')]).toEqual([403, 'InvalidAccessKeyId', '0002-00000902']);
    const wrong = await ossRequest({ url: emu().oss, accessKeyId: emu().accessKeyId, accessKeySecret: 'not-the-secret' }, { bucket: 'demo-oss', key: 'readme.txt' });
    expect([wrong.status, wrong.code, wrong.headers.get('x-oss-ec')]).toEqual([403, 'SignatureDoesNotMatch', '0002-00000040']);
  });
});

describe('OSS symlink answers as the Go SDK integration tests assert them', () => {
  it('GetSymlink answers the target with an ETag and a request id', async () => {
    await oss({ method: 'PUT', bucket: 'demo-oss', key: 'conf/go-link', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'readme.txt' } });
    const r = await oss({ bucket: 'demo-oss', key: 'conf/go-link', query: { symlink: '' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-oss-symlink-target')).toBe('readme.txt');
    expect(r.headers.get('etag')).toMatch(/^".+"$/);
    expect(r.headers.get('x-oss-request-id')).toMatch(/./);
  });

  it('PutSymlink/GetSymlink into a missing bucket: 404 NoSuchBucket, its message and EC 0015-00000101', async () => {
    for (const method of ['PUT', 'GET']) {
      const r = await oss({ method, bucket: 'demo-oss-not-exist', key: 'conf/go-link', query: { symlink: '' }, headers: method === 'PUT' ? { 'x-oss-symlink-target': 'readme.txt' } : {} });
      expect([r.status, r.code, r.headers.get('x-oss-ec')]).toEqual([404, 'NoSuchBucket', '0015-00000101']);
      expect(r.text).toContain('<Message>The specified bucket does not exist.</Message>');
      expect(r.headers.get('x-oss-request-id')).toMatch(/./);
    }
  });

  it('a missing key: 404 NoSuchKey, "The specified key does not exist.", EC 0026-00000001', async () => {
    const r = await oss({ bucket: 'demo-oss', key: 'conf/not-exist' });
    expect([r.status, r.code, r.headers.get('x-oss-ec')]).toEqual([404, 'NoSuchKey', '0026-00000001']);
    expect(r.text).toContain('<Message>The specified key does not exist.</Message>');
  });
});

// An expired STS token: 403 SecurityTokenExpired "The security token you provided has expired."
// with EC 0002-00000007 (a real OSS answer quoted in github.com/jxxghp/MoviePilot/issues/6295;
// help.aliyun.com/en/oss/user-guide/0002-00000007); an unknown one: EC 0002-00000008.
describe('OSS STS token refusals', () => {
  it('expired and unknown tokens answer 403 with their own code, message and EC', async () => {
    emu().rules.tokens.set('conf-old-token', Date.now() - 1_000);
    const expired = await oss({ bucket: 'demo-oss', key: 'readme.txt', headers: { 'x-oss-security-token': 'conf-old-token' } });
    expect([expired.status, expired.code, expired.headers.get('x-oss-ec')]).toEqual([403, 'SecurityTokenExpired', '0002-00000007']);
    expect(expired.text).toContain('<Message>The security token you provided has expired.</Message>');
    const unknown = await oss({ bucket: 'demo-oss', key: 'readme.txt', headers: { 'x-oss-security-token': 'conf-forged-token' } });
    expect([unknown.status, unknown.code, unknown.headers.get('x-oss-ec')]).toEqual([403, 'InvalidSecurityToken', '0002-00000008']);
  });
});

describe('signature strictness', () => {
  // protocol-notes.md: list-type, max-keys, prefix are no V1 sub-resources, and the real service
  // rejects a signature computed over them (Go SDK v2 signer/v1.go requiredSignedParametersMap).
  it('OSS V1: a signature over non-sub-resource query parameters is refused', async () => {
    const date = new Date().toUTCString();
    const sign = (resource: string) => v1Signature(emu().accessKeySecret, `GET\n\n\n${date}\n${resource}`);
    const url = `${emu().oss}/demo-oss/?list-type=2&max-keys=5`;
    const good = await fetch(url, { headers: { date, authorization: `OSS ${emu().accessKeyId}:${sign('/demo-oss/')}` } });
    expect(good.status).toBe(200);
    const over = await fetch(url, { headers: { date, authorization: `OSS ${emu().accessKeyId}:${sign('/demo-oss/?list-type=2&max-keys=5')}` } });
    expect(over.status).toBe(403);
  });

  // OSS V4: an empty value is canonicalised as the bare key (what the SDKs sign), never `key=`.
  it('OSS V4: accepts the empty-value query only in the bare form', async () => {
    const datetime = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const day = datetime.slice(0, 8);
    const scope = `${day}/cn-hangzhou/oss/aliyun_v4_request`;
    const headers = { 'x-oss-date': datetime, 'x-oss-content-sha256': 'UNSIGNED-PAYLOAD' };
    const signWith = (query: string) => {
      const cr = ['GET', '/demo-oss/latest-report.pdf', query, 'x-oss-content-sha256:UNSIGNED-PAYLOAD', `x-oss-date:${datetime}`, '', '', 'UNSIGNED-PAYLOAD'].join('\n');
      return `OSS4-HMAC-SHA256 Credential=${emu().accessKeyId}/${scope},Signature=${v4Signature(emu().accessKeySecret, day, 'cn-hangzhou', 'oss', v4StringToSign(datetime, scope, cr))}`;
    };
    const url = `${emu().oss}/demo-oss/latest-report.pdf?symlink=`;
    expect((await fetch(url, { headers: { ...headers, authorization: signWith('symlink') } })).status).toBe(200);
    expect((await fetch(url, { headers: { ...headers, authorization: signWith('symlink=') } })).status).toBe(403);
  });

  // protocol-notes.md: "the signed canonical URI is the path exactly as sent".
  it('BOS: the canonical URI is the path as sent, not a re-encoded form of it', async () => {
    const r = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'conf/a(b).txt', body: 'x' });
    expect(r.status).toBe(200);
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const host = new URL(emu().bos).host;
    const prefix = `bce-auth-v1/${emu().accessKeyId}/${timestamp}/1800`;
    // Sent with raw parentheses, signed over the RFC 3986 form %28b%29: BOS would refuse it.
    const cr = bceCanonicalRequest({ method: 'GET', uri: '/v1/demo-bos/conf/a%28b%29.txt', query: [], headers: { host, 'x-bce-date': timestamp }, signedHeaders: ['host', 'x-bce-date'] });
    const authorization = `${prefix}/host;x-bce-date/${bceSignature(bceSigningKey(emu().accessKeySecret, prefix), cr)}`;
    const res = await fetch(`${emu().bos}/v1/demo-bos/conf/a(b).txt`, { headers: { 'x-bce-date': timestamp, authorization } });
    expect(res.status).toBe(403);
  });
});
