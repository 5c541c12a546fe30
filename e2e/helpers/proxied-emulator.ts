// For a spec file: its own demo emulator with a gated proxy in front of the OSS endpoint; the
// app is launched on `endpoints()`, the spec checks the emulator directly (`emulator`).
import { startEmulator, type RunningEmulator } from '../../emulator/index';
import type { EmulatorEndpoints } from '../host/types';
import { startGatedProxy, type GatedProxy } from './gated-proxy';

interface Hooks {
  beforeAll(run: () => Promise<void>): void;
  afterAll(run: () => Promise<void>): void;
}

export function useProxiedEmulator(hooks: Hooks): { emulator(): RunningEmulator; proxy(): GatedProxy; endpoints(): EmulatorEndpoints } {
  let emulator: RunningEmulator | undefined;
  let proxy: GatedProxy | undefined;
  hooks.beforeAll(async () => {
    emulator = await startEmulator({ seed: 'demo' });
    proxy = await startGatedProxy(emulator.oss);
  });
  hooks.afterAll(async () => {
    await proxy?.close();
    await emulator?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useProxiedEmulator: used before beforeAll ran');
    return value;
  };
  return {
    emulator: () => started(emulator),
    proxy: () => started(proxy),
    endpoints: () => ({ ...started(emulator), oss: started(proxy).url }),
  };
}
