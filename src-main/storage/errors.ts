import type { Provider } from './types';

/** The one error type every storage operation throws. `code` is the provider's code
 * (NoSuchKey, SymlinkTargetNotExist, ...) or one of ours: NetworkError, TlsError, Timeout, Aborted, InvalidResponse. */
export class StorageError extends Error {
  readonly code: string;
  readonly status: number;
  readonly requestId: string;
  readonly provider: Provider;
  /** Attempts the HTTP client made before giving up with this error (set by http.ts). A conflict
   * after a retry may be the answer to our own first attempt, whose reply was lost. */
  attempts = 1;
  /** The bucket the request addressed, when known (set by the requester). */
  bucket?: string;
  /** OSS's fine-grained error code (x-oss-ec / <EC>, e.g. 0026-00000011): names its docs page. */
  readonly ec?: string;

  constructor(init: { code: string; status: number; requestId?: string; provider: Provider; message: string; cause?: unknown; ec?: string }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'StorageError';
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId ?? '';
    this.provider = init.provider;
    if (init.ec) this.ec = init.ec;
  }
}

/** What every storage operation throws when its caller cancels it: code Aborted (the app's CANCELLED). */
export function abortedError(provider: Provider, cause?: unknown): StorageError {
  return new StorageError({ code: 'Aborted', status: 0, provider, message: 'Request cancelled', cause });
}

export function isStorageError(e: unknown, code?: string): e is StorageError {
  return e instanceof StorageError && (code === undefined || e.code === code);
}

/** A body or header that does not have the documented shape. */
export function invalidResponse(provider: Provider, detail: string, init: { status?: number; requestId?: string; cause?: unknown } = {}): StorageError {
  return new StorageError({
    code: 'InvalidResponse',
    status: init.status ?? 0,
    requestId: init.requestId,
    provider,
    message: `Invalid response from ${provider.toUpperCase()}: ${detail}`,
    cause: init.cause,
  });
}

/** Code for an error answer that carries none (HEAD has no body): named after the HTTP status. */
export function codeForStatus(status: number): string {
  const known: Record<number, string> = { 400: 'BadRequest', 403: 'AccessDenied', 404: 'NotFound', 409: 'Conflict', 412: 'PreconditionFailed', 416: 'InvalidRange' };
  return known[status] ?? (status >= 500 ? 'ServerError' : `Http${status}`);
}
