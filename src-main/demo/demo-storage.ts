// The embedded demo backend of `npm start`: the emulator seeded with the demo dataset, persisted
// under userData so that what the user changes in the demo is still there next time.
import path from 'node:path';
import { startEmulator } from '../../emulator/index';
import type { EmulatorEndpoints } from '../storage/emulator-endpoints';

export interface RunningDemoStorage extends EmulatorEndpoints {
  close(): Promise<void>;
}

export const DEMO_STORAGE_DIR = 'demo-storage';

export async function startDemoStorage(userDataDir: string): Promise<RunningDemoStorage> {
  const emulator = await startEmulator({ seed: 'demo', dataDir: path.join(userDataDir, DEMO_STORAGE_DIR) });
  return {
    oss: emulator.oss,
    bos: emulator.bos,
    accessKeyId: emulator.accessKeyId,
    accessKeySecret: emulator.accessKeySecret,
    close: () => emulator.close(),
  };
}
