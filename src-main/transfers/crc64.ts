// CRC-64/ECMA-182 the way OSS computes x-oss-hash-crc64ecma (reflected polynomial
// 0xC96C5795D7870F42, init and xor-out all ones, as Go's hash/crc64 with crc64.ECMA), computed
// while bytes stream, plus the combination of two CRCs (zlib's crc32_combine in 64 bits, as
// aliyun-oss-go-sdk oss/crc.go CRC64Combine) so parts hashed in parallel give the object's CRC.
const POLY = 0xc96c5795d7870f42n;

function makeTables(): { hi: Uint32Array; lo: Uint32Array } {
  const hi = new Uint32Array(256);
  const lo = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = BigInt(n);
    for (let k = 0; k < 8; k++) c = (c & 1n) === 1n ? (c >> 1n) ^ POLY : c >> 1n;
    hi[n] = Number(c >> 32n);
    lo[n] = Number(c & 0xffffffffn);
  }
  return { hi, lo };
}
const T = makeTables();

/** Streaming CRC-64: `update` with each chunk, `value` at the end (decimal string, as OSS sends it). */
export class Crc64 {
  // The register, pre-inverted, as two unsigned 32-bit halves.
  private h = 0xffffffff;
  private l = 0xffffffff;

  update(chunk: Uint8Array): this {
    let h = this.h;
    let l = this.l;
    const { hi, lo } = T;
    for (let i = 0; i < chunk.length; i++) {
      const idx = (l ^ chunk[i]!) & 0xff;
      l = ((l >>> 8) | (h << 24)) ^ lo[idx]!;
      h = (h >>> 8) ^ hi[idx]!;
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
