// "Test connection": list buckets with every client of a profile and turn a failure into the
// precise reason a user can act on (bad key id, bad secret, clock, endpoint/region, network).
import { AppFailure, toAppError } from '../ipc/app-error';
import type { ErrorCode } from '../ipc/contract';
import type { ClientConfig, StorageClient } from '../storage/types';
import { hostOf } from './region-from-endpoint';

const hints: Partial<Record<ErrorCode, (where: string) => string>> = {
  NETWORK: (where) => `Could not reach ${where}: check the endpoint, the region and the network.`,
  TIMEOUT: (where) => `${where} did not answer in time: check the endpoint and the network.`,
  ACCESS_DENIED: () => 'The credentials were accepted, but this key may not list buckets.',
  NOT_FOUND: (where) => `${where} does not answer like this provider: check the endpoint and the region.`,
  INVALID_RESPONSE: (where) => `${where} does not answer like this provider: check the endpoint and the region.`,
};

export async function testConnection(clients: readonly { config: ClientConfig; client: StorageClient }[]): Promise<{ bucketCount: number }> {
  let bucketCount = 0;
  for (const { config, client } of clients) {
    try {
      bucketCount += (await client.listBuckets()).length;
    } catch (e) {
      const appError = toAppError(e);
      const where = hostOf(config.endpoint) || `the ${config.provider.toUpperCase()} endpoint for region "${config.region}"`;
      const hint = hints[appError.code];
      throw new AppFailure(appError.code, hint ? hint(where) : appError.message, appError.details);
    }
  }
  return { bucketCount };
}
