// The one retry policy of the code base. http.ts is its only user; nothing else retries.
import { type StorageError } from './errors';

export interface RetryPolicy {
  /** Retries after the first attempt (0 = no retry). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 3_000 };

/** Clock-skew answers: retried at once with the clock corrected from the server's Date.
 * BOS answers a request signed too far in the past with RequestExpired; our requests are
 * signed just before sending, so that too means a wrong local clock. */
export function isClockSkew(error: StorageError): boolean {
  return error.code === 'RequestTimeTooSkewed' || (error.provider === 'bos' && error.code === 'RequestExpired');
}

/** Network failures (a per-attempt Timeout counts as one), 500, 503 and clock skew are
 * transient; every other 4xx/5xx, InvalidResponse and Aborted are final. */
export function isRetryable(error: StorageError): boolean {
  if (error.code === 'NetworkError' || error.code === 'Timeout') return true;
  if (error.status === 500 || error.status === 503) return true;
  return isClockSkew(error);
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempt)]. attempt starts at 0. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
