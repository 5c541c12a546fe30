// One request function for every provider: per-attempt signing, timeout, cancellation and the
// retry policy of retry.ts. Request bodies that are streams can only be retried when the caller
// re-creates them in `build` (a Buffer/string body is replayed as is); pass `replayable: false`
// for a one-shot stream and the request gets exactly one attempt.
// Response bodies: `consume` runs inside the attempt, so a connection dropped while a buffered
// or parsed body is read is retried; a stream handed back to the caller (GET) is not.
import { type Readable } from 'node:stream';
import { StorageError, abortedError, invalidResponse } from './errors';
import { type SigningClock } from './clock';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, backoffDelayMs, isClockSkew, isRetryable } from './retry';
import { BodyTooLargeError, type Transport, type TransportResponse, readBody } from './transport';
import { type Provider } from './types';

/** A signed request, built anew for every attempt. */
export interface HttpRequest {
  method: string;
  origin: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | Readable;
}

/** What a provider's error parser receives for a non-2xx answer. */
export interface ErrorResponse {
  method: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface SendOptions<T> {
  /** Signs with the clock's current (skew-corrected) time. Called once per attempt. */
  build: (now: Date) => HttpRequest;
  /** Reads a 2xx response. Throwing a StorageError keeps its code; other throws count as network errors. */
  consume: (res: TransportResponse) => Promise<T>;
  signal?: AbortSignal;
  /** False for a one-shot request body stream: no retry. */
  replayable?: boolean;
  /** Error answers that are answers, not failures (a 404 on a probe): return the value to resolve
   * with, or undefined to fail as usual. Such an error is built but never thrown. */
  answer?: (error: StorageError) => T | undefined;
}

export interface HttpClientOptions {
  provider: Provider;
  transport: Transport;
  clock: SigningClock;
  parseError: (res: ErrorResponse) => StorageError;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface HttpClient {
  send<T>(options: SendOptions<T>): Promise<T>;
}

const ERROR_BODY_LIMIT = 1024 * 1024;

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** Certificate and TLS failures (Node's OpenSSL codes, Chromium's net::ERR_CERT_* / ERR_SSL_*). */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_REVOKED', 'CERT_UNTRUSTED',
  'ERR_SSL_WRONG_VERSION_NUMBER', 'EPROTO',
]);
export function isTlsErrorCode(code: string): boolean {
  return TLS_CODES.has(code) || /^ERR_(CERT|SSL)_/.test(code);
}

/** A TLS code anywhere along the cause chain, else the first code on it (fetch wraps the socket's error). */
function deepErrorCode(e: unknown): string {
  let first = '';
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const code = errorCode(cur);
    if (isTlsErrorCode(code)) return code;
    first ||= code;
    cur = typeof cur === 'object' ? (cur as { cause?: unknown }).cause : undefined;
  }
  return first;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const sleep = options.sleep ?? abortableSleep;
  const { provider } = options;
  const final = new WeakSet<StorageError>();

  const classify = (e: unknown, signal: AbortSignal | undefined, timedOut: boolean): StorageError => {
    if (e instanceof StorageError) return e;
    if (e instanceof BodyTooLargeError) return invalidResponse(provider, e.message, { cause: e });
    if (signal?.aborted) return abortedError(provider, e);
    const code = deepErrorCode(e);
    if (isTlsErrorCode(code)) {
      // Not transient: the same certificate fails the same way on every retry.
      const detail = e instanceof Error ? e.message : String(e);
      return new StorageError({ code: 'TlsError', status: 0, provider, message: `TLS error: ${code} ${detail}`, cause: e });
    }
    if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_CHAR') {
      // e.g. a header value with a line break: the request can never be sent, so it is not retried.
      return new StorageError({ code: 'InvalidArgument', status: 0, provider, message: e instanceof Error ? e.message : String(e), cause: e });
    }
    if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new StorageError({ code: 'Timeout', status: 0, provider, message: `No answer within ${timeoutMs} ms`, cause: e });
    }
    const detail = e instanceof Error ? e.message : String(e);
    // Socket, DNS and stream failures carry a code (ECONNRESET, UND_ERR_SOCKET, ...). A codeless
    // throw comes from reading an answer we did not expect: final, never retried as "network".
    if (!code) return invalidResponse(provider, detail, { cause: e });
    return new StorageError({ code: 'NetworkError', status: 0, provider, message: `Network error: ${code} ${detail}`, cause: e });
  };

  async function attempt<T>(opts: SendOptions<T>): Promise<T> {
    const timer = new AbortController();
    let timedOut = false;
    const handle = setTimeout(() => {
      timedOut = true;
      timer.abort(new Error('timeout'));
    }, timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
    try {
      const req = opts.build(options.clock.now());
      const res = await options.transport({ ...req, signal, timeoutMs });
      if (res.status >= 200 && res.status < 300) return await opts.consume(res);
      const body = await readBody(res.body, ERROR_BODY_LIMIT);
      const error = options.parseError({ method: req.method, status: res.status, headers: res.headers, body });
      const answered = opts.answer?.(error);
      if (answered !== undefined) return answered;
      // Without a server Date the clock cannot be corrected: retrying would fail the same way.
      if (isClockSkew(error) && !options.clock.correctFrom(res.headers.date)) final.add(error);
      throw error;
    } catch (e) {
      throw classify(e, opts.signal, timedOut);
    } finally {
      clearTimeout(handle);
    }
  }

  return {
    async send<T>(opts: SendOptions<T>): Promise<T> {
      const retries = opts.replayable === false ? 0 : policy.maxRetries;
      for (let n = 0; ; n++) {
        try {
          return await attempt(opts);
        } catch (e) {
          const error = e as StorageError;
          if (n >= retries || !isRetryable(error) || final.has(error) || opts.signal?.aborted) {
            error.attempts = n + 1;
            throw error;
          }
          if (!isClockSkew(error)) {
            try {
              await sleep(backoffDelayMs(n, policy, options.random), opts.signal);
            } catch (abortReason) {
              throw classify(abortReason, opts.signal, false);
            }
          }
        }
      }
    },
  };
}
