// Servers echo what they were sent: an OSS SignatureDoesNotMatch carries the canonical request,
// STS token header included. Every client a profile hands out is wrapped so that errors leaving it
// (message, stack and causes) no longer contain the profile's secret or token, whoever logs them.
import { scrubber, scrubError } from '../redaction/secret-scrubber';
import type { StorageClient } from '../storage/types';

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
