import { describe, expect, it } from 'vitest';
import { createMemoryCipher } from './memory-cipher';

describe('createMemoryCipher()', () => {
  it('round-trips text, including CJK and emoji', async () => {
    const cipher = createMemoryCipher();
    const plain = 'sk-秘密-🔑-' + 'x'.repeat(500);
    expect(await cipher.decrypt(await cipher.encrypt(plain))).toBe(plain);
  });

  it('never puts the plaintext in the ciphertext and uses a fresh IV each time', async () => {
    const cipher = createMemoryCipher();
    const a = await cipher.encrypt('my-plain-secret');
    const b = await cipher.encrypt('my-plain-secret');
    expect(a.toString('latin1')).not.toContain('my-plain-secret');
    expect(a.toString('base64')).not.toContain(Buffer.from('my-plain-secret').toString('base64'));
    expect(a.equals(b)).toBe(false);
  });

  it('rejects tampered data and data from another key', async () => {
    const cipher = createMemoryCipher();
    const sealed = await cipher.encrypt('secret');
    sealed[sealed.length - 1]! ^= 1;
    await expect(cipher.decrypt(sealed)).rejects.toThrow();
    await expect(createMemoryCipher().decrypt(await cipher.encrypt('secret'))).rejects.toThrow();
    await expect(cipher.decrypt(Buffer.alloc(4))).rejects.toThrow();
  });

  it('reports itself secure by default, or as basic_text when asked to play an insecure backend', async () => {
    expect([await createMemoryCipher().isSecure(), await createMemoryCipher().backend()]).toEqual([true, 'memory']);
    const insecure = createMemoryCipher({ secure: false });
    expect([await insecure.isSecure(), await insecure.backend()]).toEqual([false, 'basic_text']);
  });
});
