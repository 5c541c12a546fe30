// HeadObject exchanges recorded in the SDKs' mock tests, replayed through our OSS client (stub
// transport): our request must be the one the mock checks, our parse of the recorded answer right.
// Recorded headers go through the transports' own normalisation (lower-case names), as on the wire.
// Sources:
//  - aliyun/alibabacloud-oss-go-sdk-v2 @b3226d1 oss/client_mock_test.go:
//    testMockHeadObjectSuccessCases (line 6306), testMockHeadObjectErrorCases (line 6531)
//  - aliyun/aliyun-oss-python-sdk @eb329ec tests/test_mock_object.py: test_head (line 320),
//    test_object_exists_exception (line 414)
//  - baidubce/bce-sdk-go @6916310 services/bos/api/object_test.go: TestGetObjectMeta (line 549)
import { describe, expect, it } from 'vitest';
import { toAppError } from '../errors';
import { createBosClient } from './bos/client';
import { createOssClient } from './oss/client';
import { storageFailure } from './testing/storage-failure';
import { stubTransport } from './testing/stub-transport';
import { normalizeHeaders } from './transport';
import { type ClientConfig } from './types';

// The Go SDK's mock server: path-style requests to an IP endpoint, region cn-hangzhou.
const GO: ClientConfig = { provider: 'oss', endpoint: 'http://127.0.0.1:8080', region: 'cn-hangzhou', addressing: 'path', signatureVersion: 'v4', accessKeyId: 'ak', accessKeySecret: 'sk', maxRetries: 0 };
// The python SDK's bucket(): http://oss-cn-hangzhou.aliyuncs.com, bucket ming-oss-share, V1.
const PY: ClientConfig = { provider: 'oss', endpoint: 'http://oss-cn-hangzhou.aliyuncs.com', region: 'cn-hangzhou', addressing: 'virtual-host', signatureVersion: 'v1', accessKeyId: 'fake-access-key-id', accessKeySecret: 'fake-access-key-secret', maxRetries: 0 };

function replay(config: ClientConfig, status: number, recorded: Record<string, string>, now?: Date) {
  const stub = stubTransport(() => ({ status, headers: normalizeHeaders(recorded) }));
  const client = createOssClient({ ...config, ...(now && { now: () => now }) }, { transport: stub.transport });
  return { client, requests: stub.requests };
}

// testMockHeadObjectErrorCases: the x-oss-err values exactly as recorded (base64 XML).
const GO_NO_SUCH_KEY_ERR =
  'PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPEVycm9yPgogIDxDb2RlPk5vU3VjaEtleTwvQ29kZT4KICA8TWVzc2FnZT5UaGUgc3BlY2lmaWVkIGtleSBkb2VzIG5vdCBleGlzdC48L01lc3NhZ2U+CiAgPFJlcXVlc3RJZD42NTU2RTNBRUQxMUU1NTM5MzNDQ0RFREY8L1JlcXVlc3RJZD4KICA8SG9zdElkPmRlbW8td2Fsa2VyLTY5NjEub3NzLWNuLWhhbmd6aG91LmFsaXl1bmNzLmNvbTwvSG9zdElkPgogIDxLZXk+d2Fsa2VyMmFzZGFzZGFzZC50eHQ8L0tleT4KICA8RUM+MDAyNi0wMDAwMDAwMTwvRUM+CiAgPFJlY29tbWVuZERvYz5odHRwczovL2FwaS5hbGl5dW4uY29tL3Ryb3VibGVzaG9vdD9xPTAwMjYtMDAwMDAwMDE8L1JlY29tbWVuZERvYz4KPC9FcnJvcj4K';
const GO_INVALID_TARGET_ERR =
  'PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPEVycm9yPgogIDxDb2RlPkludmFsaWRUYXJnZXRUeXBlPC9Db2RlPgogIDxNZXNzYWdlPlRoZSBzeW1ib2xpYydzIHRhcmdldCBmaWxlIHR5cGUgaXMgaW52YWxpZDwvTWVzc2FnZT4KICA8UmVxdWVzdElkPjY1NTZGRjVCRDExRTU1MzYzNjg2MDdFODwvUmVxdWVzdElkPgogIDxIb3N0SWQ+ZGVtby13YWxrZXItNjk2MS5vc3MtY24taGFuZ3pob3UuYWxpeXVuY3MuY29tPC9Ib3N0SWQ+CiAgPEVDPjAwMjYtMDAwMDAwMTE8L0VDPgogIDxSZWNvbW1lbmREb2M+aHR0cHM6Ly9hcGkuYWxpeXVuLmNvbS90cm91Ymxlc2hvb3Q/cT0wMDI2LTAwMDAwMDExPC9SZWNvbW1lbmREb2M+CjwvRXJyb3I+Cg==';

describe('OSS HeadObject (Go SDK v2 testMockHeadObjectSuccessCases)', () => {
  it('case 1: HEAD /bucket/object; size, ETag, type, class, date and content type as recorded', async () => {
    const { client, requests } = replay(GO, 200, {
      'X-Oss-Request-Id': '6555A936CA31DC333143****',
      Date: 'Thu, 16 Nov 2023 05:31:34 GMT',
      'x-oss-object-type': 'Normal',
      'x-oss-storage-class': 'Archive',
      'Last-Modified': 'Fri, 24 Feb 2018 09:41:56 GMT',
      'Content-Length': '344606',
      'Content-Type': 'image/jpg',
      ETag: '"fba9dede5f27731c9771645a3986****"',
    });
    const head = await client.head('bucket', 'object');
    expect([requests[0]!.method, requests[0]!.path]).toEqual(['HEAD', '/bucket/object']);
    expect(head).toMatchObject({
      key: 'object',
      size: 344606,
      etag: 'fba9dede5f27731c9771645a3986****',
      lastModified: '2018-02-24T09:41:56.000Z',
      contentType: 'image/jpg',
      // Kept upper-case (HeadResult.storageClass), read case-insensitively.
      storageClass: 'ARCHIVE',
      objectType: 'Normal',
      meta: {},
    });
  });

  it('case 3: an Archive object with a restore under way is still a plain object', async () => {
    const { client } = replay(GO, 200, {
      'X-Oss-Request-Id': '534B371674E88A4D8906****',
      'Content-Type': 'image/jpg',
      'x-oss-object-type': 'Normal',
      'x-oss-restore': 'ongoing-request="true"',
      'x-oss-storage-class': 'Archive',
      'Last-Modified': 'Fri, 24 Feb 2023 09:41:59 GMT',
      'Content-Length': '481827',
      ETag: '"A082B659EF78733A5A042FA253B1****"',
    });
    expect(await client.head('bucket', 'object')).toMatchObject({ size: 481827, etag: 'A082B659EF78733A5A042FA253B1****', storageClass: 'ARCHIVE', objectType: 'Normal', lastModified: '2023-02-24T09:41:59.000Z' });
    expect(await client.objectType('bucket', 'object')).toBe('Normal');
  });
});

describe('OSS HeadObject errors (Go SDK v2 testMockHeadObjectErrorCases)', () => {
  const noSuchKey = { 'Content-Type': 'application/xml', 'x-oss-request-id': '6556E3AED11E553933CCDEDF', Date: 'Fri, 24 Feb 2017 03:15:40 GMT', 'x-oss-err': GO_NO_SUCH_KEY_ERR, 'x-oss-ec': '0026-00000001' };
  const invalidTarget = { 'Content-Type': 'application/xml', 'x-oss-request-id': '6556FF5BD11E5536368607E8', Date: 'Fri, 24 Feb 2017 03:15:40 GMT', 'x-oss-err': GO_INVALID_TARGET_ERR, 'x-oss-ec': '0026-00000011' };

  it('case 1: 404 with the code, message and request id from x-oss-err', async () => {
    const e = await storageFailure(replay(GO, 404, noSuchKey).client.head('bucket', 'object'));
    expect({ code: e.code, status: e.status, requestId: e.requestId, message: e.message }).toEqual({ code: 'NoSuchKey', status: 404, requestId: '6556E3AED11E553933CCDEDF', message: 'The specified key does not exist.' });
    expect(toAppError(e).code).toBe('NOT_FOUND');
    // A missing key is an answer to a type probe, not an error.
    expect(await replay(GO, 404, noSuchKey).client.objectType('bucket', 'object')).toBeNull();
  });

  it('case 3: 400 InvalidTargetType (a link to a link) as recorded; a type probe reads it as a link', async () => {
    const e = await storageFailure(replay(GO, 400, invalidTarget).client.head('bucket', 'object'));
    expect({ code: e.code, status: e.status, requestId: e.requestId, message: e.message }).toEqual({ code: 'InvalidTargetType', status: 400, requestId: '6556FF5BD11E5536368607E8', message: "The symbolic's target file type is invalid" });
    expect(toAppError(e).code).toBe('INVALID_TARGET');
    const probe = replay(GO, 400, invalidTarget);
    expect(await probe.client.objectType('bucket', 'object')).toBe('Symlink');
    expect(probe.requests).toHaveLength(1);
  });
});

describe('OSS HeadObject (python SDK tests/test_mock_object.py)', () => {
  it('test_head: HEAD /apbmntxqtvxjzini on the bucket host with the recorded date; the answer parsed', async () => {
    const { client, requests } = replay(
      PY,
      200,
      {
        Server: 'AliyunOSS',
        Date: 'Sat, 12 Dec 2015 00:35:55 GMT',
        'Content-Type': 'application/octet-stream',
        'Content-Length': '10',
        Connection: 'keep-alive',
        'x-oss-request-id': '566B6BEBD4C05B21E97261B0',
        'Accept-Ranges': 'bytes',
        ETag: '"0CF031A5EB9351746195B20B86FD3F68"',
        'Last-Modified': 'Sat, 12 Dec 2015 00:35:54 GMT',
        'x-oss-object-type': 'Normal',
      },
      new Date('2015-12-12T00:35:55Z'),
    );
    const head = await client.head('ming-oss-share', 'apbmntxqtvxjzini');
    const req = requests[0]!;
    // Recorded request: "HEAD /apbmntxqtvxjzini", "Host: ming-oss-share.oss-cn-hangzhou.aliyuncs.com",
    // "date: Sat, 12 Dec 2015 00:35:55 GMT", "authorization: OSS <id>:<signature>".
    expect([req.method, req.path, req.headers.host]).toEqual(['HEAD', '/apbmntxqtvxjzini', 'ming-oss-share.oss-cn-hangzhou.aliyuncs.com']);
    const header = (name: string) => Object.entries(req.headers).find(([k]) => k.toLowerCase() === name)?.[1];
    expect(header('date')).toBe('Sat, 12 Dec 2015 00:35:55 GMT');
    expect(header('authorization')).toMatch(/^OSS fake-access-key-id:[A-Za-z0-9+/]{27}=$/);
    // Recorded assertions: content_length 10, object_type Normal, content_type, etag,
    // last_modified 1449880554 (= 2015-12-12T00:35:54Z).
    expect(head).toMatchObject({ size: 10, objectType: 'Normal', contentType: 'application/octet-stream', etag: '0CF031A5EB9351746195B20B86FD3F68', lastModified: new Date(1449880554 * 1000).toISOString() });
  });

  it('test_object_exists_exception: a bodiless 404 whose x-oss-err says NoSuchBucket is an error, not a missing key', async () => {
    // The recorded x-oss-err (base64 of <Code>NoSuchBucket</Code>...), CRLF line ends and all.
    const xOssErr =
      'PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4NCjxFcnJvcj4NCiAgPENvZGU+Tm9TdWNoQnVja2V0PC9Db2RlPg0KICA8TWVzc2FnZT5UaGUgc3BlY2lmaWVkIGJ1Y2tldCBkb2VzIG5vdCBleGlzdC48L01lc3NhZ2U+DQogIDxSZXF1ZXN0SWQ+NTY2QjZDM0Q2MDg2NTA1QTBDRkYwRjY4PC9SZXF1ZXN0SWQ+DQogIDxIb3N0SWQ+bWluZy1vc3Mtc2hhcmUub3NzLWNuLWhhbmd6aG91LmFsaXl1bmNzLmNvbTwvSG9zdElkPg0KICA8QnVja2V0Pm1pbmctb3NzLXNoYXJlPC9CdWNrZXQ+DQo8L0Vycm9yPg==';
    const recorded = { Server: 'AliyunOSS', 'Content-Type': 'application/xml', 'x-oss-request-id': '566B6C3D6086505A0CFF0F68', 'x-oss-err': xOssErr };
    const e = await storageFailure(replay(PY, 404, recorded).client.objectType('ming-oss-share', 'sbowspxjhmccpmesjqcwagfw'));
    expect([e.code, e.status, e.requestId]).toEqual(['NoSuchBucket', 404, '566B6C3D6086505A0CFF0F68']);
  });
});

describe('BOS HeadObject (bce-sdk-go TestGetObjectMeta)', () => {
  it('case 1: the headers as the mock sets them (canonical case) parsed; case 4: a bodiless 404', async () => {
    const recorded = {
      'X-Bce-Version-Id': 'AKyQ9DRhhoY=',
      'Cache-Control': 'private',
      'Content-Disposition': 'attachment; filename="download.txt"',
      'Content-Length': '1234567',
      'Content-Type': 'application/octet-stream',
      'X-Bce-Meta-Key1': 'Value1',
      'X-Bce-Meta-Key2': 'Value2',
      'X-Bce-Storage-Class': 'ARCHIVE',
      'Content-Md5': 'Zh+ACfqOVqnQ6UoKZEOX1w==',
      'Last-Modified': 'Wed, 17 Dec 2025 06:25:34 GMT',
      'X-Bce-Content-Crc32': '1922069637',
    };
    const config: ClientConfig = { provider: 'bos', endpoint: 'http://127.0.0.1:8081', region: 'bj', addressing: 'path', accessKeyId: 'ak', accessKeySecret: 'sk', maxRetries: 0 };
    const stub = stubTransport(() => ({ status: 200, headers: normalizeHeaders(recorded) }));
    const head = await createBosClient(config, { transport: stub.transport }).head('test-bucket', 'test-object');
    // The SDK's resource is /test-bucket/test-object; we send the documented /v1 form.
    expect([stub.requests[0]!.method, stub.requests[0]!.path]).toEqual(['HEAD', '/v1/test-bucket/test-object']);
    // Metadata names come lower-cased off the wire (BOS lower-cases them when stored).
    expect(head).toMatchObject({ size: 1234567, contentType: 'application/octet-stream', storageClass: 'ARCHIVE', lastModified: '2025-12-17T06:25:34.000Z', objectType: 'Normal', meta: { key1: 'Value1', key2: 'Value2' } });
    const missing = stubTransport(() => ({ status: 404 }));
    const e = await storageFailure(createBosClient(config, { transport: missing.transport }).head('test-bucket', 'test-object'));
    expect([e.status, toAppError(e).code]).toEqual([404, 'NOT_FOUND']);
  });
});
