// The cipher uses safeStorage's asynchronous API only. The shared Electron fake (what `electron`
// resolves to under vitest) has no synchronous safeStorage calls, so using one fails here.
import { describe, expect, it, vi } from 'vitest';
import { electronFake, typed } from '../testing/electron-fake';
import { createSafeStorageCipher, type SafeStorageLike } from './safe-storage-cipher';

function fakeSafeStorage(backend: string, available = true): SafeStorageLike & { encryptStringAsync: ReturnType<typeof vi.fn> } {
  return {
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`enc:${[...plain].reverse().join('')}`)),
    decryptStringAsync: async (data: Buffer) => ({ shouldReEncrypt: false, result: [...data.toString().slice(4)].reverse().join('') }),
    getSelectedStorageBackend: () => backend,
  };
}

describe('createSafeStorageCipher()', () => {
  it('wraps encryptStringAsync/decryptStringAsync', async () => {
    const storage = fakeSafeStorage('gnome_libsecret');
    const cipher = createSafeStorageCipher(storage, 'linux');
    expect(await cipher.decrypt(await cipher.encrypt('abc'))).toBe('abc');
    expect(storage.encryptStringAsync).toHaveBeenCalledWith('abc');
  });

  it('is secure with a real Linux keyring and not with basic_text', async () => {
    expect(await createSafeStorageCipher(fakeSafeStorage('gnome_libsecret'), 'linux').isSecure()).toBe(true);
    expect(await createSafeStorageCipher(fakeSafeStorage('kwallet5'), 'linux').backend()).toBe('kwallet5');
    const basic = createSafeStorageCipher(fakeSafeStorage('basic_text'), 'linux');
    expect([await basic.isSecure(), await basic.backend()]).toEqual([false, 'basic_text']);
  });

  it('names the macOS and Windows backends and trusts them', async () => {
    expect(await createSafeStorageCipher(fakeSafeStorage('ignored'), 'darwin').backend()).toBe('keychain');
    expect(await createSafeStorageCipher(fakeSafeStorage('ignored'), 'win32').isSecure()).toBe(true);
  });

  it('is not secure and refuses to encrypt when encryption is unavailable', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret', false), 'linux');
    expect([await cipher.isSecure(), await cipher.backend()]).toEqual([false, 'unavailable']);
    await expect(cipher.encrypt('x')).rejects.toThrow(/not available/);
  });

  it("uses Electron's safeStorage by default, through the async API only", async () => {
    const cipher = createSafeStorageCipher(undefined, 'linux');
    const sealed = await cipher.encrypt('secret');
    expect(sealed.toString()).not.toContain('secret');
    expect(await cipher.decrypt(sealed)).toBe('secret');
    expect(await cipher.isSecure()).toBe(true);
    electronFake.keyring.backend = 'basic_text';
    expect(await cipher.isSecure()).toBe(false);
    expect('encryptString' in typed.safeStorage).toBe(false);
  });
});
