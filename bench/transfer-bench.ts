// Transfer benchmarks (issue 14): `upload-256m` / `download-256m` compare our transfer queue with
// ali-oss (`multipartUpload` / `getStream`) and a bare loop of one unsigned PUT / GET of the same
// bytes (a public-read-write bucket), rotating order, ratios within a round; `upload-rss-1g` is
// the RSS our engine adds while it uploads 1 GiB, measured in a process of its own.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { aliOss } from '../emulator/test-oracles';
import { createTransferQueue, type NewTransfer } from '../src-main/transfers/transfer-queue';
import { type BenchEmulator, startEmulatorProcess } from './emulator-process';
import { runJsonChild } from './json-child';
import { ourClient } from './our-client';
import { OSS_REGION } from './rivals';
import { type BenchScale } from './scale';
import { type BenchResult, result, rounds } from './stats';

const BUCKET = 'bench-transfers';
const MiB = 1024 * 1024;

/** Random bytes written in 8 MiB chunks (a 1 GiB file without a 1 GiB buffer). */
async function writeLocalFile(path: string, size: number): Promise<void> {
  await writeFile(path, '');
  const out = createWriteStream(path);
  const chunk = randomBytes(Math.min(size, 8 * MiB));
  for (let left = size; left > 0; left -= chunk.length) {
    if (!out.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise<void>((d) => out.once('drain', () => d()));
  }
  await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
}

const admin = (emu: BenchEmulator) =>
  aliOss({ endpoint: emu.oss, region: `oss-${OSS_REGION}`, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, bucket: BUCKET });

/** The bench bucket, public-read-write so that the bare loop needs no signature. */
async function createPublicBucket(emu: BenchEmulator): Promise<void> {
  const a = admin(emu) as unknown as { putBucket(name: string): Promise<unknown>; putBucketACL(name: string, acl: string): Promise<unknown> };
  await a.putBucket(BUCKET);
  await a.putBucketACL(BUCKET, 'public-read-write');
}

export async function benchTransfer(direction: 'upload' | 'download', scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'symbucket-bench-'));
  const ours = ourClient(emu);
  const queue = createTransferQueue({ clientFor: async () => ours.client, onChange: () => {}, onRemove: () => {}, onPersist: () => {} });
  try {
    await createPublicBucket(emu);
    const size = scale.transferBytes;
    const file = join(dir, 'payload.bin');
    await writeLocalFile(file, size);
    const ali = admin(emu);
    const bareUrl = `${emu.oss}/${BUCKET}/bare.bin`;
    const run = async (item: NewTransfer) => {
      const [added] = queue.add([item]);
      await queue.idle();
      if (added?.state !== 'done') throw new Error(`our ${direction} ended ${added?.state}: ${added?.error?.message}`);
    };
    const ourItem = (d: 'upload' | 'download'): NewTransfer => ({
      profileId: 'bench', bucket: BUCKET, name: 'ours.bin', size: 0, direction: d, key: 'ours.bin', localPath: d === 'upload' ? file : join(dir, `down-${Date.now()}.bin`),
    });
    const upload = {
      ours: () => run(ourItem('upload')),
      aliOss: () => ali.multipartUpload('ali.bin', file, { partSize: 8 * MiB, parallel: 4 }),
      bare: async () => {
        const body = Readable.toWeb(createReadStream(file)) as unknown as BodyInit;
        const res = await fetch(bareUrl, { method: 'PUT', body, headers: { 'content-length': String(size) }, duplex: 'half' } as RequestInit);
        if (!res.ok) throw new Error(`bare PUT ${res.status}`);
      },
    };
    // Each side's object exists before the downloads (and the emulator has warmed up on one upload each).
    for (const side of Object.values(upload)) await side();
    const sides =
      direction === 'upload'
        ? upload
        : {
            ours: () => run(ourItem('download')),
            aliOss: async () => pipeline((await ali.getStream('ali.bin')).stream, createWriteStream(join(dir, 'ali-down.bin'))),
            bare: async () => pipeline(Readable.fromWeb((await fetch(bareUrl)).body as never), createWriteStream(join(dir, 'bare-down.bin'))),
          };
    const t = await rounds(scale.rounds, sides);
    const vsAli = t.ours.map((ms, i) => (t.aliOss[i] ?? 0) / ms);
    const vsBare = t.ours.map((ms, i) => (t.bare[i] ?? 0) / ms);
    const mbps = (ms: number) => size / MiB / (ms / 1000);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
    return result(vsAli, '× ali-oss', 'informational (ours / ali-oss and ours / bare loop reported)', () => true, {
      vsBareLoop: median(vsBare),
      oursMBps: mbps(median(t.ours)),
      aliOssMBps: mbps(median(t.aliOss)),
      bareMBps: mbps(median(t.bare)),
      bytes: size,
    });
  } finally {
    await queue.stop();
    await ours.close();
    await emu.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** RSS our engine adds while uploading `scale.rssBytes`, in a process of its own (bench/rss-child.ts). */
export async function benchUploadRss(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'symbucket-rss-'));
  try {
    await createPublicBucket(emu);
    const file = join(dir, 'rss.bin');
    await writeLocalFile(file, scale.rssBytes);
    const samples: number[] = [];
    for (let r = 0; r < scale.rounds; r++) {
      const { growth } = await runJsonChild<{ growth: number }>('bench/rss-child.ts', 'BENCH_RSS', { endpoints: emu, file, bucket: BUCKET });
      samples.push(growth / MiB);
    }
    return result(samples, 'MB RSS growth', `≤ 100 MB while uploading ${scale.rssBytes / MiB} MiB`, (mb) => mb <= 100, { bytes: scale.rssBytes });
  } finally {
    await emu.close();
    await rm(dir, { recursive: true, force: true });
  }
}
