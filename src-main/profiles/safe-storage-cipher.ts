// The only file under profiles/ that imports Electron: safeStorage behind the SecretCipher interface.
import { safeStorage } from 'electron';
import type { SecretCipher } from './secret-cipher';

/** The part of Electron's safeStorage we use (injectable for tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(data: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/** Linux backends that do not protect the data with a real keyring. */
const INSECURE_BACKENDS = new Set(['basic_text', 'unknown']);

function platformBackend(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return 'unknown';
}

export function createSafeStorageCipher(storage: SafeStorageLike = safeStorage, platform: NodeJS.Platform = process.platform): SecretCipher {
  const backend = (): string => {
    if (!storage.isEncryptionAvailable()) return 'unavailable';
    // getSelectedStorageBackend exists on Linux only (and answers after app 'ready').
    return platform === 'linux' && storage.getSelectedStorageBackend ? storage.getSelectedStorageBackend() : platformBackend(platform);
  };
  return {
    backend,
    isSecure: () => {
      const name = backend();
      return name !== 'unavailable' && !INSECURE_BACKENDS.has(name);
    },
    encrypt(plain) {
      if (!storage.isEncryptionAvailable()) throw new Error('OS encryption is not available.');
      return storage.encryptString(plain);
    },
    decrypt(data) {
      return storage.decryptString(data);
    },
  };
}
