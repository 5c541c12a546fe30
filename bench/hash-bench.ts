// `crc64-hash`: how fast our CRC-64/ECMA-182 (pure JS, slicing-by-8, on the thread that runs the
// transfers) hashes, next to Node's native zlib CRC-32 and MD5 on the same bytes. Uploads to OSS
// hash every byte with it, so it bounds upload throughput; the byte-at-a-time table it replaced
// read ~0.5-0.7x ali-oss on upload-256m, slicing-by-8 ~0.9x in the same conditions (README).
import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { Crc64 } from '../src-main/transfers/crc64';
import { type BenchScale } from './scale';
import { type BenchResult, result, rounds } from './stats';

export async function benchCrc64(scale: BenchScale): Promise<BenchResult> {
  const bytes = randomBytes(Math.min(scale.transferBytes, 64 * 1024 * 1024));
  const chunk = 64 * 1024; // what a file read or a response chunk hands over
  const each = (f: (c: Buffer) => void) => async () => {
    for (let i = 0; i < bytes.length; i += chunk) f(bytes.subarray(i, i + chunk));
  };
  const crc = new Crc64();
  let c32 = 0;
  const md5 = createHash('md5');
  const times = await rounds(scale.rounds, {
    crc64: each((c) => crc.update(c)),
    zlibCrc32: each((c) => (c32 = crc32(c, c32))),
    md5: each((c) => md5.update(c)),
  });
  const digests = [crc.value(), String(c32), md5.digest('hex')]; // used below, so no side is optimised away
  const mbps = (ms: number) => bytes.length / 1e6 / (ms / 1000);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const ratios = times.crc64.map((t, i) => (times.zlibCrc32[i] ?? NaN) / t);
  return result(ratios, '× native zlib CRC-32', 'informational (MB/s of each in details)', () => digests.every((d) => d !== ''), {
    crc64MBps: mbps(med(times.crc64)),
    zlibCrc32MBps: mbps(med(times.zlibCrc32)),
    md5MBps: mbps(med(times.md5)),
  });
}
