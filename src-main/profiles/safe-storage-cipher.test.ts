import { describe, expect, it, vi } from 'vitest';

// Electron's binary is not available in plain Node: its module is replaced; the cipher also accepts an injected safeStorage.
vi.mock('electron', () => ({ safeStorage: { isEncryptionAvailable: () => false } }));
const { createSafeStorageCipher } = await import('./safe-storage-cipher');

function fakeSafeStorage(backend: string, available = true) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: vi.fn((plain: string) => Buffer.from(`enc:${[...plain].reverse().join('')}`)),
    decryptString: vi.fn((data: Buffer) => [...data.toString().slice(4)].reverse().join('')),
    getSelectedStorageBackend: () => backend,
  };
}

describe('createSafeStorageCipher()', () => {
  it('wraps encryptString/decryptString', () => {
    const storage = fakeSafeStorage('gnome_libsecret');
    const cipher = createSafeStorageCipher(storage, 'linux');
    expect(cipher.decrypt(cipher.encrypt('abc'))).toBe('abc');
    expect(storage.encryptString).toHaveBeenCalledWith('abc');
  });

  it('is secure with a real Linux keyring and not with basic_text', () => {
    expect(createSafeStorageCipher(fakeSafeStorage('gnome_libsecret'), 'linux').isSecure()).toBe(true);
    expect(createSafeStorageCipher(fakeSafeStorage('kwallet5'), 'linux').backend()).toBe('kwallet5');
    const basic = createSafeStorageCipher(fakeSafeStorage('basic_text'), 'linux');
    expect([basic.isSecure(), basic.backend()]).toEqual([false, 'basic_text']);
  });

  it('names the macOS and Windows backends and trusts them', () => {
    expect(createSafeStorageCipher(fakeSafeStorage('ignored'), 'darwin').backend()).toBe('keychain');
    expect(createSafeStorageCipher(fakeSafeStorage('ignored'), 'win32').isSecure()).toBe(true);
  });

  it('is not secure and refuses to encrypt when encryption is unavailable', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret', false), 'linux');
    expect([cipher.isSecure(), cipher.backend()]).toEqual([false, 'unavailable']);
    expect(() => cipher.encrypt('x')).toThrow(/not available/);
  });

  it('uses Electron safeStorage by default', () => {
    expect(createSafeStorageCipher().isSecure()).toBe(false);
  });
});
