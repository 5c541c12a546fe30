// The S3-style dispatch both providers share: which operation a method + sub-resource
// query + target (service, bucket, object) names. Each router supplies its handlers.
import { hasQuery, type EmuRequest } from './http-types';

export interface BucketRoutes<H> {
  list: H;
  head: H;
  create: H;
  remove: H;
  getAcl: H;
  putAcl: H;
  deleteMultiple: H;
  /** Provider-specific GET sub-resources (e.g. OSS bucketInfo, BOS storageClass). */
  extraGets: [subResource: string, handler: H][];
}

export interface ObjectRoutes<H> {
  get: H;
  put: H;
  copy: H;
  remove: H;
  getAcl: H;
  putAcl: H;
  getSymlink: H;
  putSymlink: H;
  initiate: H;
  uploadPart: H;
  complete: H;
  abort: H;
  listParts: H;
}

export interface Routes<H> {
  listBuckets: H;
  bucket: BucketRoutes<H>;
  object: ObjectRoutes<H>;
  /** `x-oss-copy-source` or `x-bce-copy-source`. */
  copySourceHeader: string;
}

export function pickRoute<H>(req: EmuRequest, bucket: string | undefined, key: string | undefined, r: Routes<H>): H | undefined {
  const q = (name: string): boolean => hasQuery(req, name);
  const m = req.method;
  if (bucket === undefined) return m === 'GET' ? r.listBuckets : undefined;
  if (key === undefined) return pickBucketRoute(m, q, r.bucket);
  const o = r.object;
  switch (m) {
    case 'GET':
      return q('symlink') ? o.getSymlink : q('acl') ? o.getAcl : q('uploadId') ? o.listParts : o.get;
    case 'HEAD':
      return o.get;
    case 'PUT':
      if (q('symlink')) return o.putSymlink;
      if (q('acl')) return o.putAcl;
      if (q('uploadId')) return o.uploadPart;
      return req.headers[r.copySourceHeader] !== undefined ? o.copy : o.put;
    case 'DELETE':
      return q('uploadId') ? o.abort : o.remove;
    case 'POST':
      return q('uploads') ? o.initiate : q('uploadId') ? o.complete : undefined;
  }
  return undefined;
}

function pickBucketRoute<H>(method: string, q: (name: string) => boolean, b: BucketRoutes<H>): H | undefined {
  switch (method) {
    case 'GET':
      for (const [sub, handler] of b.extraGets) if (q(sub)) return handler;
      return q('acl') ? b.getAcl : b.list;
    case 'HEAD':
      return b.head;
    case 'PUT':
      return q('acl') ? b.putAcl : b.create;
    case 'DELETE':
      return b.remove;
    case 'POST':
      return q('delete') ? b.deleteMultiple : undefined;
  }
  return undefined;
}
