// Storage clients per profile, created lazily and dropped when a profile changes. A profile may
// need several clients (the local demo: one OSS and one BOS endpoint); buckets of all of them are
// merged, and each bucket is remembered with the client that owns it.
import { AppFailure } from '../errors';
import type { BucketDto } from '../ipc/contract';
import type { ClientConfig, StorageClient } from '../storage/types';
import { regionalConfig } from './regional-config';

export type ClientFactory = (config: ClientConfig) => StorageClient;

interface ProfileClients {
  entries: { config: ClientConfig; client: StorageClient }[];
  /** bucket name -> owning client, for profiles with several clients. */
  owners: Map<string, StorageClient>;
  /** bucket name -> its region's client, when it lies outside the profile's region. */
  regional: Map<string, StorageClient>;
  /** region -> client, shared by the buckets of that region. */
  byRegion: Map<string, StorageClient>;
}

export function createClientRegistry(deps: { factory: ClientFactory; configsFor(profileId: string): Promise<ClientConfig[]> }) {
  const cache = new Map<string, Promise<ProfileClients>>();

  /** Concurrent first calls share one lookup (the secret is decrypted once); a failed one is not kept, so Retry tries again. */
  function clientsOf(profileId: string): Promise<ProfileClients> {
    let found = cache.get(profileId);
    if (!found) {
      const created = deps.configsFor(profileId).then((configs) => ({
        entries: configs.map((config) => ({ config, client: deps.factory(config) })),
        owners: new Map(),
        regional: new Map(),
        byRegion: new Map(),
      }));
      created.catch(() => {
        if (cache.get(profileId) === created) cache.delete(profileId);
      });
      cache.set(profileId, (found = created));
    }
    return found;
  }

  async function listBuckets(profileId: string, signal?: AbortSignal): Promise<BucketDto[]> {
    const found = await clientsOf(profileId);
    const { entries, owners } = found;
    const perClient = await Promise.all(
      entries.map(async ({ config, client }) =>
        (await client.listBuckets(signal)).map((b) => {
          owners.set(b.name, client);
          const other = regionalConfig(config, b.region);
          if (other) {
            let regionalClient = found.byRegion.get(other.region);
            if (!regionalClient) found.byRegion.set(other.region, (regionalClient = deps.factory(other)));
            found.regional.set(b.name, regionalClient);
          } else found.regional.delete(b.name);
          return { name: b.name, provider: client.provider, region: b.region || config.region, storageClass: b.storageClass };
        }),
      ),
    );
    return perClient.flat();
  }

  async function resolveClient(profileId: string, bucket: string): Promise<StorageClient> {
    const { entries, owners, regional } = await clientsOf(profileId);
    const elsewhere = regional.get(bucket);
    if (elsewhere) return elsewhere;
    if (entries.length === 1) return entries[0]!.client;
    if (!owners.has(bucket)) await listBuckets(profileId);
    const owner = owners.get(bucket);
    if (!owner) throw new AppFailure('NOT_FOUND', `The bucket "${bucket}" does not exist in this profile.`);
    return owner;
  }

  return {
    listBuckets,
    resolveClient,
    /** Drop the clients of a profile (after save or remove) so the next call uses the new settings. */
    forget(profileId: string): void {
      cache.delete(profileId);
    },
  };
}

export type ClientRegistry = ReturnType<typeof createClientRegistry>;
