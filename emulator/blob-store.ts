// Where uploaded bytes go while they arrive: a growing list of chunks in memory, or a temp file
// in the data directory's blobs/ folder. Digests (MD5, CRC-64, CRC-32, size) are computed on the
// fly, so a body is read exactly once and never held whole unless the store is in memory. A
// draft is committed (file: fsync, rename, fsync the folder: durable before the journal names
// it) or discarded (the temp file is deleted) on BadDigest, a client that went away, or any error.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { badRequest } from './errors';
import { Crc64 } from './integrity/crc64';
import { FileBody, MemoryBody, type Content, type StoredBody } from './stored-body';

export interface Digests {
  size: number;
  md5: string;
  crc64: string;
  /** Unsigned decimal CRC-32 (BOS x-bce-content-crc32). */
  crc32: string;
}

export interface BlobDraft {
  readonly digests: Digests;
  /** Makes the bytes durable and returns them as a stored body. */
  commit(): Promise<Content>;
  /** Forgets the bytes (deletes the temp file). Safe to call twice or after a failed commit. */
  discard(): Promise<void>;
}

interface Sink {
  write(chunk: Buffer): Promise<void>;
  commit(size: number): Promise<StoredBody>;
  discard(): Promise<void>;
}

export interface BlobStore {
  /** Largest body one upload may have (the store's own cap, before the services' 5 GB). */
  readonly maxBodyBytes: number;
  open(): Promise<Sink>;
  /** Keeps the files of `bodies` while they are read (Complete, UploadPartCopy); call the result when done. */
  pin(bodies: StoredBody[]): () => void;
}

/** In-memory mode: bodies stay in memory, so one is capped (1 GiB) well below the services' 5 GB. */
export const MEMORY_MAX_BODY = 1024 * 1024 * 1024;
/** OSS PutObject / UploadPart and BOS PutObject: at most 5 GB per request. */
export const SERVICE_MAX_BODY = 5 * 1024 * 1024 * 1024;

export class MemoryBlobStore implements BlobStore {
  readonly maxBodyBytes = MEMORY_MAX_BODY;

  pin(): () => void {
    return () => undefined;
  }

  async open(): Promise<Sink> {
    let chunks: Buffer[] = [];
    return {
      write: async (c) => void chunks.push(c),
      commit: async () => new MemoryBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
      discard: async () => void (chunks = []),
    };
  }
}

/** Streamed blobs get a random 32-hex name; content-addressed ones (persist.ts writeBlob) 64 hex. */
export const isStreamedBlobId = (id: string): boolean => /^[0-9a-f]{32}$/.test(id);

const WRITE_BATCH = 1024 * 1024;

export class FileBlobStore implements BlobStore {
  readonly maxBodyBytes = SERVICE_MAX_BODY;
  /** Readers per blob id; a blob removed while read goes when its last reader is done. */
  private readonly pins = new Map<string, number>();
  private readonly doomed = new Set<string>();

  constructor(readonly dir: string) {}

  file(id: string): string {
    return path.join(this.dir, id);
  }

  pin(bodies: StoredBody[]): () => void {
    const ids = bodies.flatMap((b) => (b instanceof FileBody ? [b.id] : []));
    for (const id of ids) this.pins.set(id, (this.pins.get(id) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const id of ids) {
        const n = (this.pins.get(id) ?? 1) - 1;
        if (n > 0) this.pins.set(id, n);
        else {
          this.pins.delete(id);
          if (this.doomed.delete(id)) this.remove(id);
        }
      }
    };
  }

  /** Deletes blob `id` now, or once nothing reads it any more. */
  remove(id: string): void {
    if (this.pins.has(id)) this.doomed.add(id);
    else fs.rm(this.file(id), { force: true }, () => undefined);
  }

  async open(): Promise<Sink> {
    const id = crypto.randomBytes(16).toString('hex');
    const final = this.file(id);
    const tmp = `${final}.${process.pid}.tmp`;
    const handle = await fs.promises.open(tmp, 'wx');
    let closed = false;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      if (!pendingBytes) return;
      const batch = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      // A write may be short (a signal, a nearly full disk): loop until every byte is down.
      for (let off = 0; off < batch.length; ) off += (await handle.write(batch, off, batch.length - off)).bytesWritten;
    };
    const close = async (): Promise<void> => {
      if (closed) return;
      closed = true;
      await handle.close();
    };
    return {
      write: async (c) => {
        pending.push(c);
        pendingBytes += c.length;
        if (pendingBytes >= WRITE_BATCH) await flush();
      },
      commit: async (size) => {
        await flush();
        await handle.sync();
        await close();
        await fs.promises.rename(tmp, final);
        await syncDirAsync(this.dir);
        return new FileBody(final, id, size);
      },
      discard: async () => {
        pending = [];
        await close().catch(() => undefined);
        await fs.promises.rm(tmp, { force: true });
        await fs.promises.rm(final, { force: true });
      },
    };
  }
}

async function syncDirAsync(dir: string): Promise<void> {
  let h: fs.promises.FileHandle | undefined;
  try {
    h = await fs.promises.open(dir, 'r');
    await h.sync();
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    await h?.close();
  }
}

export function tooLarge(limit: number): Error {
  return badRequest('EntityTooLarge', `Your proposed upload exceeds the maximum allowed size (${limit} bytes).`);
}

/**
 * Reads `source` into a draft of `blobs`, computing digests as the chunks pass; more than
 * `limit` bytes is EntityTooLarge. Any failure (the client went away mid-body) discards it.
 */
export async function ingest(source: AsyncIterable<Buffer>, blobs: BlobStore, limit = blobs.maxBodyBytes): Promise<BlobDraft> {
  const sink = await blobs.open();
  const md5 = crypto.createHash('md5');
  const crc64 = new Crc64();
  let crc32 = 0;
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > limit) throw tooLarge(limit);
      md5.update(chunk);
      crc64.update(chunk);
      crc32 = zlib.crc32(chunk, crc32);
      await sink.write(chunk);
    }
  } catch (e) {
    await sink.discard();
    throw e;
  }
  const digests: Digests = { size, md5: md5.digest('hex'), crc64: crc64.value(), crc32: String(crc32 >>> 0) };
  let settled = false;
  return {
    digests,
    async commit() {
      settled = true;
      try {
        const body = await sink.commit(size);
        return { body, size, md5: digests.md5, crc64: digests.crc64 };
      } catch (e) {
        await sink.discard();
        throw e;
      }
    },
    async discard() {
      if (settled) return;
      settled = true;
      await sink.discard();
    },
  };
}

/** Ingests and commits, or discards when `check` (BadDigest and the like) throws. */
export async function ingestChecked(source: AsyncIterable<Buffer>, blobs: BlobStore, check: (d: Digests) => void, limit?: number): Promise<Content> {
  const draft = await ingest(source, blobs, limit);
  try {
    check(draft.digests);
  } catch (e) {
    await draft.discard();
    throw e;
  }
  return draft.commit();
}

/** Deletes a committed body nothing refers to yet (its record could not be stored). */
export async function discardContent(content: Content): Promise<void> {
  if (content.body instanceof FileBody) await fs.promises.rm(content.body.file, { force: true });
}
