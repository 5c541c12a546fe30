// The only file under profiles/ that imports Electron: safeStorage behind the SecretCipher
// interface, through its asynchronous API (the synchronous calls are deprecated in Electron 45
// and block main while a keyring asks the user to unlock it).
import { safeStorage, type SafeStorage } from 'electron';
import type { SecretCipher } from './secret-cipher';

/** The part of Electron's safeStorage we use (injectable for tests). */
export type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'> & {
  getSelectedStorageBackend?(): string;
};

/** Linux backends that do not protect the data with a real keyring. */
const INSECURE_BACKENDS = new Set(['basic_text', 'unknown']);

function platformBackend(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return 'unknown';
}

export function createSafeStorageCipher(storage: SafeStorageLike = safeStorage, platform: NodeJS.Platform = process.platform): SecretCipher {
  const backend = async (): Promise<string> => {
    if (!(await storage.isAsyncEncryptionAvailable())) return 'unavailable';
    // getSelectedStorageBackend exists on Linux only (and answers after app 'ready').
    return platform === 'linux' && storage.getSelectedStorageBackend ? storage.getSelectedStorageBackend() : platformBackend(platform);
  };
  return {
    backend,
    isSecure: async () => {
      const name = await backend();
      return name !== 'unavailable' && !INSECURE_BACKENDS.has(name);
    },
    async encrypt(plain) {
      if (!(await storage.isAsyncEncryptionAvailable())) throw new Error('OS encryption is not available.');
      return storage.encryptStringAsync(plain);
    },
    async decrypt(data) {
      return (await storage.decryptStringAsync(data)).result;
    },
  };
}
