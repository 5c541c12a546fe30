// Byte-identical round trips through the queue against the emulator, OSS (V4) and BOS: 0 B,
// 1 B, 16 MiB + 1 (multipart, 3 parts) and 100 MiB; a CRC mismatch (PutObject, a part, or
// only the combined CRC-64 on Complete) fails the item and keeps nothing; cancel
// leaves no multipart upload behind (ListMultipartUploads).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { DEMO_BUCKET, type ConfigName, useEmulator } from '../storage/testing/emulator-configs';
import { crc64Of } from './crc64';
import { MiB } from './part-plan';
import { createHarness, type Harness } from './testing/queue-harness';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));

describe.each<ConfigName>(['oss-v4', 'bos'])('%s', (name) => {
  const bucket = DEMO_BUCKET[name];
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(emu(), name);
  });
  afterEach(async () => {
    emu().setFaults({ badChecksums: false });
    await h.cleanup();
  });

  const base = { profileId: 'p', bucket };

  it.each([0, 1, 16 * MiB + 1, 100 * MiB])('uploads and downloads %i bytes byte-identically', async (size) => {
    const { path, bytes } = await h.file(`up-${size}.bin`, size);
    const key = `rt-${name}/${size}.bin`;
    const [up] = h.queue.add([{ ...base, direction: 'upload', key, localPath: path, name: `${size}.bin`, size }]);
    await h.queue.idle();
    expect(up!.error).toBeUndefined();
    expect(up!.state).toBe('done');
    const head = await h.client.head(bucket, key);
    expect(head.size).toBe(size);
    // Both name the object's CRC-64 on HEAD, the combined one for multipart objects (BOS:
    // x-bce-content-crc64ecma, bce-sdk-go services/bos/api/object_test.go GetObjectMeta).
    expect(head.crc64).toBe(crc64Of(bytes));
    const target = join(h.dir, 'down', `${size}.bin`);
    const [down] = h.queue.add([{ ...base, direction: 'download', key, localPath: target, name: `${size}.bin`, size: 0 }]);
    await h.queue.idle();
    expect(down!.error).toBeUndefined();
    expect(down!.state).toBe('done');
    expect((await readFile(target)).equals(bytes)).toBe(true);
    expect(await h.client.listMultipartUploads(bucket, `rt-${name}/`)).toEqual([]);
  }, 120_000);

  it('a wrong checksum from the service fails upload and download and keeps neither', async () => {
    const { path } = await h.file('crc.bin', 1000);
    const good = `crc-${name}/good.bin`;
    const big = await h.file('crc-big.bin', 16 * MiB + 5);
    const goodBig = `crc-${name}/good-big.bin`; // multipart: no plain-MD5 ETag to fall back on
    h.queue.add([
      { ...base, direction: 'upload', key: good, localPath: path, name: 'good.bin', size: 1000 },
      { ...base, direction: 'upload', key: goodBig, localPath: big.path, name: 'good-big.bin', size: 0 },
    ]);
    await h.queue.idle();
    emu().setFaults({ badChecksums: true });
    const bigTarget = join(h.dir, 'bad-big-down.bin');
    const [bigDown] = h.queue.add([{ ...base, direction: 'download', key: goodBig, localPath: bigTarget, name: 'bad-big-down.bin', size: 0 }]);
    await h.queue.idle();
    expect([bigDown!.state, bigDown!.error?.code]).toEqual(['failed', 'CHECKSUM_MISMATCH']);
    await expect(readFile(bigTarget)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(`${bigTarget}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
    const key = `crc-${name}/bad.bin`;
    const [up] = h.queue.add([{ ...base, direction: 'upload', key, localPath: path, name: 'bad.bin', size: 1000 }]);
    await h.queue.idle();
    // Both answer a PutObject with their CRC-64 of the bytes stored (BOS: x-bce-content-crc64ecma,
    // bce-sdk-go services/bos/api/object_test.go TestPutObject, ContentCrc64ECMA = hash/crc64 ECMA of the body).
    expect([up!.state, up!.error?.code]).toEqual(['failed', 'CHECKSUM_MISMATCH']);
    expect(up!.error?.message).toMatch(/checksum mismatch/);
    await expect(h.client.head(bucket, key)).rejects.toMatchObject({ status: 404 });
    {
      const target = join(h.dir, 'bad-down.bin');
      const [down] = h.queue.add([{ ...base, direction: 'download', key: good, localPath: target, name: 'bad-down.bin', size: 0 }]);
      await h.queue.idle();
      expect([down!.state, down!.error?.code]).toEqual(['failed', 'CHECKSUM_MISMATCH']);
      await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(readFile(`${target}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
    }
    const [mp] = h.queue.add([{ ...base, direction: 'upload', key: `crc-${name}/big.bin`, localPath: big.path, name: 'big.bin', size: 0 }]);
    await h.queue.idle();
    expect([mp!.state, mp!.error?.code]).toEqual(['failed', 'CHECKSUM_MISMATCH']);
  }, 60_000);

  it('a wrong combined CRC-64 on CompleteMultipartUpload alone fails the upload and keeps nothing', async () => {
    // Parts answer right; only the Complete answer's CRC-64 (OSS x-oss-hash-crc64ecma, BOS
    // x-bce-content-crc64ecma) is wrong: the object no longer matches the parts we sent.
    const big = await h.file('crc-complete.bin', 16 * MiB + 3);
    const key = `crc-complete-${name}/big.bin`;
    emu().setFaults({ badChecksums: { method: 'POST', query: 'uploadId' } });
    const [mp] = h.queue.add([{ ...base, direction: 'upload', key, localPath: big.path, name: 'big.bin', size: 0 }]);
    await h.queue.idle();
    expect([mp!.state, mp!.error?.code]).toEqual(['failed', 'CHECKSUM_MISMATCH']);
    await expect(h.client.head(bucket, key)).rejects.toMatchObject({ status: 404 });
    expect(await h.client.listMultipartUploads(bucket, key)).toEqual([]);
    // The same file with honest answers goes up (the check compares, it does not always refuse).
    emu().setFaults({ badChecksums: false });
    h.queue.control('retry', [mp!.id]);
    await h.queue.idle();
    expect([mp!.state, mp!.error?.code]).toEqual(['done', undefined]);
    expect((await h.client.head(bucket, key)).crc64).toBe(crc64Of(big.bytes));
  }, 60_000);

  it('cancel during a multipart upload aborts it: no upload is left', async () => {
    const { path } = await h.file('cancel.bin', 40 * MiB);
    const key = `cancel-${name}/c.bin`;
    const [item] = h.queue.add([{ ...base, direction: 'upload', key, localPath: path, name: 'c.bin', size: 0 }]);
    await expect.poll(async () => (await h.client.listMultipartUploads(bucket, `cancel-${name}/`)).length, { timeout: 20_000, interval: 20 }).toBe(1);
    h.queue.control('cancel', [item!.id]);
    await h.queue.idle();
    await expect.poll(() => item!.state).toBe('cancelled');
    await expect.poll(async () => (await h.client.listMultipartUploads(bucket, `cancel-${name}/`)).length).toBe(0);
    await expect(h.client.head(bucket, key)).rejects.toMatchObject({ status: 404 });
    h.queue.control('retry', [item!.id]);
    await h.queue.idle();
    expect(item!.state).toBe('done');
  }, 60_000);
});
