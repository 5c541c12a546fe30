// The request/response shapes the provider routers work with. Request bodies are read only when
// a handler asks (after every check the headers allow), as chunks or, for XML/JSON, whole.
import type { EmulatorError } from './errors';
import type { BodyStream } from './stored-body';

export interface RequestBody {
  /** Content-Length as sent; undefined for a chunked body. */
  readonly declaredLength: number | undefined;
  /** The whole body of an XML/JSON request: at most SMALL_BODY_LIMIT bytes, else 400 EntityTooLarge. */
  bytes(): Promise<Buffer>;
  /** The body's chunks as they arrive (object and part uploads); read once. */
  chunks(): AsyncIterable<Buffer>;
}

export interface QueryPair {
  key: string;
  value: string;
  /** True when the pair was sent as a bare key without '='. */
  bare: boolean;
}

export interface EmuRequest {
  method: string;
  /** Path exactly as sent, before '?'. */
  rawPath: string;
  rawQuery: string;
  /** Decoded query pairs in wire order. */
  query: QueryPair[];
  /** Lower-case names; repeated headers joined with ','. */
  headers: Record<string, string>;
  host: string;
  body: RequestBody;
  requestId: string;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string | BodyStream;
}

export interface ProviderRouter {
  /**
   * Everything that needs only the request line and headers (addressing, signature, route),
   * throwing at once on a bad signature; the returned step runs the handler, which reads
   * `req.body` only after its own checks. So a refused upload is answered before its body is read.
   */
  prepare(req: EmuRequest): () => EmuResponse | Promise<EmuResponse>;
  /** The provider's answer when too many requests are in flight (503, body left unread). */
  overloaded(): EmulatorError;
  /** Renders an error in the provider's format (XML, JSON, or headers only for HEAD). */
  renderError(err: EmulatorError, req: EmuRequest): EmuResponse;
  requestIdHeader: string;
  newRequestId(): string;
}

export function queryParam(req: EmuRequest, name: string): string | undefined {
  for (const p of req.query) if (p.key === name) return p.value;
  return undefined;
}

export function hasQuery(req: EmuRequest, name: string): boolean {
  return req.query.some((p) => p.key === name);
}

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
}

/** What a signature verifier needs to know about the request's target. */
export interface AuthTarget {
  creds: Credentials;
  region: string;
  now: number;
  bucket?: string;
  key?: string;
}
