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
// Slicing-by-8 tables (T[k][n] = CRC of byte n followed by k zero bytes), split into 32-bit
// halves so the loop runs on plain numbers (BigInt per byte is slow): 8 bytes per step.
const SLICES: bigint[][] = [TABLE];
for (let k = 1; k < 8; k++) SLICES.push(SLICES[k - 1]!.map((v) => (v >> 8n) ^ TABLE[Number(v & 0xffn)]!));
const HI = SLICES.map((t) => Uint32Array.from(t, (v) => Number(v >> 32n)));
const LO = SLICES.map((t) => Uint32Array.from(t, (v) => Number(v & 0xffffffffn)));
const [H0, H1, H2, H3, H4, H5, H6, H7] = HI as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
const [L0, L1, L2, L3, L4, L5, L6, L7] = LO as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];

/** Incremental CRC-64: feed chunks as they stream past, read the decimal value at the end. */
export class Crc64 {
  private hi = 0xffffffff;
  private lo = 0xffffffff;

  update(body: Uint8Array): this {
    let hi = this.hi;
    let lo = this.lo;
    let i = 0;
    for (const end8 = body.length - 7; i < end8; i += 8) {
      const a = lo ^ (body[i]! | (body[i + 1]! << 8) | (body[i + 2]! << 16) | (body[i + 3]! << 24));
      const b = hi ^ (body[i + 4]! | (body[i + 5]! << 8) | (body[i + 6]! << 16) | (body[i + 7]! << 24));
      const a0 = a & 0xff, a1 = (a >>> 8) & 0xff, a2 = (a >>> 16) & 0xff, a3 = a >>> 24;
      const b0 = b & 0xff, b1 = (b >>> 8) & 0xff, b2 = (b >>> 16) & 0xff, b3 = b >>> 24;
      lo = L7[a0]! ^ L6[a1]! ^ L5[a2]! ^ L4[a3]! ^ L3[b0]! ^ L2[b1]! ^ L1[b2]! ^ L0[b3]!;
      hi = H7[a0]! ^ H6[a1]! ^ H5[a2]! ^ H4[a3]! ^ H3[b0]! ^ H2[b1]! ^ H1[b2]! ^ H0[b3]!;
    }
    for (; i < body.length; i++) {
      const t = (lo ^ body[i]!) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ L0[t]!;
      hi = (hi >>> 8) ^ H0[t]!;
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
