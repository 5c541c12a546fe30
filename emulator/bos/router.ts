// BOS request routing: `/v1/bucket/key`, `/bucket/key` and virtual-hosted addressing,
// bce-auth-v1, dispatch, and JSON error rendering.
import crypto from 'node:crypto';
import { EmulatorError } from '../errors';
import { type Credentials, type EmuRequest, type EmuResponse, type ProviderRouter } from '../http-types';
import { prepareProviderRequest, providerRoutes } from '../shared-router';
import type { Store } from '../store';
import { hasBceAuth, verifyBce } from './auth';
import * as buckets from './buckets';
import { listObjects } from './list';
import * as mp from './multipart';
import * as objects from './objects';
import { getBosSymlink, putBosSymlink } from './symlink';

/** `bj.bcebos.com` names no bucket; `<bucket>.bj.bcebos.com` does. */
const isRegionalEndpoint = (hostname: string): boolean => /^[^.]+\.bcebos\.com$/.test(hostname);

const ROUTES = providerRoutes({
  buckets,
  objects,
  multipart: mp,
  listObjects,
  getSymlink: getBosSymlink,
  putSymlink: putBosSymlink,
  extraBucketGets: [
    ['storageClass', buckets.getBucketStorageClass],
    ['uploads', mp.listUploads],
  ],
  copySourceHeader: 'x-bce-copy-source',
});

/** Strips the API version prefix of path-style requests (`/v1/bucket/key`). */
function stripVersion(path: string): string {
  return path === '/v1' ? '/' : path.startsWith('/v1/') ? path.slice(3) : path;
}

export function createBosRouter(store: Store, creds: Credentials, region: string): ProviderRouter {
  return {
    requestIdHeader: 'x-bce-request-id',
    newRequestId: () => crypto.randomUUID(),
    // BOS answers an overload with 503 ServiceUnavailable (its error table's code for
    // "Please reduce your request rate."; the same code the fault injection uses).
    overloaded: () => new EmulatorError(503, 'ServiceUnavailable', 'Please reduce your request rate.'),
    prepare(req: EmuRequest): () => EmuResponse | Promise<EmuResponse> {
      return prepareProviderRequest(req, {
        provider: 'bos',
        store,
        region,
        routes: ROUTES,
        addressPath: stripVersion,
        isRegionalEndpoint,
        authenticate(r, addr) {
          if (!hasBceAuth(r)) return true;
          verifyBce(r, { creds, region, now: Date.now(), bucket: addr.bucket, key: addr.key });
          return false;
        },
      });
    },
    renderError(err: EmulatorError, req: EmuRequest): EmuResponse {
      const headers: Record<string, string> = { ...err.headers, 'x-bce-error-code': err.code };
      if (req.method === 'HEAD') return { status: err.status, headers };
      const body = JSON.stringify({ code: err.code, message: err.message, requestId: req.requestId });
      return { status: err.status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }, body };
    },
  };
}
