// The request pipeline OSS and BOS share: resolve bucket/key from host + path, let the
// provider authenticate, build the handler context, pick the route or answer 405. The
// providers pass in their handler modules, addressing rule and signature check.
import { resolveAddress, strictDecode, type Address } from './decode';
import { EmulatorError, badRequest, forbidden } from './errors';
import { validateKey } from './object-ops';
import type { EmuRequest, EmuResponse } from './http-types';
import { pickRoute, type Routes } from './routing';
import type { ProviderCtx } from './shared-handlers';
import { checkAnonymousWrite, requireBucket } from './object-ops';
import type { EndpointRules, Provider, Store } from './store';

export type ProviderHandler = (c: ProviderCtx) => EmuResponse | Promise<EmuResponse>;

/** The handler modules each provider exports under the same names. */
export interface ProviderHandlers {
  buckets: Record<'listBuckets' | 'headBucket' | 'putBucket' | 'deleteBucket' | 'getBucketAcl' | 'putBucketAcl', ProviderHandler>;
  objects: Record<'getOrHeadObject' | 'putObject' | 'copyObject' | 'deleteObject' | 'getObjectAcl' | 'putObjectAcl' | 'deleteMultiple', ProviderHandler>;
  multipart: Record<'initiate' | 'putPart' | 'complete' | 'abort' | 'listParts', ProviderHandler>;
  listObjects: ProviderHandler;
  getSymlink: ProviderHandler;
  putSymlink: ProviderHandler;
  /** Provider-specific bucket GET sub-resources, checked in order. */
  extraBucketGets: [subResource: string, handler: ProviderHandler][];
  /** `x-oss-copy-source` or `x-bce-copy-source`. */
  copySourceHeader: string;
}

export function providerRoutes(h: ProviderHandlers): Routes<ProviderHandler> {
  const { buckets: b, objects: o, multipart: mp } = h;
  return {
    listBuckets: b.listBuckets,
    bucket: {
      list: h.listObjects,
      head: b.headBucket,
      create: b.putBucket,
      remove: b.deleteBucket,
      getAcl: b.getBucketAcl,
      putAcl: b.putBucketAcl,
      deleteMultiple: o.deleteMultiple,
      extraGets: h.extraBucketGets,
    },
    object: {
      get: o.getOrHeadObject,
      put: o.putObject,
      copy: o.copyObject,
      remove: o.deleteObject,
      getAcl: o.getObjectAcl,
      putAcl: o.putObjectAcl,
      getSymlink: h.getSymlink,
      putSymlink: h.putSymlink,
      initiate: mp.initiate,
      uploadPart: mp.putPart,
      complete: mp.complete,
      abort: mp.abort,
      listParts: mp.listParts,
    },
    copySourceHeader: h.copySourceHeader,
  };
}

export interface ProviderPipeline {
  provider: Provider;
  store: Store;
  region: string;
  routes: Routes<ProviderHandler>;
  /** The path to address by (BOS strips its `/v1` prefix first). */
  addressPath(rawPath: string): string;
  /** True for a service endpoint host, which names no bucket. */
  isRegionalEndpoint(hostname: string): boolean;
  /** Verifies the request's signature (throwing on a bad one); returns true if it is anonymous. */
  authenticate(req: EmuRequest, addr: Address): boolean;
}

const TOKEN_NAMES = ['x-oss-security-token', 'x-bce-security-token'];

/** STS: a token must be one we issued and not expired (checked after the signature, as the services do). */
function checkSecurityToken(req: EmuRequest, rules: EndpointRules): void {
  const fromQuery = req.query.find((q) => q.key === 'security-token' || TOKEN_NAMES.includes(q.key))?.value;
  const token = TOKEN_NAMES.map((n) => req.headers[n]).find((v) => v !== undefined) ?? fromQuery;
  if (token === undefined) return;
  const expires = rules.tokens.get(token);
  if (expires === undefined) throw forbidden('InvalidSecurityToken', 'The security token you provided is invalid.');
  if (expires <= Date.now()) throw forbidden('SecurityTokenExpired', 'The security token you provided has expired.');
}

/** Bucket and key of a request to a bound custom domain: the path is the key, no bucket in it. */
function domainAddress(req: EmuRequest, path: string, rules: EndpointRules): Address | undefined {
  const hostname = req.host.replace(/:\d+$/, '').toLowerCase();
  const bucket = rules.domains.get(hostname);
  if (bucket === undefined) return undefined;
  const rest = path.replace(/^\//, '');
  if (!rest) return { bucket };
  const key = strictDecode(rest);
  validateKey(key);
  return { bucket, key };
}

function declaresBody(req: EmuRequest): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? '0') > 0;
}

/** Addressing, signature, STS token and route from the headers alone; the step it returns runs the handler. */
export function prepareProviderRequest(req: EmuRequest, p: ProviderPipeline): () => EmuResponse | Promise<EmuResponse> {
  const viaDomain = domainAddress(req, req.rawPath, p.store.rules);
  const addr = viaDomain ?? resolveAddress(req.host, p.addressPath(req.rawPath), p.isRegionalEndpoint);
  // Data calls (object operations and listings) on a domain-only bucket need its custom domain.
  // OSS only (EC 0048-00000401): BOS serves data calls through its default endpoints, custom
  // domain or not (cloud.baidu.com/doc/BOS/s/Ck1rk80hn "Get Access Domain Name").
  const dataCall = addr.key !== undefined || (req.method === 'GET' && !req.query.some((q) => q.bare));
  if (p.provider === 'oss' && !viaDomain && addr.bucket !== undefined && dataCall && p.store.rules.domainOnly.has(addr.bucket)) {
    throw badRequest('PublicEndpointForbidden', 'This request is forbidden through the public endpoint; use a custom domain (CNAME) bound to the bucket.');
  }
  const anonymous = p.authenticate(req, addr);
  if (!anonymous) checkSecurityToken(req, p.store.rules);
  // An anonymous upload is refused before its body is read too, unless the bucket takes them.
  if (anonymous && declaresBody(req) && (req.method === 'PUT' || req.method === 'POST')) {
    checkAnonymousWrite(true, requireBucket(p.store, addr.bucket, p.provider));
  }
  const ctx: ProviderCtx = { store: p.store, req, bucket: addr.bucket, key: addr.key, anonymous, region: p.region };
  const handler = pickRoute(req, ctx.bucket, ctx.key, p.routes);
  if (!handler) throw new EmulatorError(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  return () => handler(ctx);
}
