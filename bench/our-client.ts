// Our side of each comparison: a StorageClient on its own keep-alive pool (closed after the bench).
import { createStorageClient } from '../src-main/storage/create-client';
import { createUndiciTransport } from '../src-main/storage/transport';
import type { StorageClient } from '../src-main/storage/types';
import { type BenchEmulator } from './emulator-process';
import { OSS_REGION } from './rivals';

export function ourClient(emu: Pick<BenchEmulator, 'oss' | 'bos' | 'accessKeyId' | 'accessKeySecret'>, provider: 'oss' | 'bos' = 'oss'): { client: StorageClient; close: () => Promise<void> } {
  const pool = createUndiciTransport();
  const common = { accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, addressing: 'path' as const, timeoutMs: 60_000 };
  const config = provider === 'oss' ? { ...common, provider, endpoint: emu.oss, region: OSS_REGION, signatureVersion: 'v4' as const } : { ...common, provider, endpoint: emu.bos, region: 'bj' };
  return { client: createStorageClient(config, { transport: pool.transport }), close: pool.close };
}
