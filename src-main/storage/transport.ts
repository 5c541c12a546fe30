// The wire: one keep-alive undici Agent per client. Tests replace the Transport with a stub.
import { type LookupFunction } from 'node:net';
import { type Readable } from 'node:stream';
import { Agent, EnvHttpProxyAgent } from 'undici';

export interface TransportRequest {
  method: string;
  /** scheme://host[:port] */
  origin: string;
  /** Already percent-encoded path plus query; sent as is (no URL normalisation of `..`). */
  path: string;
  headers: Record<string, string>;
  body?: Buffer | Readable;
  signal: AbortSignal;
  timeoutMs: number;
}

export interface TransportResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Readable;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

export function normalizeHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export interface UndiciTransportOptions {
  connections?: number;
  keepAliveTimeoutMs?: number;
  /** Custom name resolution (like an /etc/hosts entry), e.g. to reach a virtual-hosted emulator. */
  lookup?: LookupFunction;
  /** Proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY and their lower-case forms); process.env by default. */
  env?: Record<string, string | undefined>;
  /** Extra trusted CA certificates (PEM), e.g. a test's self-signed emulator certificate. */
  ca?: string | Buffer;
}

/** True when the environment names a proxy: then requests go through undici's EnvHttpProxyAgent. */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => (env[k] ?? '').trim() !== '');
}

function proxyOptions(env: Record<string, string | undefined>): { httpProxy?: string; httpsProxy?: string; noProxy?: string } {
  const first = (...keys: string[]) => keys.map((k) => env[k]?.trim()).find((v) => v);
  const httpProxy = first('http_proxy', 'HTTP_PROXY');
  const httpsProxy = first('https_proxy', 'HTTPS_PROXY') ?? httpProxy;
  // Loopback always goes direct: the embedded demo storage listens there, never behind a proxy.
  const noProxy = [first('no_proxy', 'NO_PROXY'), 'localhost', '127.0.0.1', '[::1]'].filter(Boolean).join(',');
  return { ...(httpProxy && { httpProxy }), ...(httpsProxy && { httpsProxy }), noProxy };
}

export function createUndiciTransport(options: UndiciTransportOptions = {}): {
  transport: Transport;
  close: () => Promise<void>;
} {
  const env = options.env ?? process.env;
  const connect = { ...(options.lookup && { lookup: options.lookup }), ...(options.ca !== undefined && { ca: options.ca }) };
  const base = {
    connections: options.connections ?? 16,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    ...(Object.keys(connect).length > 0 ? { connect } : {}),
  };
  // Plain Node (browser host, tests, CLI): honour the usual proxy variables, NO_PROXY included.
  // The Electron app sends through net.fetch instead (system proxy, PAC, OS certificates).
  const agent = proxyConfigured(env)
    ? new EnvHttpProxyAgent({ ...base, ...proxyOptions(env), ...(options.ca !== undefined && { requestTls: { ca: options.ca } }) })
    : new Agent(base);
  const transport: Transport = async (req) => {
    const res = await agent.request({
      origin: req.origin,
      path: req.path,
      method: req.method as 'GET',
      headers: req.headers,
      body: req.body,
      signal: req.signal,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
      // Without this undici sends HEAD (and other bodiless-answer requests) with
      // `connection: close`, so every request after a HEAD opened a new TCP (TLS) connection.
      reset: false,
    });
    return { status: res.statusCode, headers: normalizeHeaders(res.headers), body: res.body };
  };
  return { transport, close: () => agent.close() };
}

/** A buffered body beyond the caller's limit: the answer is not what we asked for. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

export async function readBody(body: Readable, limitBytes = 64 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > limitBytes) {
      body.destroy();
      throw new BodyTooLargeError(`response body larger than ${limitBytes} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
