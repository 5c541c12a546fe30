// The one entry point other modules use to get a StorageClient for a profile.
import { createBosClient } from './bos/client';
import { createOssClient } from './oss/client';
import { type ClientDeps } from './requester';
import { type ClientConfig, type StorageClient } from './types';

export function createStorageClient(config: ClientConfig, deps: ClientDeps = {}): StorageClient {
  return config.provider === 'oss' ? createOssClient(config, deps) : createBosClient(config, deps);
}

export { closeSharedTransport } from './requester';
