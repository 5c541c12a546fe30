// Test support: one demo-seeded emulator per test file (started in beforeAll, closed in
// afterAll) plus signed raw-request helpers bound to it.
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { bosRequest, ossRequest, type RawRequest, type RawResponse } from './test-client';

export interface DemoEmulator {
  /** The running emulator (throws before beforeAll has run). */
  emu(): RunningEmulator;
  oss(r: RawRequest, region?: string): Promise<RawResponse>;
  bos(r: RawRequest): Promise<RawResponse>;
}

export function useDemoEmulator(): DemoEmulator {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startEmulator({ seed: 'demo' });
  });
  afterAll(async () => {
    await running?.close();
  });
  const emu = (): RunningEmulator => {
    if (!running) throw new Error('the emulator is not running yet');
    return running;
  };
  const creds = () => ({ accessKeyId: emu().accessKeyId, accessKeySecret: emu().accessKeySecret });
  return {
    emu,
    oss: (r, region) => ossRequest({ url: emu().oss, ...creds() }, r, region),
    bos: (r) => bosRequest({ url: emu().bos, ...creds() }, r),
  };
}
