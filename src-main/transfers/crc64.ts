// CRC-64/ECMA-182 the way OSS computes x-oss-hash-crc64ecma (reflected polynomial
// 0xC96C5795D7870F42, init and xor-out all ones, as Go's hash/crc64 with crc64.ECMA), computed
// while bytes stream, plus the combination of two CRCs (zlib's crc32_combine in 64 bits, as
// aliyun-oss-go-sdk oss/crc.go CRC64Combine) so parts hashed in parallel give the object's CRC.
const POLY = 0xc96c5795d7870f42n;

function makeTables(): { hi: Uint32Array[]; lo: Uint32Array[] } {
  const one: bigint[] = Array.from({ length: 256 }, (_, n) => {
    let c = BigInt(n);
    for (let k = 0; k < 8; k++) c = (c & 1n) === 1n ? (c >> 1n) ^ POLY : c >> 1n;
    return c;
  });
  // Slicing-by-8: table k is the CRC of byte n followed by k zero bytes, so 8 input bytes fold in
  // one step (the byte-at-a-time loop kept upload hashing far below the network's speed).
  const slices: bigint[][] = [one];
  for (let k = 1; k < 8; k++) slices.push(slices[k - 1]!.map((v) => (v >> 8n) ^ one[Number(v & 0xffn)]!));
  return { hi: slices.map((t) => Uint32Array.from(t, (v) => Number(v >> 32n))), lo: slices.map((t) => Uint32Array.from(t, (v) => Number(v & 0xffffffffn))) };
}
const T = makeTables();
type Eight = [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
const [H0, H1, H2, H3, H4, H5, H6, H7] = T.hi as Eight;
const [L0, L1, L2, L3, L4, L5, L6, L7] = T.lo as Eight;

/** Streaming CRC-64: `update` with each chunk, `value` at the end (decimal string, as OSS sends it). */
export class Crc64 {
  // The register, pre-inverted, as two unsigned 32-bit halves.
  private h = 0xffffffff;
  private l = 0xffffffff;

  update(chunk: Uint8Array): this {
    let h = this.h;
    let l = this.l;
    let i = 0;
    for (const end = chunk.length - 7; i < end; i += 8) {
      const a = l ^ (chunk[i]! | (chunk[i + 1]! << 8) | (chunk[i + 2]! << 16) | (chunk[i + 3]! << 24));
      const b = h ^ (chunk[i + 4]! | (chunk[i + 5]! << 8) | (chunk[i + 6]! << 16) | (chunk[i + 7]! << 24));
      l = L7[a & 0xff]! ^ L6[(a >>> 8) & 0xff]! ^ L5[(a >>> 16) & 0xff]! ^ L4[a >>> 24]! ^ L3[b & 0xff]! ^ L2[(b >>> 8) & 0xff]! ^ L1[(b >>> 16) & 0xff]! ^ L0[b >>> 24]!;
      h = H7[a & 0xff]! ^ H6[(a >>> 8) & 0xff]! ^ H5[(a >>> 16) & 0xff]! ^ H4[a >>> 24]! ^ H3[b & 0xff]! ^ H2[(b >>> 8) & 0xff]! ^ H1[(b >>> 16) & 0xff]! ^ H0[b >>> 24]!;
    }
    for (; i < chunk.length; i++) {
      const idx = (l ^ chunk[i]!) & 0xff;
      l = ((l >>> 8) | (h << 24)) ^ L0[idx]!;
      h = (h >>> 8) ^ H0[idx]!;
    }
    this.h = h;
    this.l = l;
    return this;
  }

  value(): string {
    return ((BigInt((this.h ^ 0xffffffff) >>> 0) << 32n) | BigInt((this.l ^ 0xffffffff) >>> 0)).toString();
  }
}

export const crc64Of = (bytes: Uint8Array): string => new Crc64().update(bytes).value();

function gf2Times(matrix: bigint[], vector: bigint): bigint {
  let sum = 0n;
  for (let i = 0; vector !== 0n; i++, vector >>= 1n) if ((vector & 1n) === 1n) sum ^= matrix[i]!;
  return sum;
}

const gf2Square = (matrix: bigint[]): bigint[] => matrix.map((row) => gf2Times(matrix, row));

/** CRC of A‖B from crc(A), crc(B) and B's length (decimal strings in and out). */
export function combineCrc64(crcA: string, crcB: string, lengthB: number): string {
  if (lengthB === 0) return crcA;
  // The operator for one zero bit, then squared to 2 and 4 zero bits.
  let odd: bigint[] = [POLY, ...Array.from({ length: 63 }, (_, n) => 1n << BigInt(n))];
  let even = gf2Square(odd);
  odd = gf2Square(even);
  let crc = BigInt(crcA);
  let remaining = BigInt(lengthB);
  for (;;) {
    even = gf2Square(odd);
    if ((remaining & 1n) === 1n) crc = gf2Times(even, crc);
    remaining >>= 1n;
    if (remaining === 0n) break;
    odd = gf2Square(even);
    if ((remaining & 1n) === 1n) crc = gf2Times(odd, crc);
    remaining >>= 1n;
    if (remaining === 0n) break;
  }
  return (crc ^ BigInt(crcB)).toString();
}
