import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Crc64, combineCrc64, crc64Of } from './crc64';

describe('CRC-64/ECMA-182 (OSS x-oss-hash-crc64ecma)', () => {
  it('reproduces the check value of "123456789" and 0 for no bytes', () => {
    // CRC-64/XZ catalogue check value (reveng), the variant Go's crc64.ECMA table computes.
    expect(crc64Of(Buffer.from('123456789'))).toBe(String(0x995dc9bbdf1939fan));
    expect(crc64Of(Buffer.alloc(0))).toBe('0');
  });

  it('matches the bit-by-bit definition for every length around the 8-byte steps', () => {
    const bitwise = (bytes: Uint8Array): string => {
      let crc = (1n << 64n) - 1n;
      for (const byte of bytes) {
        crc ^= BigInt(byte);
        for (let k = 0; k < 8; k++) crc = (crc & 1n) === 1n ? (crc >> 1n) ^ 0xc96c5795d7870f42n : crc >> 1n;
      }
      return (crc ^ ((1n << 64n) - 1n)).toString();
    };
    for (let n = 0; n <= 70; n++) {
      const data = randomBytes(n);
      expect(crc64Of(data), `${n} bytes`).toBe(bitwise(data));
    }
  });

  it('gives the same value however the bytes are chunked', () => {
    const data = randomBytes(10_000);
    const chunked = new Crc64();
    for (let i = 0; i < data.length; i += 777) chunked.update(data.subarray(i, i + 777));
    expect(chunked.value()).toBe(crc64Of(data));
  });

  it('combines the CRCs of parts into the CRC of the whole', () => {
    const a = randomBytes(1234);
    const b = randomBytes(100_001);
    const c = randomBytes(1);
    const ab = combineCrc64(crc64Of(a), crc64Of(b), b.length);
    expect(ab).toBe(crc64Of(Buffer.concat([a, b])));
    expect(combineCrc64(ab, crc64Of(c), 1)).toBe(crc64Of(Buffer.concat([a, b, c])));
    expect(combineCrc64(crc64Of(a), '0', 0)).toBe(crc64Of(a));
  });
});
