import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../errors';
import type { RunningDemoStorage } from './demo-storage';
import { superviseDemoStorage } from './demo-supervisor';

const storage = (port: number): RunningDemoStorage => ({
  oss: `http://127.0.0.1:${port}`,
  bos: `http://127.0.0.1:${port + 1}`,
  accessKeyId: 'AK',
  accessKeySecret: 'secret',
  close: vi.fn(async () => {}),
});
const addressInUse = () => Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:9000'), { code: 'EADDRINUSE' });

describe('superviseDemoStorage', () => {
  it('survives a failed start (port taken), logs the cause once, and starts on the next request', async () => {
    const log = vi.fn();
    const start = vi.fn<(dir: string) => Promise<RunningDemoStorage>>().mockRejectedValueOnce(addressInUse()).mockResolvedValue(storage(9100));
    const demo = await superviseDemoStorage({ userDataDir: '/u', start, log });
    expect(demo.current()).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EADDRINUSE'));
    // Two requests at once (the grid and the sidebar) share one new attempt.
    const [a, b] = await Promise.all([demo.ensureRunning(), demo.ensureRunning()]);
    expect(a.oss).toBe('http://127.0.0.1:9100');
    expect(b).toBe(a);
    expect(start).toHaveBeenCalledTimes(2);
    expect(demo.current()).toBe(a);
  });

  it('answers DEMO_UNAVAILABLE while it still cannot start, without the cause in the message', async () => {
    const demo = await superviseDemoStorage({ userDataDir: '/u', start: async () => Promise.reject(addressInUse()), log: () => {} });
    const error = await demo.ensureRunning().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect(error).toMatchObject({ code: 'DEMO_UNAVAILABLE' });
    expect((error as Error).message).not.toContain('127.0.0.1');
  });

  it('closes the running storage', async () => {
    const running = storage(9200);
    const demo = await superviseDemoStorage({ userDataDir: '/u', start: async () => running });
    await demo.close();
    expect(running.close).toHaveBeenCalledOnce();
    expect(demo.current()).toBeUndefined();
    // Not started again once the app is closing.
    await expect(demo.ensureRunning()).rejects.toMatchObject({ code: 'DEMO_UNAVAILABLE' });
  });
});
