// Profiles: the non-secret store, the encrypted vault, the local demo profile, test connection,
// credential import and the storage clients of each profile. Nothing returned here carries a secret.
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { AppFailure } from '../errors';
import { ProfileInput, type BucketDto, type ImportCandidate, type ProfileDto, type VaultStatus } from '../ipc/contract';
import { createStorageClient } from '../storage/create-client';
import type { SecretRegistry } from '../redaction/secret-scrubber';
import type { EmulatorEndpoints } from '../storage/emulator-endpoints';
import type { ClientConfig, StorageClient } from '../storage/types';
import { createClientRegistry, type ClientFactory } from './client-registry';
import { testConnection } from './connection-test';
import { findCredentials, toCandidate } from './credential-sources';
import type { StoreNotice } from './json-file';
import { redactingClient } from './redacting-client';
import { createProfileStore, type StoredProfile } from './profile-store';
import { demoConfigs, demoProfileDto, LOCAL_DEMO_ID, OFFLINE_DEMO, toDemoBackend, type DemoBackend } from './local-demo';
import { checkedCustomDomain, checkedLocation, profileConfig } from './profile-config';
import type { SecretCipher } from './secret-cipher';
import { createVault } from './vault';
import { removeStaleTempFiles } from './atomic-file';

export { LOCAL_DEMO_ID };

export interface ProfilesServiceOptions {
  userDataDir: string;
  cipher: SecretCipher;
  /** The embedded emulator behind the local-demo profile (its credentials are never stored in the vault); it may be down. */
  demo?: EmulatorEndpoints | DemoBackend;
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
  /** Builds storage clients; createStorageClient by default (tests inject stubs). */
  createClient?: ClientFactory;
  /** Learns every secret and token used here, so the router's log can scrub them too. */
  secrets?: SecretRegistry;
}

export type ImportSource = ImportCandidate['source'];

/** Test connection should answer quickly: one retry, a shorter timeout. */
const TEST_CLIENT_OPTIONS = { maxRetries: 1, timeoutMs: 15_000 } as const;

export function createProfilesService(options: ProfilesServiceOptions) {
  const { cipher } = options;
  const demo = options.demo === undefined ? undefined : toDemoBackend(options.demo);
  removeStaleTempFiles(options.userDataDir);
  const store = createProfileStore(options.userDataDir);
  const vault = createVault(options.userDataDir, cipher);
  const baseFactory = options.createClient ?? ((config: ClientConfig) => createStorageClient(config));
  const factory = (config: ClientConfig) => {
    options.secrets?.add(config.accessKeySecret, config.securityToken);
    return redactingClient(baseFactory(config), [config.accessKeySecret, config.securityToken]);
  };
  const listeners = new Set<(profiles: ProfileDto[]) => void>();

  // First run with an embedded emulator: the demo profile appears, once; removing it is remembered.
  // A store left alone at startup (unreadable, newer version) still shows the demo, in memory only.
  if (demo && store.read().localDemo === undefined) {
    const next = { ...store.read(), localDemo: 'shown' as const };
    if (store.writable) store.write(next);
    else store.setInMemory(next);
  }

  const demoShown = (): boolean => demo !== undefined && store.read().localDemo === 'shown';

  function stored(id: string): StoredProfile {
    const profile = store.read().profiles.find((p) => p.id === id);
    if (!profile) throw new AppFailure('PROFILE_NOT_FOUND', 'This profile does not exist (any more).');
    return profile;
  }

  async function configsFor(id: string): Promise<ClientConfig[]> {
    if (id === LOCAL_DEMO_ID && demo && demoShown()) {
      const running = demo.current();
      if (!running) throw new AppFailure('DEMO_UNAVAILABLE', 'The local demo storage is not running.');
      return demoConfigs(running);
    }
    const profile = stored(id);
    return [profileConfig(profile, await vault.get(id))];
  }

  const registry = createClientRegistry({ factory, configsFor });

  /** A request for the demo profile while its storage is down starts it again first (the user's Retry). */
  async function demoReady(profileId: string): Promise<void> {
    if (profileId === LOCAL_DEMO_ID && demo && demoShown() && demo.current() === undefined) await demo.ensureRunning();
  }

  function toDto(profile: StoredProfile): ProfileDto {
    const { id, name, provider, endpoint, region, addressing, signatureVersion, accessKeyId, insecureStorage } = profile;
    const dto: ProfileDto = { id, name, provider, endpoint, region, addressing, signatureVersion, accessKeyId, hasSecret: vault.has(id), insecureStorage };
    dto.hasSecurityToken = profile.hasSecurityToken;
    if (profile.hasSecurityToken && profile.securityTokenExpiresAt) dto.securityTokenExpiresAt = profile.securityTokenExpiresAt;
    dto.customDomains = { ...profile.customDomains };
    return dto;
  }

  function list(): ProfileDto[] {
    const profiles = store.read().profiles.map(toDto);
    return demo && demoShown() ? [demoProfileDto(demo.current() ?? OFFLINE_DEMO), ...profiles] : profiles;
  }

  function changed(id: string): void {
    registry.forget(id);
    const snapshot = list();
    for (const listener of [...listeners]) {
      try {
        listener(snapshot);
      } catch {
        // The change is saved; a failing listener must not turn it into an error for the caller.
      }
    }
  }

  async function save(raw: ProfileInput): Promise<ProfileDto> {
    const parsed = ProfileInput.safeParse(raw);
    if (!parsed.success) throw new AppFailure('BAD_REQUEST', parsed.error.issues[0]?.message ?? 'The profile is not valid.');
    const input = parsed.data;
    options.secrets?.add(input.accessKeySecret, input.securityToken);
    if (input.id === LOCAL_DEMO_ID) throw new AppFailure('INVALID_ARGUMENT', 'The local demo profile cannot be edited.');
    const previous = input.id === undefined ? undefined : stored(input.id);
    const id = previous?.id ?? randomUUID();
    if (input.accessKeySecret === undefined && !vault.has(id)) throw new AppFailure('BAD_REQUEST', 'The access key secret is required.');
    const storesSecret = input.accessKeySecret !== undefined;
    const secure = storesSecret ? await cipher.isSecure() : true;
    if (!secure && !input.acceptInsecureStorage) {
      throw new AppFailure('INSECURE_STORAGE', 'No OS keyring is available to protect the secret: confirm to store it anyway.', { backend: await cipher.backend() });
    }
    const profile: StoredProfile = {
      id,
      name: input.name,
      provider: input.provider,
      ...checkedLocation(input.provider, input.endpoint, input.region),
      addressing: input.addressing,
      signatureVersion: input.signatureVersion,
      accessKeyId: input.accessKeyId,
      insecureStorage: storesSecret ? !secure : (previous?.insecureStorage ?? false),
      // A new secret replaces the token too (STS credentials come as one set); otherwise both are kept.
      hasSecurityToken: storesSecret ? Boolean(input.securityToken) : (previous?.hasSecurityToken ?? false),
      customDomains: input.customDomains
        ? Object.fromEntries(Object.entries(input.customDomains).filter(([, d]) => d.trim()).map(([b, d]) => [b, checkedCustomDomain(d)]))
        : { ...(previous?.customDomains ?? {}) },
    };
    const expiresAt = storesSecret ? (input.securityToken ? input.securityTokenExpiresAt : undefined) : previous?.securityTokenExpiresAt;
    if (profile.hasSecurityToken && expiresAt) profile.securityTokenExpiresAt = expiresAt;
    // The secret first: a profile on disk never points at a secret that failed to save.
    if (input.accessKeySecret !== undefined) {
      await vault.set(id, { accessKeySecret: input.accessKeySecret, ...(input.securityToken && { securityToken: input.securityToken }) });
    }
    const state = store.read();
    const profiles = previous ? state.profiles.map((p) => (p.id === id ? profile : p)) : [...state.profiles, profile];
    store.write({ ...state, profiles });
    changed(id);
    return toDto(profile);
  }

  function setCustomDomain(id: string, bucket: string, domain: string): ProfileDto {
    if (id === LOCAL_DEMO_ID) throw new AppFailure('INVALID_ARGUMENT', 'The local demo profile cannot be edited.');
    const previous = stored(id);
    const customDomains = { ...previous.customDomains };
    if (domain.trim() === '') delete customDomains[bucket];
    else customDomains[bucket] = checkedCustomDomain(domain);
    const profile = { ...previous, customDomains };
    const state = store.read();
    store.write({ ...state, profiles: state.profiles.map((p) => (p.id === id ? profile : p)) });
    changed(id);
    return toDto(profile);
  }

  function remove(id: string): void {
    if (id === LOCAL_DEMO_ID && demoShown()) {
      store.write({ ...store.read(), localDemo: 'removed' });
    } else {
      stored(id);
      const state = store.read();
      store.write({ ...state, profiles: state.profiles.filter((p) => p.id !== id) });
      vault.delete(id);
    }
    changed(id);
  }

  return {
    list,
    save,
    remove,
    setCustomDomain,

    /**
     * Lists buckets with fresh clients (one retry, short timeout); precise AppFailure on error.
     * With `bucket`, that bucket is HEADed too (a key that may not list buckets passes this way).
     */
    async test(id: string, options: { bucket?: string } = {}): Promise<{ bucketCount: number; bucket?: string }> {
      await demoReady(id);
      const configs = (await configsFor(id)).map((config) => ({ ...config, ...TEST_CLIENT_OPTIONS }));
      return testConnection(
        configs.map((config) => ({ config, client: factory(config) })),
        options,
      );
    },

    /** The client that owns `bucket` in this profile. */
    async resolveClient(profileId: string, bucket: string): Promise<StorageClient> {
      await demoReady(profileId);
      return registry.resolveClient(profileId, bucket);
    },

    /** Buckets of the profile, each tagged with its provider (local demo: OSS and BOS merged). */
    async listBuckets(profileId: string, signal?: AbortSignal): Promise<BucketDto[]> {
      await demoReady(profileId);
      return registry.listBuckets(profileId, signal);
    },

    async vaultStatus(): Promise<VaultStatus> {
      const [secure, backend] = await Promise.all([cipher.isSecure(), cipher.backend()]);
      return { secure, backend };
    },

    /** Credentials found in CLI config files and the environment, without their secrets. */
    importCandidates(): ImportCandidate[] {
      return findCredentials(options.env ?? process.env, options.homeDir ?? homedir()).map(toCandidate);
    },

    /** Creates a profile from a found source; the secret goes straight to the vault. */
    async importProfile(source: ImportSource, name: string, extra: { acceptInsecureStorage?: boolean } = {}): Promise<ProfileDto> {
      const found = findCredentials(options.env ?? process.env, options.homeDir ?? homedir()).find((c) => c.source === source);
      if (!found) throw new AppFailure('NOT_FOUND', `No credentials were found for ${source}.`);
      return save({
        name,
        provider: found.provider,
        endpoint: found.endpoint,
        region: found.region,
        accessKeyId: found.accessKeyId,
        accessKeySecret: found.accessKeySecret,
        ...(found.securityToken && { securityToken: found.securityToken }),
        acceptInsecureStorage: extra.acceptInsecureStorage ?? false,
      });
    },

    onChange(listener: (profiles: ProfileDto[]) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    /** What happened to profiles.json and vault.json at startup (shown on the profiles panel). */
    notices(): StoreNotice[] {
      return [store.notice, vault.notice].filter((n): n is StoreNotice => n !== undefined);
    },
  };
}

export type ProfilesService = ReturnType<typeof createProfilesService>;
