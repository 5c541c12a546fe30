// vault.json: each profile's secrets encrypted as one entry by the SecretCipher, mode 0600,
// written atomically. The vault never returns a secret except to build a storage client.
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../errors';
import { loadStoreFile, refusedWrite, salvageEntries, saveJsonFile, type StoreNotice } from './json-file';
import type { SecretCipher } from './secret-cipher';

export interface Secrets {
  accessKeySecret: string;
  securityToken?: string;
}

const SealedEntry = z.string().min(1).regex(/^[A-Za-z0-9+/=]*$/, 'not an encrypted entry');

/** Every well-formed entry of a document; the others are named by profile id (never their content). */
function salvageVault(document: unknown): { value: Record<string, string>; setAside: string[] } {
  const raw = typeof document === 'object' && document !== null ? (document as { entries?: unknown }).entries : undefined;
  const list = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.entries(raw) : [];
  const { kept, setAside } = salvageEntries(list.map(([id, raw]) => ({ key: id, label: `the secret of profile ${id.slice(0, 128)}`, raw })), SealedEntry);
  return { value: Object.fromEntries(kept.map(([id, sealed]) => [id, sealed])), setAside };
}
const SecretsJson = z.object({ accessKeySecret: z.string().min(1), securityToken: z.string().optional() });

export const VAULT_FILE = 'vault.json';

export function createVault(userDataDir: string, cipher: SecretCipher) {
  const path = join(userDataDir, VAULT_FILE);
  const loaded = loadStoreFile(path, {
    version: 1,
    salvage: (document) => {
      const { value, setAside } = salvageVault(document);
      return { value: { version: 1, entries: value }, setAside };
    },
  });
  let entries: Record<string, string> = loaded.value?.entries ?? {};

  const persist = (next: Record<string, string>): void => {
    if (!loaded.writable && loaded.notice) throw refusedWrite(loaded.notice);
    saveJsonFile(path, { version: 1, entries: next }, 0o600);
    entries = next;
  };

  return {
    path,
    notice: loaded.notice as StoreNotice | undefined,
    writable: loaded.writable,
    has(id: string): boolean {
      return Object.hasOwn(entries, id);
    },
    async set(id: string, secrets: Secrets): Promise<void> {
      let sealed: Buffer;
      try {
        sealed = await cipher.encrypt(JSON.stringify(secrets));
      } catch {
        throw new AppFailure('INSECURE_STORAGE', 'The operating system could not encrypt the secret, so it was not saved.', { backend: await cipher.backend().catch(() => 'unknown') });
      }
      persist({ ...entries, [id]: sealed.toString('base64') });
    },
    /** The secrets of a profile; AppFailure AUTH_FAILED when none are stored or they cannot be decrypted. */
    async get(id: string): Promise<Secrets> {
      const sealed = entries[id];
      if (sealed === undefined) throw new AppFailure('AUTH_FAILED', 'No secret is stored for this profile: edit it and enter the access key secret.');
      try {
        const parsed = SecretsJson.parse(JSON.parse(await cipher.decrypt(Buffer.from(sealed, 'base64'))));
        return parsed.securityToken ? { accessKeySecret: parsed.accessKeySecret, securityToken: parsed.securityToken } : { accessKeySecret: parsed.accessKeySecret };
      } catch {
        throw new AppFailure('AUTH_FAILED', 'The stored secret could not be decrypted (was the OS keyring reset?): edit the profile and enter it again.');
      }
    },
    delete(id: string): void {
      if (!Object.hasOwn(entries, id)) return;
      const { [id]: _removed, ...rest } = entries;
      persist(rest);
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
