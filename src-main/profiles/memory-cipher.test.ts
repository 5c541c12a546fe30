import { describe, expect, it } from 'vitest';
import { createMemoryCipher } from './memory-cipher';

describe('createMemoryCipher()', () => {
  it('round-trips text, including CJK and emoji', () => {
    const cipher = createMemoryCipher();
    const plain = 'sk-秘密-🔑-' + 'x'.repeat(500);
    expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
  });

  it('never puts the plaintext in the ciphertext and uses a fresh IV each time', () => {
    const cipher = createMemoryCipher();
    const a = cipher.encrypt('my-plain-secret');
    const b = cipher.encrypt('my-plain-secret');
    expect(a.toString('latin1')).not.toContain('my-plain-secret');
    expect(a.toString('base64')).not.toContain(Buffer.from('my-plain-secret').toString('base64'));
    expect(a.equals(b)).toBe(false);
  });

  it('rejects tampered data and data from another key', () => {
    const cipher = createMemoryCipher();
    const sealed = cipher.encrypt('secret');
    sealed[sealed.length - 1]! ^= 1;
    expect(() => cipher.decrypt(sealed)).toThrow();
    expect(() => createMemoryCipher().decrypt(cipher.encrypt('secret'))).toThrow();
    expect(() => cipher.decrypt(Buffer.alloc(4))).toThrow();
  });

  it('reports itself secure by default, or as basic_text when asked to play an insecure backend', () => {
    expect([createMemoryCipher().isSecure(), createMemoryCipher().backend()]).toEqual([true, 'memory']);
    const insecure = createMemoryCipher({ secure: false });
    expect([insecure.isSecure(), insecure.backend()]).toEqual([false, 'basic_text']);
  });
});
