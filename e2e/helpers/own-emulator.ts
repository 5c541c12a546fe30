// A spec file's own emulator (its own seed, secret or faults): started before the file's first
// test, closed after its last. Read it inside a test or hook: `emulator().oss`.
import { test } from '../fixtures';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/index';

export function useOwnEmulator(options: EmulatorOptions): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  test.beforeAll(async () => {
    emulator = await startEmulator(options);
  });
  test.afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('The spec\'s emulator starts in beforeAll: read it inside a test or hook.');
    return emulator;
  };
}
