// The request/response shapes the provider routers work with (bodies fully buffered).
import type { EmulatorError } from './errors';

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
  body: Buffer;
  requestId: string;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

export interface ProviderRouter {
  /**
   * Everything that needs only the request line and headers (addressing, signature, route),
   * throwing at once on a bad signature; the returned step runs the handler once `req.body` is
   * read. So an unauthenticated upload is refused before a byte of its body is buffered.
   */
  prepare(req: EmuRequest): () => EmuResponse;
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
