// BOS request routing: `/v1/bucket/key`, `/bucket/key` and virtual-hosted addressing,
// bce-auth-v1, dispatch, and JSON error rendering.
import crypto from 'node:crypto';
import { resolveAddress } from '../decode';
import { EmulatorError } from '../errors';
import { hasQuery, type Credentials, type EmuRequest, type EmuResponse, type ProviderRouter } from '../http-types';
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

function pickHandler(c: BosCtx): Handler | undefined {
  const { method } = c.req;
  const q = (name: string): boolean => hasQuery(c.req, name);
  if (c.bucket === undefined) return method === 'GET' ? buckets.listBuckets : undefined;
  if (c.key === undefined) {
    switch (method) {
      case 'GET':
        if (q('acl')) return buckets.getBucketAcl;
        if (q('storageClass')) return buckets.getBucketStorageClass;
        return listObjects;
      case 'HEAD':
        return buckets.headBucket;
      case 'PUT':
        return q('acl') ? buckets.putBucketAcl : buckets.putBucket;
      case 'DELETE':
        return buckets.deleteBucket;
      case 'POST':
        return q('delete') ? objects.deleteMultiple : undefined;
    }
    return undefined;
  }
  switch (method) {
    case 'GET':
      if (q('symlink')) return getBosSymlink;
      if (q('acl')) return objects.getObjectAcl;
      if (q('uploadId')) return mp.listParts;
      return objects.getOrHeadObject;
    case 'HEAD':
      return objects.getOrHeadObject;
    case 'PUT':
      if (q('symlink')) return putBosSymlink;
      if (q('acl')) return objects.putObjectAcl;
      if (q('uploadId')) return mp.putPart;
      if (c.req.headers['x-bce-copy-source'] !== undefined) return objects.copyObject;
      return objects.putObject;
    case 'DELETE':
      return q('uploadId') ? mp.abort : objects.deleteObject;
    case 'POST':
      if (q('uploads')) return mp.initiate;
      if (q('uploadId')) return mp.complete;
      return undefined;
  }
  return undefined;
}

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
      const handler = pickHandler(ctx);
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
