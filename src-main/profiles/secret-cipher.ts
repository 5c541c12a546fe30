// How the vault encrypts each entry. Electron's safeStorage in the app, an in-memory AES key in
// tests and the browser host: either way no plaintext secret ever reaches the disk.
export interface SecretCipher {
  /** e.g. 'gnome_libsecret', 'keychain', 'dpapi', 'basic_text', 'memory'. */
  backend(): string;
  /** False when the OS offers no real keyring (Linux `basic_text`): the user must accept it. */
  isSecure(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}
