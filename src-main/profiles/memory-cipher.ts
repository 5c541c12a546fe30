// AES-256-GCM with a random key that lives only in this process: for tests and the browser host.
// What it writes is unreadable after the process ends, which is exactly what a test vault needs.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretCipher } from './secret-cipher';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createMemoryCipher(options: { secure?: boolean; backend?: string } = {}): SecretCipher {
  const key = randomBytes(32);
  const secure = options.secure ?? true;
  return {
    backend: async () => options.backend ?? (secure ? 'memory' : 'basic_text'),
    isSecure: async () => secure,
    async encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data) {
      if (data.length < IV_BYTES + TAG_BYTES) throw new Error('Encrypted entry is too short.');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
