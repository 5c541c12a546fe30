// Races between the user's buttons and requests in flight, made deterministic by holding one
// real request (to the emulator) until the test lets it answer: the service did its work, the
// answer arrives late or, once aborted, never. Each was seen in the cancel-retry e2e under load.
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { useEmulator } from '../storage/testing/emulator-configs';
import type { StorageClient } from '../storage/types';
import { createHarness, type Harness } from './testing/queue-harness';
import type { TransferItem } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
const bucket = 'demo-oss';
const KiB = 1024;
// 1 MiB in 4 parts of 256 KiB (the services' minimum part is 100 KB), one file, two parts at once.
const limits = { multipartThreshold: 256 * KiB, partSize: 256 * KiB, maxParts: 2, maxFiles: 1 };

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Rejects as an aborted request does, the moment `signal` aborts; else follows `work`. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

const stateOf = (item: TransferItem) => h!.queue.get(item.id)?.state;

async function bytesAt(client: StorageClient, key: string): Promise<Buffer> {
  return Buffer.concat(await (await client.get({ bucket, key })).body.toArray());
}

describe('transfer races (OSS emulator)', () => {
  it('a cancel while the multipart upload is being created leaves no upload behind', async () => {
    const answer = gate();
    let sent: Promise<unknown> | undefined;
    h = await createHarness(emu(), 'oss-v4', {
      limits,
      wrap: (real) => ({
        ...real,
        initiateMultipart: (input) => {
          // The service creates the upload at once; its answer waits for the gate.
          const created = real.initiateMultipart({ ...input, signal: undefined });
          sent = created;
          return abortable(answer.opened.then(() => created), input.signal);
        },
      }),
    });
    const { path } = await h.file('race-init.bin', 1024 * KiB);
    const [item] = h.queue.add([{ direction: 'upload', profileId: 'p', bucket, key: 'races/init.bin', localPath: path, name: 'init.bin', size: 1024 * KiB }]);
    await expect.poll(() => sent).toBeDefined();
    await sent;
    expect(await h.client.listMultipartUploads(bucket, 'races/init')).toHaveLength(1);
    h.queue.control('cancel', [item!.id]);
    answer.open();
    await h.queue.idle();
    await expect.poll(() => stateOf(item!)).toBe('cancelled');
    await expect.poll(() => h!.client.listMultipartUploads(bucket, 'races/init')).toEqual([]);
  });

  it('a pause while CompleteMultipartUpload is in flight (the service completed it) resumes to done', async () => {
    const answer = gate();
    let completed: Promise<unknown> | undefined;
    h = await createHarness(emu(), 'oss-v4', {
      limits,
      wrap: (real) => ({
        ...real,
        completeMultipart: (input) => {
          if (completed) return real.completeMultipart(input);
          completed = real.completeMultipart({ ...input, signal: undefined });
          return abortable(answer.opened.then(() => completed!) as ReturnType<StorageClient['completeMultipart']>, input.signal);
        },
      }),
    });
    const { path, bytes } = await h.file('race-complete.bin', 1024 * KiB);
    const [item] = h.queue.add([{ direction: 'upload', profileId: 'p', bucket, key: 'races/complete.bin', localPath: path, name: 'complete.bin', size: bytes.length }]);
    await expect.poll(() => completed).toBeDefined();
    await completed; // the object now stands; the app has not heard so
    h.queue.control('pause', [item!.id]);
    await expect.poll(() => stateOf(item!)).toBe('paused');
    h.queue.control('resume', [item!.id]);
    await h.queue.idle();
    expect([stateOf(item!), h.queue.get(item!.id)?.error?.code]).toEqual(['done', undefined]);
    expect((await bytesAt(h.client, 'races/complete.bin')).equals(bytes)).toBe(true);
    answer.open();
  });

  it('Retry right after cancelling a paused upload waits for the old upload to be aborted, then uploads afresh', async () => {
    const partsMayGo = gate();
    const abortAnswer = gate();
    let partCalls = 0;
    let aborts = 0;
    let firstPartDone = false;
    h = await createHarness(emu(), 'oss-v4', {
      limits,
      wrap: (real) => ({
        ...real,
        uploadPart: (input) => {
          partCalls++;
          if (!firstPartDone) {
            firstPartDone = true;
            return real.uploadPart(input);
          }
          return abortable(partsMayGo.opened.then(() => real.uploadPart(input)), input.signal);
        },
        abortMultipart: (b, k, id) => {
          aborts++;
          return abortAnswer.opened.then(() => real.abortMultipart(b, k, id));
        },
      }),
    });
    const { path, bytes } = await h.file('race-retry.bin', 1024 * KiB);
    const [item] = h.queue.add([{ direction: 'upload', profileId: 'p', bucket, key: 'races/retry.bin', localPath: path, name: 'retry.bin', size: bytes.length }]);
    await expect.poll(() => h!.queue.get(item!.id)?.parts?.length ?? 0).toBe(1);
    h.queue.control('pause', [item!.id]);
    await expect.poll(() => stateOf(item!)).toBe('paused');
    partsMayGo.open();
    h.queue.control('cancel', [item!.id]); // not running: cleaned up in the background
    await expect.poll(() => aborts).toBe(1);
    h.queue.control('retry', [item!.id]);
    const callsBefore = partCalls;
    // A run that did not wait would now send parts to the upload being aborted.
    await Promise.race([expect.poll(() => partCalls).toBeGreaterThan(callsBefore), delay(300)]).catch(() => undefined);
    abortAnswer.open();
    await h.queue.idle();
    expect([stateOf(item!), h.queue.get(item!.id)?.error?.code]).toEqual(['done', undefined]);
    expect((await bytesAt(h.client, 'races/retry.bin')).equals(bytes)).toBe(true);
    expect(await h.client.listMultipartUploads(bucket, 'races/')).toEqual([]);
  });
});
