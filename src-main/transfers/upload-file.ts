// One file -> one object: a single PUT with Content-MD5 up to the threshold, otherwise a
// multipart upload whose parts run under the global part cap. Each request body is read from
// disk just before it is sent (memory: one part per slot), hashed (MD5, CRC-64, BOS CRC-32) and
// checked against what the service answers. A mismatch or a source that changed fails the item
// and removes what was written: never a bad object left silently.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { AppFailure } from '../errors';
import { isStorageError } from '../storage/errors';
import { initiateWithoutOrphans } from '../storage/initiate-without-orphans';
import type { PutResult, StorageClient } from '../storage/types';
import { combineCrc64, crc64Of } from './crc64';
import { asLocalAt } from './local-errors';
import type { LocalFs } from './local-fs';
import { planParts, type PartRange } from './part-plan';
import { limited } from '../links/link-probes';
import { allOrAbort, type RunContext } from './run-context';
import type { DonePart, TransferItem } from './types';

const changed = () => new AppFailure('LOCAL_FILE', 'The file changed while it was being uploaded.', { reason: 'changed' });
const corrupted = () => new AppFailure('CHECKSUM_MISMATCH', 'The uploaded bytes do not match the file (checksum mismatch); nothing was kept.');

async function readRange(fh: FileHandle, path: string, start: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(buf, got, length - got, start + got).catch(asLocalAt(path));
    if (bytesRead === 0) throw changed();
    got += bytesRead;
  }
  return buf;
}

interface Digests {
  md5?: string;
  crc64?: string;
  crc32?: string;
}

/**
 * Only the checks each request needs (hashing runs on the main thread): both services answer
 * every write with their CRC-64 of it (OSS x-oss-hash-crc64ecma, BOS x-bce-content-crc64ecma),
 * and the parts' CRC-64s are combined to check the object on Complete; BOS parts also send
 * Content-MD5 and the CRC-32 it echoes; single PUTs always send Content-MD5.
 */
function digestsOf(buf: Buffer, provider: StorageClient['provider'], part: boolean): Digests {
  const d: Digests = { crc64: crc64Of(buf) };
  if (!part || provider === 'bos') d.md5 = createHash('md5').update(buf).digest('base64');
  if (part && provider === 'bos') d.crc32 = String(crc32(buf) >>> 0);
  return d;
}

/** The service's CRC-64 of what it stored and BOS's CRC-32 echo must match ours; an absent header is not checked. */
function verified(r: PutResult, d: Digests): boolean {
  return (r.crc64 === undefined || r.crc64 === d.crc64) && (r.crc32 === undefined || r.crc32 === d.crc32);
}

/**
 * The object's CRC-64 from its parts'; undefined when a part has none (BOS parts journaled
 * before their CRC-64 was kept), so the check is skipped rather than failing a good upload.
 */
function combinedCrc64(parts: DonePart[]): string | undefined {
  if (parts.some((p) => !p.crc64)) return undefined;
  return parts.slice(1).reduce((crc, p) => combineCrc64(crc, p.crc64, p.size), parts[0]!.crc64);
}

async function removeQuietly(client: StorageClient, item: TransferItem): Promise<void> {
  await client.delete(item.bucket, item.key).catch(() => undefined);
}

async function sourceUnchanged(fs: LocalFs, item: TransferItem): Promise<boolean> {
  const now = await fs.stat(item.localPath).catch(asLocalAt(item.localPath));
  return now.size === item.size && now.mtimeMs === item.sourceMtimeMs;
}

async function putSingle(fh: FileHandle, item: TransferItem, ctx: RunContext): Promise<void> {
  const { client, signal } = ctx;
  await limited(ctx.parts, signal, async () => {
    const body = await readRange(fh, item.localPath, 0, item.size);
    const d = digestsOf(body, client.provider, false);
    const r = await client.put({ bucket: item.bucket, key: item.key, body, ...(d.md5 && { contentMd5: d.md5 }), signal });
    if (!verified(r, d)) {
      await removeQuietly(client, item);
      throw corrupted();
    }
    ctx.progress(item.size);
  });
}

async function uploadOnePart(fh: FileHandle, item: TransferItem, p: PartRange, ctx: RunContext, signal: AbortSignal): Promise<void> {
  await limited(ctx.parts, signal, async () => {
    const body = await readRange(fh, item.localPath, p.start, p.end - p.start);
    const d = digestsOf(body, ctx.client.provider, true);
    const r = await ctx.client.uploadPart({
      bucket: item.bucket,
      key: item.key,
      uploadId: item.uploadId!,
      partNumber: p.partNumber,
      createBody: () => Readable.from(body),
      contentLength: body.length,
      ...(d.md5 && { contentMd5: d.md5 }),
      ...(d.crc32 && { crc32: d.crc32 }),
      signal,
    });
    if (!verified(r, d)) throw corrupted();
    item.parts = [...(item.parts ?? []), { partNumber: p.partNumber, size: body.length, etag: r.etag, crc64: d.crc64 ?? '' }];
    ctx.progress(body.length);
    ctx.checkpoint();
  });
}

/**
 * CompleteMultipartUpload. When an earlier attempt went through but its answer was lost (a
 * dropped connection, or a pause / app exit while it was in flight: `item.completing`), this one
 * finds no upload (404 NoSuchUpload): the object then stands at the key, and if its size matches
 * it is taken as ours; the combined CRC-64 check below still compares it with the parts
 * we sent.
 */
async function completeOrRecover(client: StorageClient, item: TransferItem, uploadId: string, finished: DonePart[], signal?: AbortSignal): Promise<PutResult> {
  try {
    return await client.completeMultipart({ bucket: item.bucket, key: item.key, uploadId, parts: finished.map((p) => ({ partNumber: p.partNumber, etag: p.etag ?? '' })), signal });
  } catch (e) {
    if (!isStorageError(e, 'NoSuchUpload') || (e.attempts < 2 && !item.completing)) throw e;
    const head = await client.head(item.bucket, item.key, signal);
    if (head.size !== item.size) throw e;
    return { etag: head.etag, ...(head.crc64 !== undefined && { crc64: head.crc64 }) };
  }
}

async function putMultipart(fh: FileHandle, item: TransferItem, ctx: RunContext): Promise<void> {
  const { client, signal } = ctx;
  const { parts } = planParts(item.size, { ...ctx.limits, partSize: item.partSize ?? ctx.limits.partSize });
  item.partSize = parts[0]!.end - parts[0]!.start;
  if (!item.uploadId) {
    // Not abortable: a cancel landing while the service creates the upload would leave it
    // orphaned (billed, unseen); once the id is known, a cancel aborts it.
    item.uploadId = await initiateWithoutOrphans(client, { bucket: item.bucket, key: item.key });
    item.parts = [];
    item.completing = undefined;
    ctx.checkpoint();
    signal.throwIfAborted();
  }
  const done = new Set((item.parts ?? []).map((p) => p.partNumber));
  const todo = parts.filter((p) => !done.has(p.partNumber));
  await allOrAbort(
    todo.map((p) => (inner) => uploadOnePart(fh, item, p, ctx, inner)),
    signal,
  );
  const finished: DonePart[] = [...(item.parts ?? [])].sort((a, b) => a.partNumber - b.partNumber);
  item.completing = true;
  ctx.checkpoint();
  const r = await completeOrRecover(client, item, item.uploadId, finished, signal);
  item.uploadId = undefined;
  item.completing = undefined;
  // The object's CRC-64 (OSS and BOS Complete answers, or HEAD after a lost answer) must be the parts' CRCs combined.
  const expected = combinedCrc64(finished);
  if (r.crc64 !== undefined && expected !== undefined && r.crc64 !== expected) {
    await removeQuietly(client, item);
    throw corrupted();
  }
}

/** Uploads `item.localPath` to `item.key`, resuming a journaled multipart upload when there is one. */
export async function uploadFile(item: TransferItem, ctx: RunContext): Promise<void> {
  const st = await ctx.fs.stat(item.localPath).catch(asLocalAt(item.localPath));
  if (!st.isFile()) throw new AppFailure('LOCAL_FILE', 'Only regular files can be uploaded.', { reason: 'notAFile' });
  if (item.uploadId && (st.size !== item.size || st.mtimeMs !== item.sourceMtimeMs)) {
    // The file changed since the journaled parts were sent: they no longer belong to it.
    await ctx.client.abortMultipart(item.bucket, item.key, item.uploadId).catch(() => undefined);
    item.uploadId = undefined;
    item.completing = undefined;
    item.parts = [];
  }
  item.size = st.size;
  item.sourceMtimeMs = st.mtimeMs;
  item.transferred = (item.parts ?? []).reduce((n, p) => n + p.size, 0);
  const fh = await ctx.fs.open(item.localPath, 'r').catch(asLocalAt(item.localPath));
  try {
    if (planParts(item.size, ctx.limits).multipart) await putMultipart(fh, item, ctx);
    else await putSingle(fh, item, ctx);
  } finally {
    await fh.close();
  }
  if (!(await sourceUnchanged(ctx.fs, item))) {
    await removeQuietly(ctx.client, item);
    throw changed();
  }
}

/** Cancel: a begun multipart upload is aborted so that no orphan parts stay billed. */
export async function discardUpload(item: TransferItem, client: StorageClient): Promise<void> {
  if (item.uploadId) await client.abortMultipart(item.bucket, item.key, item.uploadId).catch(() => undefined);
  item.uploadId = undefined;
  item.completing = undefined;
  item.parts = [];
}
