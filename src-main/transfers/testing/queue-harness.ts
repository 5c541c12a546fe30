// Test support: a transfer queue over real clients of a running emulator, with temp dirs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorageClient } from '../../storage/create-client';
import { type EmulatorEndpoints } from '../../storage/emulator-endpoints';
import { type ConfigName, emulatorConfig } from '../../storage/testing/emulator-configs';
import type { ClientConfig, StorageClient } from '../../storage/types';
import { DEFAULT_LIMITS, type TransferLimits } from '../part-plan';
import { createTransferQueue, type TransferQueue } from '../transfer-queue';

export interface Harness {
  queue: TransferQueue;
  /** The real client (the queue may be given a wrapped one). */
  client: StorageClient;
  dir: string;
  /** Writes `size` random bytes to a file under the temp dir. */
  file(name: string, size: number): Promise<{ path: string; bytes: Buffer }>;
  cleanup(): Promise<void>;
}

export async function createHarness(
  emu: EmulatorEndpoints,
  name: ConfigName,
  {
    limits = DEFAULT_LIMITS,
    config = {},
    wrap = (c) => c,
  }: { limits?: TransferLimits; config?: Partial<ClientConfig>; /** What the queue uses instead of the real client (interposed calls). */ wrap?: (real: StorageClient) => StorageClient } = {},
): Promise<Harness> {
  const client = createStorageClient(emulatorConfig(emu, name, { maxRetries: 4, ...config }));
  const used = wrap(client);
  const dir = await mkdtemp(join(tmpdir(), 'symbucket-transfers-'));
  const queue = createTransferQueue({ clientFor: async () => used, onChange: () => {}, onRemove: () => {}, onPersist: () => {} }, limits);
  return {
    queue,
    client,
    dir,
    async file(fileName, size) {
      const bytes = randomBytes(size);
      const path = join(dir, fileName);
      await writeFile(path, bytes);
      return { path, bytes };
    },
    cleanup: async () => {
      await queue.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
