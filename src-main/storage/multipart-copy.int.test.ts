// Server-side multipart copy (UploadPartCopy) against the emulator, OSS and BOS: no upload stays
// behind on the service — not when an InitiateMultipartUpload answer is lost and the retry makes
// a second upload, not when a part fails, not when the caller cancels part-way.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, useEmulator } from './testing/emulator-configs';
import { isStorageError } from './errors';
import { type MultipartCopyInput, type StorageClient } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
const PART = 100 * 1024; // the emulator's (and both providers') minimum part size

describe.each<ConfigName>(['oss-v4', 'bos'])('%s multipart copy', (name) => {
  const bucket = DEMO_BUCKET[name];
  const root = `mpcopy-${name}/`;
  const body = randomBytes(3 * PART + 17);
  let c: StorageClient;
  beforeAll(async () => {
    // Retries as the app configures them (the default policy): a lost answer is tried again.
    c = createStorageClient(emulatorConfig(emu(), name, { maxRetries: undefined }));
    await c.put({ bucket, key: `${root}source.bin`, body });
  });

  const input = (key: string, over: Partial<MultipartCopyInput> = {}): MultipartCopyInput => ({
    bucket,
    key,
    sourceBucket: bucket,
    sourceKey: `${root}source.bin`,
    size: body.length,
    partSize: PART,
    contentType: 'application/x-test',
    meta: { kind: 'copy' },
    ...over,
  });
  const pending = async (key: string) => (await c.listMultipartUploads(bucket, key)).map((u) => u.uploadId);
  const bytesOf = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of (await c.get({ bucket, key })).body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it.each([1, 2])('%i lost InitiateMultipartUpload answer(s): the retries leave no second upload behind', async (lost) => {
    const key = `${root}after-${lost}-lost.bin`;
    emu().setFaults({ dropAnswers: { method: 'POST', query: 'uploads', times: lost } });
    try {
      await c.copyMultipart(input(key));
    } finally {
      emu().setFaults({ dropAnswers: { method: 'POST', query: 'uploads', times: 0 } });
    }
    expect((await bytesOf(key)).equals(body)).toBe(true);
    expect(await pending(key)).toEqual([]);
  });

  it('a part that fails aborts the upload (the source is gone)', async () => {
    const key = `${root}failed.bin`;
    await expect(c.copyMultipart(input(key, { sourceKey: `${root}no-such-source.bin` }))).rejects.toMatchObject({ status: 404 });
    expect(await pending(key)).toEqual([]);
    await expect(c.head(bucket, key)).rejects.toMatchObject({ status: 404 });
  });

  it('cancelled after the first part: the storage error Aborted, the upload is aborted, no object is made', async () => {
    const key = `${root}cancelled.bin`;
    const controller = new AbortController();
    const done: number[] = [];
    const copy = c.copyMultipart(input(key, { signal: controller.signal, onPart: (bytes) => (done.push(bytes), controller.abort()) }));
    // Between parts, as during a request: what every cancelled storage call throws.
    await expect(copy).rejects.toSatisfy((e) => isStorageError(e, 'Aborted') && e.provider === c.provider);
    expect(done).toEqual([PART]);
    expect(await pending(key)).toEqual([]);
    await expect(c.head(bucket, key)).rejects.toMatchObject({ status: 404 });
  });

  it('cancelled while InitiateMultipartUpload is under way: Aborted, and the upload it made is aborted', async () => {
    const key = `${root}cancelled-initiate.bin`;
    const controller = new AbortController();
    const latencyMs = 150;
    emu().setFaults({ latencyMs });
    try {
      const copy = c.copyMultipart(input(key, { signal: controller.signal }));
      // The ListMultipartUploads before Initiate takes one latency; the cancel lands during Initiate.
      setTimeout(() => controller.abort(), latencyMs * 1.5);
      await expect(copy).rejects.toSatisfy((e) => isStorageError(e, 'Aborted'));
    } finally {
      emu().setFaults({ latencyMs: 0 });
    }
    expect(await pending(key)).toEqual([]);
    await expect(c.head(bucket, key)).rejects.toMatchObject({ status: 404 });
  });

  it('cancelled after the last part, before Complete: Aborted, the upload is aborted, no object is made', async () => {
    const key = `${root}cancelled-last.bin`;
    const controller = new AbortController();
    const copy = c.copyMultipart(input(key, { signal: controller.signal, onPart: (bytes) => bytes === body.length && controller.abort() }));
    await expect(copy).rejects.toSatisfy((e) => isStorageError(e, 'Aborted'));
    expect(await pending(key)).toEqual([]);
    await expect(c.head(bucket, key)).rejects.toMatchObject({ status: 404 });
  });

  it('cancelled while CompleteMultipartUpload is under way: the copy finishes with its ACL, as the service may complete it anyway', async () => {
    const key = `${root}cancelled-complete.bin`;
    const controller = new AbortController();
    const latencyMs = 150;
    const onPart = (bytes: number) => {
      if (bytes !== body.length) return;
      emu().setFaults({ latencyMs });
      setTimeout(() => controller.abort(), latencyMs / 2); // Complete takes one latency: the cancel lands during it
    };
    try {
      await c.copyMultipart(input(key, { signal: controller.signal, acl: 'public-read', onPart }));
    } finally {
      emu().setFaults({ latencyMs: 0 });
    }
    expect(controller.signal.aborted).toBe(true);
    expect((await bytesOf(key)).equals(body)).toBe(true);
    expect(await c.objectAcl(bucket, key)).toBe('public-read');
    expect(await pending(key)).toEqual([]);
  });

  it('cancelled before it starts: Aborted, nothing sent', async () => {
    const key = `${root}cancelled-before.bin`;
    await expect(c.copyMultipart(input(key, { signal: AbortSignal.abort() }))).rejects.toSatisfy((e) => isStorageError(e, 'Aborted'));
    expect(await pending(key)).toEqual([]);
  });
});
