// "Test connection": list buckets with every client of a profile (or, for a key that may not list
// buckets, HEAD a named bucket) and turn a failure into the precise reason a user can
// act on (bad key id, bad secret, clock, endpoint/region, network).
import { AppFailure, toAppError } from '../errors';
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

/** OSS V4 signs with the region: a wrong region fails exactly like a wrong secret. */
function signedWithRegion(config: ClientConfig): boolean {
  return config.provider === 'oss' && (config.signatureVersion ?? 'v4') === 'v4';
}

const SECRET_OR_REGION =
  'The server rejected the signature: check the access key secret and the region (OSS V4 signatures include the region, so a wrong region fails the same way).';

function failureFor(config: ClientConfig, e: unknown): AppFailure {
  const appError = toAppError(e);
  if (appError.details?.providerCode === 'SignatureDoesNotMatch' && signedWithRegion(config)) {
    return new AppFailure('AUTH_FAILED', SECRET_OR_REGION, { ...appError.details, hint: 'region' });
  }
  const where = hostOf(config.endpoint) || `the ${config.provider.toUpperCase()} endpoint for region "${config.region}"`;
  const hint = hints[appError.code];
  return new AppFailure(appError.code, hint ? hint(where) : appError.message, appError.details);
}

/** Buckets visible to one client; with `bucket`, a key without the ListBuckets right can still prove itself. */
async function countBuckets(client: StorageClient, bucket: string | undefined): Promise<number> {
  try {
    return (await client.listBuckets()).length;
  } catch (e) {
    if (bucket === undefined || toAppError(e).code !== 'ACCESS_DENIED') throw e;
    await client.headBucket(bucket); // cheaper than a listing, and needs no ListObjects right
    return 1;
  }
}

export async function testConnection(
  clients: readonly { config: ClientConfig; client: StorageClient }[],
  options: { bucket?: string } = {},
): Promise<{ bucketCount: number }> {
  let bucketCount = 0;
  for (const { config, client } of clients) {
    try {
      bucketCount += await countBuckets(client, options.bucket);
    } catch (e) {
      throw failureFor(config, e);
    }
  }
  return { bucketCount };
}
