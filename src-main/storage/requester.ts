// The part both provider clients share: resolve the target, sign with the provider's signer on
// every attempt, send through the one HTTP client, and turn body-parse failures into
// InvalidResponse. Also the shared keep-alive transport.
import { type Readable } from 'node:stream';
import { SigningClock } from './clock';
import { buildQueryString } from './encoding';
import { type EndpointConfig, type RequestTarget, resolveTarget } from './endpoints';
import { StorageError, invalidResponse } from './errors';
import { type ErrorResponse, type HttpClient, createHttpClient } from './http';
import { type Transport, type TransportResponse, createUndiciTransport, readBody } from './transport';
import { type ClientConfig, type Provider } from './types';

/** Test seams; production uses the shared undici transport and real timers. */
export interface ClientDeps {
  transport?: Transport;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Loose on purpose (providers differ); it only keeps `/`, `?`, spaces etc. out of paths and hosts. */
const BUCKET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

let shared: ReturnType<typeof createUndiciTransport> | undefined;
let override: Transport | undefined;

/** One keep-alive connection pool for every client of the process (or the injected wire, see below). */
export function sharedTransport(): Transport {
  if (override) return override;
  shared ??= createUndiciTransport();
  return shared.transport;
}

/** The app's wire for every later client: Electron's net.fetch transport; undefined restores undici. */
export function useSharedTransport(transport: Transport | undefined): void {
  override = transport;
}

/** Closes the shared pool (app shutdown, test teardown). A later request opens a new one. */
export async function closeSharedTransport(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.close();
}

/** Past the STS expiry (an unparsable date counts as unknown: not expired). */
export function tokenExpired(expiresAt: string | undefined, now: Date): boolean {
  if (!expiresAt) return false;
  const t = Date.parse(expiresAt);
  return Number.isFinite(t) && t <= now.getTime();
}

export interface ProviderRequest {
  method: string;
  bucket?: string;
  key?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A Buffer is replayed on retry; a function is called per attempt (re-creatable stream); a bare stream gets one attempt. */
  body?: Buffer | Readable | (() => Readable);
  signal?: AbortSignal;
}

/** What a signer needs: the request as sent (target path, Host) plus bucket/key for canonical resources. */
export interface SignerInput {
  method: string;
  bucket?: string;
  key?: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  target: RequestTarget;
}

export type RequestSigner = (req: SignerInput, now: Date) => Record<string, string>;

export interface Requester {
  readonly clock: SigningClock;
  /** `answer`: error answers to resolve with instead of throwing (see SendOptions.answer). */
  send<T>(req: ProviderRequest, consume: (res: TransportResponse) => Promise<T>, answer?: (error: StorageError) => T | undefined): Promise<T>;
  /** Drains a response and returns its headers (PUT/DELETE answers). */
  headersOf(res: TransportResponse): Promise<Record<string, string>>;
  /** Reads a 2xx body as text and parses it; a parser throw becomes InvalidResponse. */
  parseBody<T>(res: TransportResponse, parse: (text: string) => T): Promise<T>;
  /** Parses a body already read; a parser throw becomes InvalidResponse. */
  parseText<T>(text: string, res: TransportResponse, parse: (text: string) => T): T;
  invalid(detail: string, res?: TransportResponse, cause?: unknown): StorageError;
}

export function createRequester(
  config: ClientConfig,
  sign: RequestSigner,
  parseError: (res: ErrorResponse) => StorageError,
  deps: ClientDeps = {},
): Requester {
  const provider: Provider = config.provider;
  const endpoint: EndpointConfig = config;
  const clock = new SigningClock(config.now);
  const http: HttpClient = createHttpClient({
    provider,
    transport: deps.transport ?? sharedTransport(),
    clock,
    parseError,
    timeoutMs: config.timeoutMs,
    retry: config.maxRetries === undefined ? {} : { maxRetries: config.maxRetries },
    sleep: deps.sleep,
    random: deps.random,
  });
  const requestIdHeader = provider === 'oss' ? 'x-oss-request-id' : 'x-bce-request-id';
  const invalid = (detail: string, res?: TransportResponse, cause?: unknown): StorageError =>
    invalidResponse(provider, detail, { status: res?.status, requestId: res?.headers[requestIdHeader], cause });

  const parseText = <T>(text: string, res: TransportResponse, parse: (text: string) => T): T => {
    try {
      return parse(text);
    } catch (e) {
      throw invalid(e instanceof Error ? e.message : String(e), res, e);
    }
  };

  const refuse = (message: string) => Promise.reject(new StorageError({ code: 'InvalidArgument', status: 0, provider, message }));

  return {
    clock,
    invalid,
    send(req, consume, answer) {
      // An empty key would address the bucket itself (DELETE /bucket/ deletes the bucket!).
      if (req.key === '') return refuse('An object key must not be empty');
      if (req.bucket !== undefined && !BUCKET_NAME.test(req.bucket)) return refuse(`Invalid bucket name: ${JSON.stringify(req.bucket)}`);
      if (config.securityToken && tokenExpired(config.securityTokenExpiresAt, clock.now())) {
        return Promise.reject(new StorageError({ code: 'SecurityTokenExpired', status: 0, provider, message: `The security token expired at ${config.securityTokenExpiresAt}` }));
      }
      const body = req.body;
      const replayable = !(body !== undefined && typeof body !== 'function' && !Buffer.isBuffer(body));
      const sent = http.send({
        signal: req.signal,
        replayable,
        consume,
        ...(answer && { answer }),
        build: (now) => {
          const target = resolveTarget(endpoint, req.bucket, req.key);
          const query = req.query ?? {};
          const headers: Record<string, string> = { host: target.host, ...req.headers };
          const qs = buildQueryString(query);
          return {
            method: req.method,
            origin: target.origin,
            path: qs ? `${target.path}?${qs}` : target.path,
            headers: sign({ method: req.method, bucket: req.bucket, key: req.key, query, headers, target }, now),
            body: typeof body === 'function' ? body() : body,
          };
        },
      });
      // The bucket travels with the error, so "add a custom domain" knows which bucket to bind.
      return sent.catch((e: unknown) => {
        if (e instanceof StorageError && req.bucket !== undefined) e.bucket ??= req.bucket;
        throw e;
      });
    },
    async headersOf(res) {
      await readBody(res.body);
      return res.headers;
    },
    async parseBody(res, parse) {
      return parseText((await readBody(res.body)).toString('utf8'), res, parse);
    },
    parseText,
  };
}
