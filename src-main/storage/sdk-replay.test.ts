// Replays the SDKs' recorded exchanges through our clients (stub transport): the request we send
// must carry what the SDK's mock test checks, and our parse of the recorded answer must be right.
// Sources (each case names its own; HeadObject in sdk-replay-head.test.ts, ali-oss in
// sdk-replay-ali-oss.int.test.ts):
//  - aliyun/alibabacloud-oss-go-sdk-v2 oss/client_mock_test.go: testMockPutSymlinkSuccessCases,
//    testMockGetSymlinkSuccessCases / ErrorCases, testMockListObjectsV2SuccessCases
//  - aliyun/aliyun-oss-python-sdk tests/test_mock_object.py: test_put_symlink, test_get_symlink
//  - baidubce/bce-sdk-go services/bos/api/option.go: ForbidOverwrite(true) -> "true",
//    SymlinkBucket -> x-bce-symlink-bucket; services/bos/api/object_test.go @6916310
//    TestPutObjectSymlink (line 1247) and TestGetObjectSymlink (line 1298) mock cases
import { describe, expect, it } from 'vitest';
import { toAppError } from '../errors';
import { createBosClient } from './bos/client';
import { storageFailure } from './testing/storage-failure';
import { createOssClient } from './oss/client';
import { type StubReply, stubTransport } from './testing/stub-transport';
import { type ClientConfig } from './types';

const NOW = () => new Date('2017-02-24T03:15:40Z');
// The Go SDK's mock server: path-style requests to an IP endpoint, region cn-hangzhou.
const ossConfig: ClientConfig = { provider: 'oss', endpoint: 'http://127.0.0.1:8080', region: 'cn-hangzhou', addressing: 'path', signatureVersion: 'v4', accessKeyId: 'ak', accessKeySecret: 'sk', now: NOW, maxRetries: 0 };
const bosConfig: ClientConfig = { provider: 'bos', endpoint: 'http://127.0.0.1:8081', region: 'bj', addressing: 'path', accessKeyId: 'ak', accessKeySecret: 'sk', now: NOW, maxRetries: 0 };

function oss(reply: StubReply, config: Partial<ClientConfig> = {}) {
  const stub = stubTransport(() => reply);
  return { client: createOssClient({ ...ossConfig, ...config }, { transport: stub.transport }), requests: stub.requests };
}

/** The Go SDK's sortQuery(r): path plus the query sorted by name. */
function sortedUrl(path: string): string {
  const [p, q = ''] = path.split('?');
  return q ? `${p}?${q.split('&').sort().join('&')}` : p!;
}

const GO_ERROR = (code: string, message: string, rid: string, ec: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n  <RequestId>${rid}</RequestId>\n  <HostId>test.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <BucketName>test</BucketName>\n  <EC>${ec}</EC>\n</Error>`;

describe('OSS PutSymlink (Go SDK v2 testMockPutSymlinkSuccessCases)', () => {
  it('case 1: PUT /bucket/object?symlink with the target', async () => {
    const { client, requests } = oss({ status: 200, headers: { 'x-oss-request-id': '534B371674E88A4D8906****', date: 'Fri, 24 Feb 2017 03:15:40 GMT' } });
    await client.putSymlink({ bucket: 'bucket', key: 'object', target: 'src-object' });
    expect(requests[0]!.method).toBe('PUT');
    expect(sortedUrl(requests[0]!.path)).toBe('/bucket/object?symlink');
    expect(requests[0]!.headers['x-oss-symlink-target']).toBe('src-object');
  });

  it('case 3: forbid-overwrite, ACL, storage class and metadata headers as recorded', async () => {
    const { client, requests } = oss({ status: 200, headers: { 'x-oss-request-id': '534B371674E88A4D8906****', 'x-oss-version-id': 'CAEQ****' } });
    await client.putSymlink({ bucket: 'bucket', key: 'object', target: 'target-object', forbidOverwrite: true, acl: 'private', storageClass: 'Standard', meta: { name: 'demo', email: 'demo@aliyun.com' } });
    const h = requests[0]!.headers;
    expect(sortedUrl(requests[0]!.path)).toBe('/bucket/object?symlink');
    expect({
      'x-oss-symlink-target': h['x-oss-symlink-target'],
      'x-oss-forbid-overwrite': h['x-oss-forbid-overwrite'],
      'x-oss-object-acl': h['x-oss-object-acl'],
      'x-oss-storage-class': h['x-oss-storage-class'],
      'x-oss-meta-name': h['x-oss-meta-name'],
      'x-oss-meta-email': h['x-oss-meta-email'],
    }).toEqual({
      'x-oss-symlink-target': 'target-object',
      'x-oss-forbid-overwrite': 'true',
      'x-oss-object-acl': 'private',
      'x-oss-storage-class': 'Standard',
      'x-oss-meta-name': 'demo',
      'x-oss-meta-email': 'demo@aliyun.com',
    });
  });

  it('error cases: NoSuchBucket 404 and UserDisable 403 keep code, status and request id', async () => {
    const missing = await storageFailure(oss({ status: 404, headers: { 'content-type': 'application/xml', 'x-oss-request-id': '5C3D9175B6FC201293AD****' }, body: GO_ERROR('NoSuchBucket', 'The specified bucket does not exist.', '5C3D9175B6FC201293AD****', '0015-00000101') }).client.putSymlink({ bucket: 'bucket', key: 'object', target: 'target-object' }));
    expect({ code: missing.code, status: missing.status, requestId: missing.requestId }).toEqual({ code: 'NoSuchBucket', status: 404, requestId: '5C3D9175B6FC201293AD****' });
    const disabled = await storageFailure(oss({ status: 403, headers: { 'x-oss-request-id': '5C3D8D2A0ACA54D87B43****' }, body: GO_ERROR('UserDisable', 'UserDisable', '5C3D8D2A0ACA54D87B43****', '0003-00000801') }).client.putSymlink({ bucket: 'bucket', key: 'object', target: 'target-object' }));
    expect([disabled.code, disabled.status]).toEqual(['UserDisable', 403]);
    expect(toAppError(disabled).code).toBe('ACCESS_DENIED');
  });
});

describe('OSS GetSymlink', () => {
  it('Go SDK v2 testMockGetSymlinkSuccessCases case 1: GET /bucket/object?symlink, target from the header', async () => {
    const { client, requests } = oss({ status: 200, headers: { 'x-oss-request-id': '534B371674E88A4D8906****', 'x-oss-symlink-target': 'example.jpg', etag: 'A797938C31D59EDD08D86188F6D5****' } });
    expect(await client.getSymlink('bucket', 'object')).toEqual({ target: 'example.jpg' });
    expect(requests[0]!.method).toBe('GET');
    expect(sortedUrl(requests[0]!.path)).toBe('/bucket/object?symlink');
  });

  it('Go SDK v2 testMockGetSymlinkErrorCases: NoSuchBucket is a NOT_FOUND with its request id', async () => {
    const e = await storageFailure(oss({ status: 404, headers: { 'x-oss-request-id': '5C3D9175B6FC201293AD****' }, body: GO_ERROR('NoSuchBucket', 'The specified bucket does not exist.', '5C3D9175B6FC201293AD****', '0015-00000101') }).client.getSymlink('bucket', 'object'));
    expect(toAppError(e)).toMatchObject({ code: 'NOT_FOUND', details: { requestId: '5C3D9175B6FC201293AD****' } });
  });

  it('python SDK test_get_symlink: virtual-hosted GET /<key>?symlink on the bucket host', async () => {
    const { client, requests } = oss(
      { status: 200, headers: { 'x-oss-request-id': '566B6C0D8CDE4E975D730BEF', etag: '"0D9980D049C9256C927F8A46BC1BADCF"', 'x-oss-symlink-target': 'bcvzkwznomy' } },
      { endpoint: 'http://oss-cn-hangzhou.aliyuncs.com', addressing: 'virtual-host', signatureVersion: 'v1' },
    );
    expect(await client.getSymlink('ming-oss-share', 'sjbhlsgsbecvlpbf')).toEqual({ target: 'bcvzkwznomy' });
    expect(requests[0]!.headers.host).toBe('ming-oss-share.oss-cn-hangzhou.aliyuncs.com');
    expect(requests[0]!.path).toBe('/sjbhlsgsbecvlpbf?symlink');
    const auth = Object.entries(requests[0]!.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    expect(auth).toMatch(/^OSS ak:[A-Za-z0-9+/]+=*$/);
  });

  it('python SDK test_put_symlink: the target and both meta headers as recorded', async () => {
    const { client, requests } = oss({ status: 200, headers: { 'x-oss-request-id': '566B6C0D8CDE4E975D730BEF', etag: '"B070B9DEB1655BE905777D6DC856E6F1"' } }, { endpoint: 'http://oss-cn-hangzhou.aliyuncs.com', addressing: 'virtual-host', signatureVersion: 'v1' });
    expect(await client.putSymlink({ bucket: 'ming-oss-share', key: 'sjbhlsgsbecvlpbf', target: 'bcvzkwznomy', meta: { key1: 'value1', key2: 'value2' } })).toEqual({ etag: 'B070B9DEB1655BE905777D6DC856E6F1' });
    expect(requests[0]!.path).toBe('/sjbhlsgsbecvlpbf?symlink');
    expect(requests[0]!.headers).toMatchObject({ 'x-oss-symlink-target': 'bcvzkwznomy', 'x-oss-meta-key1': 'value1', 'x-oss-meta-key2': 'value2' });
  });
});

describe('OSS ListObjectsV2 (Go SDK v2 testMockListObjectsV2SuccessCases)', () => {
  const CASE_2 = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult>
<Name>examplebucket</Name>
    <Prefix>a/</Prefix>
    <MaxKeys>3</MaxKeys>
\t<StartAfter>b</StartAfter>
    <Delimiter>/</Delimiter>
    <EncodingType>url</EncodingType>
    <IsTruncated>false</IsTruncated>
  \t<Contents>
        <Key>a/b</Key>
        <LastModified>2020-05-18T05:45:47.000Z</LastModified>
        <ETag>"35A27C2B9EAEEB6F48FD7FB5861D****"</ETag>
\t\t<Type>Normal</Type>
        <Size>25</Size>
        <StorageClass>STANDARD</StorageClass>
\t\t<Owner>
            <ID>0022012****</ID>
            <DisplayName>user-example</DisplayName>
        </Owner>
\t</Contents>
  \t<Contents>
        <Key>a/b/c</Key>
        <LastModified>2020-06-22T11:42:32.000Z</LastModified>
        <ETag>"5B3C1A2E053D763E1B002CC607C5A0FE1****"</ETag>
        <Type>Normal</Type>
        <Size>344606</Size>
        <StorageClass>Standard</StorageClass>
        <Owner>
            <ID>0022012****</ID>
            <DisplayName>user-example</DisplayName>
        </Owner>
  </Contents>
\t<CommonPrefixes>
        <Prefix>a/b/</Prefix>
    </CommonPrefixes>
    <KeyCount>3</KeyCount>
</ListBucketResult>`;

  it('case 2: the query parameters we share with the SDK, and the parsed page', async () => {
    const { client, requests } = oss({ status: 200, headers: { 'content-type': 'application/xml' }, body: CASE_2 });
    const page = await client.listObjects({ bucket: 'bucket', prefix: 'a/', delimiter: '/', maxKeys: 3 });
    // Recorded: /bucket/?delimiter=%2F&encoding-type=url&fetch-owner=true&list-type=2&max-keys=3&prefix=a%2F&start-after=b
    // (we page with continuation tokens, not start-after, and need no owner). Storage classes are
    // read case-insensitively (protocol-notes.md) and kept upper-case.
    expect(sortedUrl(requests[0]!.path)).toBe('/bucket/?delimiter=%2F&encoding-type=url&list-type=2&max-keys=3&prefix=a%2F');
    expect(page.nextCursor).toBeUndefined();
    expect(page.folders.map((f) => f.key)).toEqual(['a/b/']);
    expect(page.objects).toEqual([
      { kind: 'object', key: 'a/b', size: 25, lastModified: '2020-05-18T05:45:47.000Z', etag: '35A27C2B9EAEEB6F48FD7FB5861D****', storageClass: 'STANDARD' },
      { kind: 'object', key: 'a/b/c', size: 344606, lastModified: '2020-06-22T11:42:32.000Z', etag: '5B3C1A2E053D763E1B002CC607C5A0FE1****', storageClass: 'STANDARD' },
    ]);
  });

  it('case 2 with its start-after: sent as recorded when a listing is opened at a key, dropped once a token pages on', async () => {
    const { client, requests } = oss({ status: 200, headers: { 'content-type': 'application/xml' }, body: CASE_2 });
    await client.listObjects({ bucket: 'bucket', prefix: 'a/', delimiter: '/', maxKeys: 3, startAfter: 'b' });
    expect(sortedUrl(requests[0]!.path)).toBe('/bucket/?delimiter=%2F&encoding-type=url&list-type=2&max-keys=3&prefix=a%2F&start-after=b');
    await client.listObjects({ bucket: 'bucket', prefix: 'a/', delimiter: '/', maxKeys: 3, startAfter: 'b', cursor: 'token' });
    expect(sortedUrl(requests[1]!.path)).toBe('/bucket/?continuation-token=token&delimiter=%2F&encoding-type=url&list-type=2&max-keys=3&prefix=a%2F');
  });

  it('error case: NoSuchBucket with its EC-bearing body', async () => {
    const e = await storageFailure(oss({ status: 404, headers: { 'x-oss-request-id': '5C3D9175B6FC201293AD****' }, body: GO_ERROR('NoSuchBucket', 'The specified bucket does not exist.', '5C3D9175B6FC201293AD****', '0015-00000101') }).client.listObjects({ bucket: 'bucket' }));
    expect([e.code, e.status, e.requestId]).toEqual(['NoSuchBucket', 404, '5C3D9175B6FC201293AD****']);
  });
});

describe('BOS PutSymlink options (bce-sdk-go services/bos/api/option.go)', () => {
  it('sends x-bce-forbid-overwrite "true" and x-bce-symlink-bucket like the SDK, on /v1/<bucket>/<key>?symlink', async () => {
    const stub = stubTransport(() => ({ status: 200, headers: { etag: '"e"' } }));
    await createBosClient(bosConfig, { transport: stub.transport }).putSymlink({ bucket: 'b', key: 'link', target: 'dir/t.txt', targetBucket: 'other', forbidOverwrite: true });
    const req = stub.requests[0]!;
    expect(req.path).toBe('/v1/b/link?symlink');
    expect(req.headers).toMatchObject({ 'x-bce-forbid-overwrite': 'true', 'x-bce-symlink-bucket': 'other', 'x-bce-symlink-target': 'dir/t.txt' });
  });
});

describe('BOS symlink mock cases (bce-sdk-go services/bos/api/object_test.go)', () => {
  const bos = (reply: StubReply) => {
    const stub = stubTransport(() => reply);
    return { client: createBosClient(bosConfig, { transport: stub.transport }), requests: stub.requests };
  };

  it('TestPutObjectSymlink case 6: forbid-overwrite, COLD, user meta and the symlink bucket as the SDK sets them', async () => {
    const { client, requests } = bos({ status: 200, headers: { etag: '"e"' } });
    await client.putSymlink({ bucket: 'test-bucket', key: 'symlink-key', target: 'test-object', forbidOverwrite: true, storageClass: 'COLD', meta: { key1: 'value1', key2: 'value2' }, targetBucket: 'symlink-bucket' });
    const req = requests[0]!;
    // The SDK sends /test-bucket/symlink-key?symlink= (URI_PREFIX "/" since it dropped /v1); BOS
    // serves both forms (protocol-notes.md), we send the documented /v1 one.
    expect([req.method, req.path]).toEqual(['PUT', '/v1/test-bucket/symlink-key?symlink']);
    expect(req.headers).toMatchObject({
      'x-bce-forbid-overwrite': 'true',
      'x-bce-storage-class': 'COLD',
      'x-bce-meta-key1': 'value1',
      'x-bce-meta-key2': 'value2',
      'x-bce-symlink-bucket': 'symlink-bucket',
      'x-bce-symlink-target': 'test-object',
    });
  });

  it('TestGetObjectSymlink case 4 and 5: the target, and the target bucket of a cross-bucket link', async () => {
    expect(await bos({ status: 200, headers: { 'x-bce-symlink-target': 'target-object' } }).client.getSymlink('test-bucket', 'test-object')).toEqual({ target: 'target-object' });
    // The SDK folds the two into "bos://target-bucket/target-object"; we keep them apart.
    const cross = await bos({ status: 200, headers: { 'x-bce-symlink-target': 'target-object', 'x-bce-symlink-bucket': 'target-bucket' } }).client.getSymlink('test-bucket', 'test-object');
    expect(cross).toEqual({ target: 'target-object', targetBucket: 'target-bucket' });
  });

  it('TestGetObjectSymlink case 3: a bodiless 404 is a not-found error, never a target', async () => {
    const e = await storageFailure(bos({ status: 404 }).client.getSymlink('test-bucket', 'test-object'));
    expect([e.status, toAppError(e).code]).toEqual([404, 'NOT_FOUND']);
  });
});
