// One object -> one file: ranged GETs (one per part, in parallel under the global cap) written
// at their offsets into `<file>.part`, each hashed while it streams. Only when the size and the
// checksum match (the combined CRC-64 against OSS x-oss-hash-crc64ecma / BOS x-bce-content-crc64ecma
// when the service names it; on BOS also the MD5 against a plain ETag) is the `.part` renamed to the final name. Finished parts are journaled, so a
// restart fetches only the missing ranges.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AppFailure } from '../errors';
import { Crc64, combineCrc64 } from './crc64';
import { asLocalAt } from './local-errors';
import type { LocalFs } from './local-fs';
import { planParts, type PartRange } from './part-plan';
import { limited } from '../links/link-probes';
import { allOrAbort, type RunContext } from './run-context';
import { uniqueLocalPath } from './local-names';
import type { DonePart, TransferItem } from './types';

export const partFileOf = (path: string): string => `${path}.part`;

const corrupted = () => new AppFailure('CHECKSUM_MISMATCH', 'The downloaded bytes do not match the object (checksum mismatch); the file was not kept.');

async function fetchPart(fh: FileHandle, item: TransferItem, p: PartRange, ctx: RunContext, signal: AbortSignal, whole: boolean): Promise<string | undefined> {
  const writeFailed = asLocalAt(item.localPath); // the user's name, not the `.part` one
  return limited(ctx.parts, signal, async () => {
    let crc = new Crc64();
    let position = p.start;
    // A dropped connection is retried inside storage/ (one policy): each attempt starts the range over.
    const sink = {
      begin: () => {
        ctx.progress(p.start - position);
        crc = new Crc64();
        position = p.start;
      },
      write: async (chunk: Buffer) => {
        crc.update(chunk);
        await fh.write(chunk, 0, chunk.length, position).catch(writeFailed);
        position += chunk.length;
        ctx.progress(chunk.length);
      },
    };
    let r;
    try {
      r = await ctx.client.getInto({ bucket: item.bucket, key: item.key, ...(!whole && { range: { start: p.start, end: p.end - 1 } }), signal }, sink);
    } catch (e) {
      ctx.progress(p.start - position); // these bytes will be fetched again
      throw e;
    }
    if (position !== p.end) {
      ctx.progress(p.start - position);
      throw new AppFailure('NETWORK', 'The download ended early.');
    }
    item.parts = [...(item.parts ?? []), { partNumber: p.partNumber, size: p.end - p.start, crc64: crc.value() }];
    ctx.checkpoint();
    // OSS names the whole object's CRC on ranged GETs too; for BOS only HEAD's and a whole GET's are taken as the object's.
    return whole || ctx.client.provider === 'oss' ? r.crc64 : undefined;
  });
}

async function md5OfFile(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function verify(fs: LocalFs, item: TransferItem, partPath: string, serviceCrc: string | undefined, provider: string): Promise<void> {
  const size = (await fs.stat(partPath).catch(asLocalAt(partPath))).size;
  if (size !== item.size) throw corrupted();
  const parts: DonePart[] = [...(item.parts ?? [])].sort((a, b) => a.partNumber - b.partNumber);
  const combined = parts.slice(1).reduce((crc, p) => combineCrc64(crc, p.crc64, p.size), parts[0]?.crc64 ?? '0');
  if (serviceCrc !== undefined && serviceCrc !== combined) throw corrupted();
  // BOS objects written before it named CRC-64s have none: a single-PUT object's ETag is the MD5 of its bytes.
  if (provider === 'bos' && /^[0-9a-f]{32}$/i.test(item.etag ?? '') && (await md5OfFile(partPath)) !== item.etag!.toLowerCase()) throw corrupted();
}

/** Downloads `item.key` to `item.localPath` (via `.part`), resuming journaled parts when the object is unchanged. */
export async function downloadFile(item: TransferItem, ctx: RunContext): Promise<void> {
  const { client, signal, fs } = ctx;
  const head = await client.head(item.bucket, item.key, signal);
  const partPath = partFileOf(item.localPath);
  const resumable = item.etag === head.etag && item.size === head.size && (await fs.stat(partPath).then(() => true, () => false));
  if (!resumable) item.parts = [];
  item.etag = head.etag;
  item.size = head.size;
  item.partSize ??= ctx.limits.partSize;
  item.transferred = (item.parts ?? []).reduce((n, p) => n + p.size, 0);
  await fs.mkdir(dirname(item.localPath)).catch(asLocalAt(dirname(item.localPath)));
  const fh = await fs.open(partPath, resumable ? 'r+' : 'w').catch(asLocalAt(item.localPath));
  // OSS names the object's CRC-64 on HEAD and on every GET (ranged ones too).
  let serviceCrc = head.crc64;
  try {
    const { multipart, parts } = planParts(item.size, { ...ctx.limits, partSize: item.partSize });
    const done = new Set((item.parts ?? []).map((p) => p.partNumber));
    const todo = parts.filter((p) => !done.has(p.partNumber));
    try {
      await allOrAbort(
        todo.map((p) => async (inner) => {
          serviceCrc = (await fetchPart(fh, item, p, ctx, inner, !multipart)) ?? serviceCrc;
        }),
        signal,
      );
    } catch (e) {
      // Nothing finished: no `.part` worth keeping (with finished parts, Retry resumes from it).
      if ((item.parts ?? []).length === 0) await fs.remove(partPath).catch(() => undefined);
      throw e;
    }
  } finally {
    await fh.close();
  }
  try {
    await verify(fs, item, partPath, serviceCrc, client.provider);
  } catch (e) {
    await fs.remove(partPath).catch(() => undefined);
    item.parts = [];
    throw e;
  }
  // The name was free when the item was queued; if a file appeared since, never overwrite it.
  if (!item.replaceLocal) {
    item.localPath = await uniqueLocalPath(item.localPath);
    item.name = basename(item.localPath);
  }
  // A refused rename keeps the verified `.part` and its parts: Retry only renames it.
  await fs.rename(partPath, item.localPath).catch(asLocalAt(item.localPath));
}

/** Cancel: the partial file goes. */
export async function discardDownload(item: TransferItem, fs: LocalFs): Promise<void> {
  await fs.remove(partFileOf(item.localPath)).catch(() => undefined);
  item.parts = [];
}
