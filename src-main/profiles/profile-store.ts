// profiles.json in the user-data dir: the non-secret half of each profile (secrets live in the vault).
import { join } from 'node:path';
import { z } from 'zod';
import { loadStoreFile, refusedWrite, salvageEntries, saveJsonFile, type StoreNotice } from './json-file';

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

const LocalDemo = z.enum(['shown', 'removed']);

export interface ProfilesState {
  version: 1;
  /** 'shown' once the local demo profile was created; 'removed' if the user removed it. */
  localDemo?: z.infer<typeof LocalDemo>;
  profiles: StoredProfile[];
}

export const PROFILES_FILE = 'profiles.json';

/** A readable name for an entry that is set aside (its own name if it has one). */
function entryLabel(raw: unknown, index: number): string {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? `profile ${index + 1} "${name.slice(0, 60)}"` : `profile ${index + 1}`;
}

/** Every valid profile of a document, whatever else in it is damaged; duplicate ids keep the first. */
export function salvageProfiles(document: unknown): { value: ProfilesState; setAside: string[] } {
  const doc = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
  const rawList = Array.isArray(doc.profiles) ? (doc.profiles as unknown[]) : [];
  const { kept, setAside } = salvageEntries(rawList.map((raw, i) => ({ key: String(i), label: entryLabel(raw, i), raw })), StoredProfile);
  const seen = new Set<string>();
  const profiles: StoredProfile[] = [];
  for (const [, profile, label] of kept) {
    if (seen.has(profile.id)) {
      setAside.push(`${label}: id: the same id as an earlier profile`);
      continue;
    }
    seen.add(profile.id);
    profiles.push(profile);
  }
  const localDemo = LocalDemo.safeParse(doc.localDemo);
  return { value: { version: 1, ...(localDemo.success && { localDemo: localDemo.data }), profiles }, setAside };
}

export function createProfileStore(userDataDir: string) {
  const path = join(userDataDir, PROFILES_FILE);
  const loaded = loadStoreFile(path, { version: 1, salvage: salvageProfiles });
  let state: ProfilesState = loaded.value ?? { version: 1, profiles: [] };

  return {
    path,
    /** Set when profiles.json was repaired, unreadable or from a newer version at load. */
    notice: loaded.notice as StoreNotice | undefined,
    /** False when the file must be left alone: every write is refused with a clear message. */
    writable: loaded.writable,
    read(): ProfilesState {
      return state;
    },
    write(next: ProfilesState): void {
      if (!loaded.writable && loaded.notice) throw refusedWrite(loaded.notice);
      saveJsonFile(path, next);
      state = next;
    },
    /** Changes what this run sees without touching the file (a store left alone at startup). */
    setInMemory(next: ProfilesState): void {
      state = next;
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
