// The bytes of a stored object or part: in memory (seeds, the default in-memory mode, small
// bodies such as links) or a blob file under `--data` (streamed uploads). Bodies never change
// once stored, so records (a copy, a part) may share one.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { Crc64 } from './integrity/crc64';
import crypto from 'node:crypto';

/** A response body read from a stored body as it is sent. */
export interface BodyStream {
  length: number;
  open(): Readable;
}

export interface StoredBody {
  readonly size: number;
  /** Bytes `start..end` (inclusive): a Buffer when in memory, else a stream to send. */
  slice(start: number, end: number): Buffer | BodyStream;
  /** Bytes `start..end` (inclusive) as chunks, to copy them (UploadPartCopy, Complete). */
  chunks(start?: number, end?: number): AsyncIterable<Buffer>;
}

export class MemoryBody implements StoredBody {
  constructor(readonly bytes: Buffer) {}

  get size(): number {
    return this.bytes.length;
  }

  slice(start: number, end: number): Buffer {
    return this.bytes.subarray(start, end + 1);
  }

  async *chunks(start = 0, end = this.bytes.length - 1): AsyncIterable<Buffer> {
    if (end >= start) yield this.bytes.subarray(start, end + 1);
  }
}

/** A blob file in the data directory; `id` is its name there, as the journal records it. */
export class FileBody implements StoredBody {
  constructor(
    readonly file: string,
    readonly id: string,
    readonly size: number,
  ) {}

  slice(start: number, end: number): Buffer | BodyStream {
    if (end < start) return Buffer.alloc(0);
    // Opened now, so a later unlink of a superseded blob cannot fail a read already answered.
    const fd = fs.openSync(this.file, 'r');
    let opened = false;
    const stream = (): Readable => {
      opened = true;
      return fs.createReadStream('', { fd, start, end, highWaterMark: 256 * 1024 });
    };
    return {
      length: end - start + 1,
      open: () => {
        if (opened) throw new Error('a body stream is opened once');
        return stream();
      },
    };
  }

  chunks(start = 0, end = this.size - 1): AsyncIterable<Buffer> {
    if (end < start) return Readable.from([]);
    return fs.createReadStream(this.file, { start, end, highWaterMark: 1024 * 1024 });
  }
}

/** What a stored body is known by: its bytes plus the digests computed as they arrived. */
export interface Content {
  body: StoredBody;
  size: number;
  /** Lower-case MD5 hex of the bytes (the plain ETag). */
  md5: string;
  /** Decimal CRC-64/ECMA-182 (x-oss-hash-crc64ecma). */
  crc64: string;
}

export function bufferContent(bytes: Buffer): Content {
  return { body: new MemoryBody(bytes), size: bytes.length, md5: crypto.createHash('md5').update(bytes).digest('hex'), crc64: new Crc64().update(bytes).value() };
}

/** The whole body in memory (tests and small bodies only). */
export async function readAll(body: StoredBody): Promise<Buffer> {
  if (body instanceof MemoryBody) return body.bytes;
  const parts: Buffer[] = [];
  for await (const c of body.chunks()) parts.push(c);
  return Buffer.concat(parts);
}
