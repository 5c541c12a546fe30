// profiles.json in the user-data dir: the non-secret half of each profile (secrets live in the vault).
import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonFile, saveJsonFile, type StoreNotice } from './json-file';

export const StoredProfile = z.object({
  id: z.string().min(1).max(128),
  name: z.string().min(1).max(100),
  provider: z.enum(['oss', 'bos']),
  endpoint: z.string().max(500),
  region: z.string().max(100),
  addressing: z.enum(['path', 'virtual-host']),
  signatureVersion: z.enum(['v1', 'v4']),
  accessKeyId: z.string().min(1).max(200),
  insecureStorage: z.boolean().default(false),
  /** STS: the vault holds a security token too; its expiry (ISO 8601) when the user gave it. */
  hasSecurityToken: z.boolean().default(false),
  securityTokenExpiresAt: z.string().max(64).optional(),
  /** Bucket -> custom domain (CNAME). */
  customDomains: z.record(z.string(), z.string().max(253)).default({}),
});
export type StoredProfile = z.infer<typeof StoredProfile>;

const ProfilesFile = z.object({
  version: z.literal(1),
  /** 'shown' once the local demo profile was created; 'removed' if the user removed it. */
  localDemo: z.enum(['shown', 'removed']).optional(),
  profiles: z.array(StoredProfile),
});
export type ProfilesState = z.infer<typeof ProfilesFile>;

export const PROFILES_FILE = 'profiles.json';

export function createProfileStore(userDataDir: string) {
  const path = join(userDataDir, PROFILES_FILE);
  const loaded = loadJsonFile(path, ProfilesFile);
  let state: ProfilesState = loaded.value ?? { version: 1, profiles: [] };

  return {
    path,
    /** Set when profiles.json was damaged and moved aside at load. */
    notice: loaded.notice as StoreNotice | undefined,
    read(): ProfilesState {
      return state;
    },
    write(next: ProfilesState): void {
      saveJsonFile(path, next);
      state = next;
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
