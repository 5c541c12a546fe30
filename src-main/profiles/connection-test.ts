// "Test connection": list buckets with every client of a profile (or, for a key that may not list
// buckets, HEAD a named bucket) and turn a failure into the precise reason a user can
// act on (bad key id, bad secret, clock, endpoint/region, network).
import { AppFailure, toAppError } from '../errors';
import { endpointHost, type ErrorCode } from '../ipc/contract';
import type { ClientConfig, StorageClient } from '../storage/types';


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
  const where = endpointHost(config.endpoint) || `the ${config.provider.toUpperCase()} endpoint for region "${config.region}"`;
  const hint = hints[appError.code];
  return new AppFailure(appError.code, hint ? hint(where) : appError.message, appError.details);
}

/** The buckets one client may list, or null when the key lacks the ListBuckets right but a bucket was named. */
async function listedBuckets(client: StorageClient, bucket: string | undefined): Promise<string[] | null> {
  try {
    return (await client.listBuckets()).map((b) => b.name);
  } catch (e) {
    if (bucket === undefined || toAppError(e).code !== 'ACCESS_DENIED') throw e;
    return null;
  }
}

function bucketMissing(bucket: string): AppFailure {
  return new AppFailure('NOT_FOUND', `Bucket "${bucket}" does not exist, or not in this region: check its name and the profile's region.`, { hint: 'bucket', bucket });
}

/** HEADs the named bucket (cheaper than a listing, and needs no ListObjects right); 404 names the bucket. */
async function reachBucket(config: ClientConfig, client: StorageClient, bucket: string): Promise<void> {
  try {
    await client.headBucket(bucket);
  } catch (e) {
    if (toAppError(e).code === 'NOT_FOUND') throw bucketMissing(bucket);
    throw failureFor(config, e);
  }
}

/**
 * Lists buckets with every client of the profile; a named bucket is then HEADed with the client
 * that lists it (or with any client that may not list), so a missing bucket is reported as such
 * instead of "connected".
 */
export async function testConnection(
  clients: readonly { config: ClientConfig; client: StorageClient }[],
  options: { bucket?: string } = {},
): Promise<{ bucketCount: number; bucket?: string }> {
  const { bucket } = options;
  let bucketCount = 0;
  let reached = false;
  for (const { config, client } of clients) {
    let listed: string[] | null;
    try {
      listed = await listedBuckets(client, bucket);
    } catch (e) {
      throw failureFor(config, e);
    }
    bucketCount += listed?.length ?? 0;
    if (bucket !== undefined && !reached && (listed === null || listed.includes(bucket))) {
      await reachBucket(config, client, bucket);
      reached = true;
      bucketCount += listed === null ? 1 : 0;
    }
  }
  if (bucket === undefined) return { bucketCount };
  if (!reached) {
    const first = clients[0];
    if (!first) throw bucketMissing(bucket);
    await reachBucket(first.config, first.client, bucket); // not listed: a 404 says it is missing, a 403 that it is someone else's
  }
  return { bucketCount, bucket };
}
