// The only door to main: typed calls over window.api, with Result unwrapped into values or ApiError.
import { type Api, type AppError, type CallOptions, type ErrorCode, type Result } from './contract';

declare global {
  interface Window {
    api: Api;
  }
}

/** A failed IPC call, carrying the AppError code so the UI can pick a localized sentence. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string> | undefined;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/** Error code of anything thrown; non-API failures count as UNKNOWN. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'UNKNOWN';
}

/** window.api, read on each call so tests can install a fresh fake per test. */
export function api(): Api {
  return window.api;
}

type Method = Exclude<keyof Api, 'on'>;
type Input<M extends Method> = Parameters<Api[M]>[0];
type Output<M extends Method> = Awaited<ReturnType<Api[M]>> extends Result<infer T> ? T : never;

let callSeq = 0;
/** Unique per renderer session; main only uses it to find the request to cancel. */
function newCallId(): string {
  callSeq += 1;
  return `call-${Date.now().toString(36)}-${callSeq}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Calls a window.api method and unwraps its Result: `call('listBuckets', { profileId })`.
 * With a signal (react-query passes one to every queryFn), aborting it cancels the request in
 * main too (`cancelOp` with the call's id), so work nobody shows any more frees its slot.
 */
export async function call<M extends Method>(method: M, input: Input<M>, signal?: AbortSignal): Promise<Output<M>> {
  const fn = window.api[method] as (input: Input<M>, call?: CallOptions) => Promise<Result<Output<M>>>;
  if (!signal) return unwrap(await fn(input));
  if (signal.aborted) throw new ApiError({ code: 'CANCELLED', message: 'The request was cancelled.' });
  const callId = newCallId();
  const cancel = (): void => {
    window.api.cancelOp({ opId: callId }).catch(() => undefined); // nothing to do if main already answered
  };
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return unwrap(await fn(input, { callId }));
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
