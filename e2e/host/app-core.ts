// The browser host's main process: the real composition root (router, storage, links,
// profiles) with an in-memory vault instead of safeStorage, in this Node process.
import { createAppCore } from '../../src-main/app-core';
import { createMemoryCipher } from '../../src-main/profiles/memory-cipher';
import type { BridgeRouter } from './api-bridge';
import type { EmulatorEndpoints } from './types';

export interface RunningCore {
  router: BridgeRouter;
  /** URLs the renderer asked the OS to open (the browser host never opens them). */
  openedExternally: string[];
  close(): Promise<void>;
}

export async function startAppCore(options: { userDataDir: string; emulator?: EmulatorEndpoints; locale?: string }): Promise<RunningCore> {
  const openedExternally: string[] = [];
  const core = await createAppCore({
    userDataDir: options.userDataDir,
    cipher: createMemoryCipher(),
    host: 'browser',
    ...(options.emulator ? { emulator: options.emulator } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    openExternal: async (url: string) => {
      openedExternally.push(url);
    },
  });
  return {
    router: {
      invoke: (channel, input) => core.router.invoke(channel, input),
      subscribe: (listener) => core.router.subscribe((event, payload) => listener(String(event), payload)),
    },
    openedExternally,
    close: () => core.close(),
  };
}
