// Keeps the embedded demo storage behind the local-demo profile, and survives its failure: if
// it cannot start (port taken, data folder unusable) the app starts anyway, the demo profile
// answers DEMO_UNAVAILABLE, and the next request for it (the user's Retry) tries again.
import { AppFailure } from '../errors';
import type { DemoBackend } from '../profiles/local-demo';
import { describeError } from '../redaction/secret-scrubber';
import type { EmulatorEndpoints } from '../storage/emulator-endpoints';
import { startDemoStorage, type RunningDemoStorage } from './demo-storage';

export interface DemoSupervisor extends DemoBackend {
  close(): Promise<void>;
}

export interface DemoSupervisorOptions {
  userDataDir: string;
  start?: (userDataDir: string) => Promise<RunningDemoStorage>;
  log?: (message: string) => void;
}

export async function superviseDemoStorage({ userDataDir, start = startDemoStorage, log = console.warn }: DemoSupervisorOptions): Promise<DemoSupervisor> {
  let running: RunningDemoStorage | undefined;
  let starting: Promise<EmulatorEndpoints> | undefined;
  let closed = false;

  const attempt = (): Promise<EmulatorEndpoints> =>
    (starting ??= start(userDataDir)
      .then((storage) => {
        if (closed) {
          void storage.close();
          throw new AppFailure('DEMO_UNAVAILABLE', 'The app is closing.');
        }
        running = storage;
        return storage;
      })
      .catch((error: unknown) => {
        if (error instanceof AppFailure) throw error;
        log(`[demo] the local demo storage could not start: ${describeError(error)}`);
        throw new AppFailure('DEMO_UNAVAILABLE', 'The local demo storage could not start (its port or data folder is not usable).');
      })
      .finally(() => (starting = undefined)));

  await attempt().catch(() => undefined); // the app starts either way
  return {
    current: () => running,
    ensureRunning: () => {
      if (running) return Promise.resolve(running);
      if (closed) return Promise.reject(new AppFailure('DEMO_UNAVAILABLE', 'The app is closing.'));
      return attempt();
    },
    close: async () => {
      closed = true;
      await running?.close();
      running = undefined;
    },
  };
}
