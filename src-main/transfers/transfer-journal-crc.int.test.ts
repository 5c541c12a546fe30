// A BOS multipart upload journaled before BOS parts kept their CRC-64 (parts with crc64 '')
// resumes to done: the combined check on Complete is skipped, not failed, when a part's CRC is
// unknown. With the CRCs known, a wrong combined CRC still fails it.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from '../storage/create-client';
import { emulatorConfig, useEmulator } from '../storage/testing/emulator-configs';
import type { StorageClient } from '../storage/types';
import { MiB } from './part-plan';
import { createTransfersService } from './transfers-service';
import type { TransferItem } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
const bucket = 'demo-bos';
let dir: string;
let client: StorageClient;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'symbucket-journal-crc-'));
  client = createStorageClient(emulatorConfig(emu(), 'bos', { maxRetries: 4 }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A journal as an earlier version wrote it: one running upload, its first part sent, with `crc64` as given. */
async function journalWithOnePart(name: string, crc64: string): Promise<{ userDataDir: string; bytes: Buffer; key: string }> {
  const bytes = randomBytes(16 * MiB + 9);
  const localPath = join(dir, `${name}.bin`);
  await writeFile(localPath, bytes);
  const st = await stat(localPath);
  const key = `journal-crc/${name}.bin`;
  const { uploadId } = await client.initiateMultipart({ bucket, key });
  const first = bytes.subarray(0, 8 * MiB);
  const part = await client.uploadPart({ bucket, key, uploadId, partNumber: 1, createBody: () => Readable.from([first]), contentLength: first.length });
  const item: TransferItem = {
    id: `t-${name}`, direction: 'upload', profileId: 'p', bucket, key, localPath, name: `${name}.bin`, size: bytes.length,
    transferred: first.length, state: 'running', uploadId, partSize: 8 * MiB, sourceMtimeMs: st.mtimeMs,
    parts: [{ partNumber: 1, size: first.length, etag: part.etag, crc64 }],
  };
  const userDataDir = join(dir, `ud-${name}`);
  await mkdir(join(userDataDir, 'transfers'), { recursive: true });
  await writeFile(join(userDataDir, 'transfers', 'journal.json'), JSON.stringify({ version: 1, items: [item] }));
  return { userDataDir, bytes, key };
}

async function resume(userDataDir: string) {
  const service = createTransfersService({
    userDataDir,
    clientFor: async () => client,
    dialogs: { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => undefined },
    emit: () => {},
  });
  await service.idle();
  const final = service.snapshot().items[0]!;
  await service.close();
  return final;
}

it('resumes a journaled BOS upload whose parts have no CRC-64 to done, byte-identical', async () => {
  const { userDataDir, bytes, key } = await journalWithOnePart('legacy', '');
  const final = await resume(userDataDir);
  expect([final.state, final.error?.code]).toEqual(['done', undefined]);
  const got = Buffer.concat(await (await client.get({ bucket, key })).body.toArray());
  expect(got.equals(bytes)).toBe(true);
  expect(await client.listMultipartUploads(bucket, key)).toEqual([]);
}, 60_000);

it('a journaled part whose CRC-64 is known but wrong fails the item on Complete and keeps nothing', async () => {
  const { userDataDir, key } = await journalWithOnePart('wrong', '12345');
  const final = await resume(userDataDir);
  expect([final.state, final.error?.code]).toEqual(['failed', 'CHECKSUM_MISMATCH']);
  await expect(client.head(bucket, key)).rejects.toMatchObject({ status: 404 });
}, 60_000);
