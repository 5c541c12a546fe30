// A small reusable concurrency cap: at most `concurrency` tasks run at once, the rest wait in FIFO order.
// Wrap single requests, not compositions of wrapped requests, or a full limiter would wait on itself.

export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

function abortError(): Error {
  return Object.assign(new Error('The operation was cancelled.'), { name: 'AbortError' });
}

export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = (): void => {
    running -= 1;
    waiting.shift()?.();
  };

  /** Waits for a slot; a caller that gives up leaves the queue at once instead of holding its place. */
  const slot = (signal: AbortSignal | undefined): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const at = waiting.indexOf(grant);
        if (at >= 0) waiting.splice(at, 1);
        reject(abortError());
      };
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  return async <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) throw abortError();
    if (running >= concurrency) await slot(signal);
    running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/**
 * One limiter per storage client, i.e. per endpoint of a profile (the local demo has two): a
 * black-holed endpoint fills only its own slots, and every other profile keeps working.
 */
export type LimiterFor = (client: object) => Limiter;

export function createLimiterPerEndpoint(concurrency: number): LimiterFor {
  const limiters = new WeakMap<object, Limiter>();
  return (client) => {
    let limiter = limiters.get(client);
    if (!limiter) limiters.set(client, (limiter = createLimiter(concurrency)));
    return limiter;
  };
}
