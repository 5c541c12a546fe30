// OSS request routing: addressing, authentication, dispatch, and XML error rendering.
import crypto from 'node:crypto';
import { EmulatorError, forbidden } from '../errors';
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

const ERROR_EC: Record<string, string> = {
  NoSuchKey: '0026-00000001',
  NoSuchBucket: '0015-00000101',
  SignatureDoesNotMatch: '0002-00000040',
  InvalidAccessKeyId: '0002-00000901',
  RequestTimeTooSkewed: '0002-00000504',
  AccessDenied: '0003-00000001',
  // help.aliyun.com/document_detail/600089.html (0026-00000012: the link's target does not
  // exist), help.aliyun.com/zh/oss/support/0043-00000101 (GetSymlink on a non-link).
  SymlinkTargetNotExist: '0026-00000012',
  InvalidTargetType: '0026-00000011',
  NotSymlink: '0043-00000101',
  PublicEndpointForbidden: '0048-00000401',
  FileAlreadyExists: '0026-00000015',
  InvalidObjectState: '0016-00000404',
};

export function createOssRouter(store: Store, creds: Credentials, region: string): ProviderRouter {
  return {
    requestIdHeader: 'x-oss-request-id',
    newRequestId: () => crypto.randomBytes(12).toString('hex').toUpperCase(),
    // OSS's 503 for too many concurrent requests: "ActiveRequestLimitExceeded", per
    // https://help.aliyun.com/zh/oss/support/http-status-code-503 (alibabacloud.com/help/doc-detail/185813.htm).
    overloaded: () => new EmulatorError(503, 'ActiveRequestLimitExceeded', 'Max active request limit is exceeded'),
    prepare(req: EmuRequest): () => EmuResponse {
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
      const ec = err.headers['x-oss-ec'] ?? ERROR_EC[err.code] ?? '0000-00000000';
      const xml =
        `${XML_DECL}<Error>${el('Code', err.code)}${el('Message', err.message)}${el('RequestId', req.requestId)}` +
        `${el('HostId', req.host || `oss-${region}.aliyuncs.com`)}${el('EC', ec)}</Error>`;
      const headers: Record<string, string> = { ...err.headers, 'x-oss-ec': ec };
      if (req.method === 'HEAD') {
        headers['x-oss-err'] = Buffer.from(xml).toString('base64');
        return { status: err.status, headers };
      }
      return { status: err.status, headers: { ...headers, 'content-type': 'application/xml' }, body: xml };
    },
  };
}
