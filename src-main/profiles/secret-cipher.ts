// How the vault encrypts each entry. Electron's safeStorage in the app, an in-memory AES key in
// tests and the browser host: either way no plaintext secret ever reaches the disk. Every call
// is asynchronous, as Electron's safeStorage async API is, so a keyring prompt never blocks main.
export interface SecretCipher {
  /** e.g. 'gnome_libsecret', 'keychain', 'dpapi', 'basic_text', 'memory'. */
  backend(): Promise<string>;
  /** False when the OS offers no real keyring (Linux `basic_text`): the user must accept it. */
  isSecure(): Promise<boolean>;
  encrypt(plain: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<string>;
}
