// Servers echo what they were sent: an OSS SignatureDoesNotMatch carries the canonical request,
// STS token header included. Every client a profile hands out is wrapped so that errors leaving it
// (message, stack and causes) no longer contain the profile's secret or token, whoever logs them.
import type { StorageClient } from '../storage/types';

const REDACTED = '[redacted]';
/** Shorter strings could match innocent text; real secrets and tokens are far longer. */
const MIN_SECRET_LENGTH = 6;

function scrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const needles = secrets.filter((s): s is string => s !== undefined && s.length >= MIN_SECRET_LENGTH);
  // Percent-encoded forms too: a token may travel in a presigned URL's query string.
  const all = [...new Set(needles.flatMap((s) => [s, encodeURIComponent(s)]))].sort((a, b) => b.length - a.length);
  return (text) => all.reduce((out, needle) => out.split(needle).join(REDACTED), text);
}

function scrubError(error: unknown, scrub: (text: string) => string, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  error.message = scrub(error.message);
  if (error.stack) error.stack = scrub(error.stack);
  scrubError(error.cause, scrub, depth + 1);
  return error;
}

function wrapIterable<T>(iterable: AsyncIterable<T>, fail: (e: unknown) => never): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        yield* iterable;
      } catch (e) {
        fail(e);
      }
    },
  };
}

export function redactingClient(client: StorageClient, secrets: readonly (string | undefined)[]): StorageClient {
  const scrub = scrubber(secrets);
  const fail = (e: unknown): never => {
    throw scrubError(e, scrub);
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (e) {
          fail(e);
        }
        if (result instanceof Promise) return result.catch(fail);
        if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) return wrapIterable(result as AsyncIterable<unknown>, fail);
        return result;
      };
    },
  });
}
