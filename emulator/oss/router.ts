// OSS request routing: addressing, authentication, dispatch, and XML error rendering.
import crypto from 'node:crypto';
import { EmulatorError, type ErrorReason, forbidden } from '../errors';
import { type Credentials, type EmuRequest, type EmuResponse, type ProviderRouter } from '../http-types';
import { prepareProviderRequest, providerRoutes } from '../shared-router';
import type { Store } from '../store';
import { isV1Request, verifyV1 } from './auth-v1';
import { isV4Request, verifyV4 } from './auth-v4';
import * as buckets from './buckets';
import { listObjects } from './list';
import * as mp from './multipart';
import * as objects from './objects';
import { getOssSymlink, putOssSymlink } from './symlink';
import { XML_DECL, el } from './xml';

/** `oss-cn-hangzhou.aliyuncs.com` names no bucket; `<bucket>.oss-...` does. */
const isRegionalEndpoint = (hostname: string): boolean => hostname.startsWith('oss-');

const ROUTES = providerRoutes({
  buckets,
  objects,
  multipart: mp,
  listObjects,
  getSymlink: getOssSymlink,
  putSymlink: putOssSymlink,
  extraBucketGets: [
    ['bucketInfo', buckets.getBucketInfo],
    ['location', buckets.getBucketLocation],
    ['uploads', mp.listUploads],
  ],
  copySourceHeader: 'x-oss-copy-source',
});

// The EC each failure carries, as the OSS docs' EC pages and the SDKs' recorded answers give it.
const ERROR_EC: Record<string, string> = {
  // alibabacloud-oss-go-sdk-v2 @b3226d1 oss/client_integration_test.go TestGetObjectAcl and
  // TestPutSymlink (real service: NoSuchKey 0026-00000001, NoSuchBucket 0015-00000101).
  NoSuchKey: '0026-00000001',
  NoSuchBucket: '0015-00000101',
  // Go SDK v2 oss/client_mock_test.go line 291-295: SignatureDoesNotMatch with EC 0002-00000040.
  SignatureDoesNotMatch: '0002-00000040',
  // help.aliyun.com/en/oss/user-guide/0002-00000902: the AccessKeyId is unknown (0002-00000901
  // is for one with invalid characters, which the emulator never sees from a client).
  InvalidAccessKeyId: '0002-00000902',
  // help.aliyun.com/en/oss/user-guide/0002-00000504 (request time too far from the server's).
  RequestTimeTooSkewed: '0002-00000504',
  // alibabacloud.com/help/faq-detail/32005.htm: its sample 403 answer carries x-oss-ec 0003-00000001.
  AccessDenied: '0003-00000001',
  // help.aliyun.com/document_detail/600089.html: HEAD/GET through a link whose target is missing.
  SymlinkTargetNotExist: '0026-00000012',
  // alibabacloud-oss-go-sdk-v2 oss/client_mock_test.go (b3226d1) testMockHeadObjectErrorCases
  // and testMockGetObjectMetaErrorCases: 400 InvalidTargetType, x-oss-ec 0026-00000011.
  InvalidTargetType: '0026-00000011',
  // help.aliyun.com/zh/oss/support/0043-00000101: GetSymlink on an object that is not a link.
  NotSymlink: '0043-00000101',
  // help.aliyun.com/en/oss/user-guide/0048-00000401.
  PublicEndpointForbidden: '0048-00000401',
  // help.aliyun.com/en/oss/user-guide/0026-00000002: PutObject/CopyObject with
  // x-oss-forbid-overwrite: true onto an existing name, 409 FileAlreadyExists. (The older zh page
  // document_detail/600325 gives 0026-00000201 for the same case; the EC pages now list -02.)
  FileAlreadyExists: '0026-00000002',
  // alibabacloud.com/help/en/oss/support/0016-00000404: an Archive object read before restore.
  InvalidObjectState: '0016-00000404',
  // help.aliyun.com/en/oss/user-guide/0002-00000007 (STS credentials expired); a real answer with
  // Code SecurityTokenExpired and this EC is quoted in github.com/jxxghp/MoviePilot/issues/6295.
  SecurityTokenExpired: '0002-00000007',
  // help.aliyun.com/en/oss/user-guide/0002-00000008 (token does not match the STS credentials;
  // an older page, alibabacloud.com/help/en/oss/support/0002-00000006, describes the same case).
  InvalidSecurityToken: '0002-00000008',
};

// Causes that share a code (InvalidArgument) but not an EC.
const REASON_EC: Record<ErrorReason, string> = {
  // help.aliyun.com/en/oss/user-guide/0011-00000004: "x-oss-meta-my_key | No | Underscore not allowed".
  'meta-name': '0011-00000004',
  // help.aliyun.com/en/oss/user-guide/0011-00000002: all x-oss-meta-* names and values over 8 KB.
  'meta-size': '0011-00000002',
  // help.aliyun.com/zh/oss/user-guide/0017-00000279: x-oss-forbid-overwrite other than true/false.
  'forbid-overwrite-value': '0017-00000279',
};

export function createOssRouter(store: Store, creds: Credentials, region: string): ProviderRouter {
  return {
    requestIdHeader: 'x-oss-request-id',
    newRequestId: () => crypto.randomBytes(12).toString('hex').toUpperCase(),
    // OSS's 503 for too many concurrent requests: "ActiveRequestLimitExceeded", per
    // https://help.aliyun.com/zh/oss/support/http-status-code-503 (alibabacloud.com/help/doc-detail/185813.htm).
    overloaded: () => new EmulatorError(503, 'ActiveRequestLimitExceeded', 'Max active request limit is exceeded'),
    prepare(req: EmuRequest): () => EmuResponse | Promise<EmuResponse> {
      return prepareProviderRequest(req, {
        provider: 'oss',
        store,
        region,
        routes: ROUTES,
        addressPath: (rawPath) => rawPath,
        isRegionalEndpoint,
        authenticate(r, addr) {
          const target = { creds, region, now: Date.now(), bucket: addr.bucket, key: addr.key };
          if (isV4Request(r)) verifyV4(r, target);
          else if (isV1Request(r)) verifyV1(r, target);
          else if (r.headers.authorization !== undefined) throw forbidden('InvalidArgument', 'Unsupported Authorization type.');
          else return true;
          return false;
        },
      });
    },
    renderError(err: EmulatorError, req: EmuRequest): EmuResponse {
      // A handler that knows the precise EC of its failure names it in the x-oss-ec header.
      const ec = err.headers['x-oss-ec'] ?? (err.reason && REASON_EC[err.reason]) ?? ERROR_EC[err.code] ?? '0000-00000000';
      const xml =
        `${XML_DECL}<Error>${el('Code', err.code)}${el('Message', err.message)}${el('RequestId', req.requestId)}` +
        `${el('HostId', req.host || `oss-${region}.aliyuncs.com`)}${el('EC', ec)}` +
        // As the Go SDK v2 mock bodies record it (client_mock_test.go line 7228-7229).
        `${el('RecommendDoc', `https://api.aliyun.com/troubleshoot?q=${ec}`)}</Error>`;
      const headers: Record<string, string> = { ...err.headers, 'x-oss-ec': ec };
      if (req.method === 'HEAD') {
        headers['x-oss-err'] = Buffer.from(xml).toString('base64');
        return { status: err.status, headers };
      }
      return { status: err.status, headers: { ...headers, 'content-type': 'application/xml' }, body: xml };
    },
  };
}
