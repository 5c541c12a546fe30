import { describe, expect, it } from 'vitest';
import { createLimiter, createLimiterPerEndpoint } from './limiter';

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

describe('createLimiter()', () => {
  it('never runs more tasks at once than the cap, and runs them all', async () => {
    const limit = createLimiter(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('starts waiting tasks in FIFO order', async () => {
    const limit = createLimiter(1);
    const started: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => limit(async () => void started.push(n))));
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('frees the slot when a task fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });

  it('rejects a cap that is not a positive integer', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
    expect(() => createLimiter(1.5)).toThrow(RangeError);
    expect(() => createLimiter(1)).not.toThrow();
  });
});

describe('createLimiter() with a signal', () => {
  it('lets a waiting caller leave the queue at once when its signal aborts, without taking a slot', async () => {
    const limit = createLimiter(1);
    let release!: () => void;
    const busy = limit(() => new Promise<void>((r) => (release = r)));
    const controller = new AbortController();
    let ran = false;
    const waiting = limit(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    const next = limit(async () => 'next');
    release();
    await busy;
    await expect(next).resolves.toBe('next');
    expect(ran).toBe(false);
  });

  it('refuses a task whose signal is already aborted', async () => {
    const limit = createLimiter(2);
    await expect(limit(async () => 1, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createLimiterPerEndpoint()', () => {
  it('gives each client its own cap: a full one does not hold back another', async () => {
    const limitFor = createLimiterPerEndpoint(1);
    const dead = {};
    const healthy = {};
    expect(limitFor(dead)).toBe(limitFor(dead));
    void limitFor(dead)(() => new Promise(() => undefined)); // never settles
    await expect(limitFor(healthy)(async () => 'ok')).resolves.toBe('ok');
  });
});
