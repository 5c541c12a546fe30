import { describe, expect, it } from 'vitest';
import { createOperationRegistry } from './operation-registry';

describe('createOperationRegistry', () => {
  it('aborts the signal of a running operation on cancel and frees the id when it settles', async () => {
    const registry = createOperationRegistry();
    let seen: AbortSignal | undefined;
    const running = registry.run('op-1', (signal) => {
      seen = signal;
      return new Promise<string>((resolve) => signal.addEventListener('abort', () => resolve('stopped')));
    });
    expect(registry.size).toBe(1);
    expect(registry.cancel('op-1')).toBe(true);
    await expect(running).resolves.toBe('stopped');
    expect(seen?.aborted).toBe(true);
    expect(registry.size).toBe(0);
  });

  it('reports false when cancelling an unknown or finished operation', async () => {
    const registry = createOperationRegistry();
    await registry.run('done', async () => 1);
    expect(registry.cancel('done')).toBe(false);
    expect(registry.cancel('never')).toBe(false);
  });

  it('refuses a second operation with an id that is still running', async () => {
    const registry = createOperationRegistry();
    let release = () => {};
    const first = registry.run('same', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(registry.run('same', async () => 2)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    release();
    await first;
    await expect(registry.run('same', async () => 3)).resolves.toBe(3);
  });

  it('frees the id when the work throws', async () => {
    const registry = createOperationRegistry();
    await expect(registry.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(registry.size).toBe(0);
  });

  it('cancelAll aborts every running operation', async () => {
    const registry = createOperationRegistry();
    const signals: AbortSignal[] = [];
    const work = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    };
    const all = Promise.all([registry.run('a', work), registry.run('b', work)]);
    registry.cancelAll();
    await all;
    expect(signals.every((s) => s.aborted)).toBe(true);
  });
});
