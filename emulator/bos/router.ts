// BOS request routing: `/v1/bucket/key`, `/bucket/key` and virtual-hosted addressing,
// bce-auth-v1, dispatch, and JSON error rendering.
import crypto from 'node:crypto';
import { resolveAddress } from '../decode';
import { EmulatorError } from '../errors';
import { type Credentials, type EmuRequest, type EmuResponse, type ProviderRouter } from '../http-types';
import { pickRoute, type Routes } from '../routing';
import type { Store } from '../store';
import { hasBceAuth, verifyBce } from './auth';
import * as buckets from './buckets';
import type { BosCtx } from './common';
import { listObjects } from './list';
import * as mp from './multipart';
import * as objects from './objects';
import { getBosSymlink, putBosSymlink } from './symlink';

type Handler = (c: BosCtx) => EmuResponse;

/** `bj.bcebos.com` names no bucket; `<bucket>.bj.bcebos.com` does. */
const isRegionalEndpoint = (hostname: string): boolean => /^[^.]+\.bcebos\.com$/.test(hostname);

const ROUTES: Routes<Handler> = {
  listBuckets: buckets.listBuckets,
  bucket: {
    list: listObjects,
    head: buckets.headBucket,
    create: buckets.putBucket,
    remove: buckets.deleteBucket,
    getAcl: buckets.getBucketAcl,
    putAcl: buckets.putBucketAcl,
    deleteMultiple: objects.deleteMultiple,
    extraGets: [['storageClass', buckets.getBucketStorageClass]],
  },
  object: {
    get: objects.getOrHeadObject,
    put: objects.putObject,
    copy: objects.copyObject,
    remove: objects.deleteObject,
    getAcl: objects.getObjectAcl,
    putAcl: objects.putObjectAcl,
    getSymlink: getBosSymlink,
    putSymlink: putBosSymlink,
    initiate: mp.initiate,
    uploadPart: mp.putPart,
    complete: mp.complete,
    abort: mp.abort,
    listParts: mp.listParts,
  },
  copySourceHeader: 'x-bce-copy-source',
};

/** Strips the API version prefix of path-style requests (`/v1/bucket/key`). */
function stripVersion(path: string): string {
  return path === '/v1' ? '/' : path.startsWith('/v1/') ? path.slice(3) : path;
}

export function createBosRouter(store: Store, creds: Credentials, region: string): ProviderRouter {
  return {
    requestIdHeader: 'x-bce-request-id',
    newRequestId: () => crypto.randomUUID(),
    async handle(req: EmuRequest): Promise<EmuResponse> {
      const addr = resolveAddress(req.host, stripVersion(req.rawPath), isRegionalEndpoint);
      let anonymous = false;
      if (hasBceAuth(req)) verifyBce(req, { creds, region, now: Date.now(), bucket: addr.bucket, key: addr.key });
      else anonymous = true;
      const ctx: BosCtx = { store, req, bucket: addr.bucket, key: addr.key, anonymous, region };
      const handler = pickRoute(req, ctx.bucket, ctx.key, ROUTES);
      if (!handler) throw new EmulatorError(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
      return handler(ctx);
    },
    renderError(err: EmulatorError, req: EmuRequest): EmuResponse {
      const headers: Record<string, string> = { ...err.headers, 'x-bce-error-code': err.code };
      if (req.method === 'HEAD') return { status: err.status, headers };
      const body = JSON.stringify({ code: err.code, message: err.message, requestId: req.requestId });
      return { status: err.status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }, body };
    },
  };
}
