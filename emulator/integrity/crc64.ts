// CRC-64/ECMA-182 as OSS reports it in x-oss-hash-crc64ecma: the reflected ECMA polynomial
// 0xC96C5795D7870F42, init and xor-out all ones (Go's hash/crc64 with crc64.ECMA, which the
// OSS Go SDK uses; check value of "123456789" is 11051210869376104954). The emulator's own
// copy: it shares no code with the app. Stored bodies keep their CRC, computed as they arrive.
const POLY = 0xc96c5795d7870f42n;
const MASK = (1n << 64n) - 1n;

const TABLE: bigint[] = Array.from({ length: 256 }, (_, n) => {
  let c = BigInt(n);
  for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ POLY : c >> 1n;
  return c;
});
// Split into 32-bit halves so the byte loop runs on plain numbers (BigInt per byte is slow).
const HI = Uint32Array.from(TABLE, (v) => Number(v >> 32n));
const LO = Uint32Array.from(TABLE, (v) => Number(v & 0xffffffffn));

/** Incremental CRC-64: feed chunks as they stream past, read the decimal value at the end. */
export class Crc64 {
  private hi = 0xffffffff;
  private lo = 0xffffffff;

  update(body: Uint8Array): this {
    let hi = this.hi;
    let lo = this.lo;
    for (let i = 0; i < body.length; i++) {
      const t = (lo ^ body[i]!) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ LO[t]!;
      hi = (hi >>> 8) ^ HI[t]!;
    }
    this.hi = hi;
    this.lo = lo;
    return this;
  }

  value(): string {
    const value = ((BigInt((this.hi ^ 0xffffffff) >>> 0) << 32n) | BigInt((this.lo ^ 0xffffffff) >>> 0)) & MASK;
    return value.toString(10);
  }
}

export function crc64(body: Uint8Array): string {
  return new Crc64().update(body).value();
}
