// Durable data directory: blob files plus an append-only metadata journal that names them.
// Uploads stream into blob files as they arrive (blob-store.ts: temp file, fsync, rename); small
// in-memory bodies (links, seeds) are written here, content-addressed. A write is acknowledged
// only after its blob and then its journal line (append + fsync) are on disk, so SIGKILL loses
// nothing that was acknowledged; a streamed blob nothing refers to any more is deleted once the
// journal line that dropped it is durable. A torn last line (never acknowledged) is ignored on replay. A damaged line anywhere else cannot be a
// torn write: it is skipped with a warning, the entries after it are kept, and the journal as it
// was is copied aside first, so nothing on disk is ever lost.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { FileBlobStore, isStreamedBlobId } from './blob-store';
import { Crc64 } from './integrity/crc64';
import { FileBody, MemoryBody, type StoredBody } from './stored-body';
import type { Acl, MultipartUpload, ObjectRecord, Provider, Store, StoreListener, UploadPart } from './store';

type BucketMeta = { name: string; provider: Provider; storageClass: string; acl: Acl; created: number };
/** Journals written before bodies streamed have no `crc64`: it is computed from the blob on load. */
type ObjectMeta = Omit<ObjectRecord, 'body' | 'crc64'> & { blob: string; crc64?: string };
type PartMeta = Omit<UploadPart, 'body' | 'crc64'> & { blob: string; crc64?: string };

type Entry =
  | { op: 'bucket'; b: BucketMeta }
  | { op: 'rmbucket'; name: string }
  | { op: 'put'; bucket: string; o: ObjectMeta }
  | { op: 'del'; bucket: string; key: string }
  | { op: 'upload'; u: Omit<MultipartUpload, 'parts'> }
  | { op: 'part'; uploadId: string; p: PartMeta }
  | { op: 'endupload'; uploadId: string }
  /** Start of a compacted journal: forget everything (seed included), the full state follows. */
  | { op: 'reset' };

/** Compact on load once the journal holds this many entries and more than twice the live state. */
const COMPACT_MIN_ENTRIES = 1000;
/** Compaction rewrites every live object (seeds included), so it is skipped for huge stores. */
const COMPACT_MAX_OBJECTS = 100_000;

export class Journal implements StoreListener {
  private readonly blobDir: string;
  private readonly journalPath: string;
  private fd = -1;
  /** Where uploads stream to (the store's `blobs` once loaded). */
  readonly blobs: FileBlobStore;
  /** Live records per streamed blob (copies share one); at 0 the file goes. */
  private readonly refs = new Map<string, number>();

  constructor(private readonly dir: string) {
    this.blobDir = path.join(dir, 'blobs');
    this.journalPath = path.join(dir, 'journal.jsonl');
    fs.mkdirSync(this.blobDir, { recursive: true });
    this.blobs = new FileBlobStore(this.blobDir);
  }

  /** Replays the journal onto `store` (which may already hold seed data), then opens it for appends. */
  load(store: Store, options: { compact?: boolean; compactMinEntries?: number } = {}): void {
    const buf = fs.existsSync(this.journalPath) ? fs.readFileSync(this.journalPath) : Buffer.alloc(0);
    const parsed = parseJournal(buf);
    let validLength = parsed.validLength;
    if (parsed.skippedLines.length > 0) this.setAsideDamaged(buf, parsed.skippedLines);
    this.removeTempFiles();
    for (const entry of parsed.entries) this.apply(store, entry);
    this.checkLiveBodies(store);
    const entries = parsed.entries.length;
    if (options.compact !== false && entries >= (options.compactMinEntries ?? COMPACT_MIN_ENTRIES)) {
      const live = liveEntries(store);
      if (entries > 2 * live && live <= COMPACT_MAX_OBJECTS) {
        this.compact(store);
        validLength = fs.statSync(this.journalPath).size;
      }
    }
    this.fd = fs.openSync(this.journalPath, 'a+');
    // Drop a torn tail so the next append starts on a clean line.
    if (fs.fstatSync(this.fd).size !== validLength) fs.ftruncateSync(this.fd, validLength);
    this.countRefs(store);
    this.removeOrphans();
    store.blobs = this.blobs;
  }

  /** Uploads cut short by a kill left temp files; nothing names them. */
  private removeTempFiles(): void {
    for (const name of fs.readdirSync(this.blobDir)) {
      if (name.endsWith('.tmp')) fs.rmSync(path.join(this.blobDir, name), { force: true });
    }
  }

  /**
   * Every live record's blob must be there (a record whose blob is gone is dropped with a
   * warning: its bytes are lost either way), and records from older journals get their CRC-64.
   */
  private checkLiveBodies(store: Store): void {
    const missing: string[] = [];
    const check = (body: StoredBody, crc64: string, what: string): string | undefined => {
      if (!(body instanceof FileBody)) return crc64;
      if (!fs.existsSync(body.file)) {
        missing.push(what);
        return undefined;
      }
      return crc64 || crc64OfFile(body.file);
    };
    for (const b of store.buckets.values()) {
      const gone: string[] = [];
      b.objects.forEachPair((key, rec) => {
        const crc = check(rec.body, rec.crc64, `${b.name}/${key}`);
        if (crc === undefined) gone.push(key);
        else rec.crc64 = crc;
      });
      for (const key of gone) b.objects.delete(key);
    }
    for (const u of store.uploads.values()) {
      for (const part of [...u.parts.values()]) {
        const crc = check(part.body, part.crc64, `${u.key} part ${part.partNumber}`);
        if (crc === undefined) u.parts.delete(part.partNumber);
        else part.crc64 = crc;
      }
    }
    if (missing.length) process.stderr.write(`[emulator] journal ${this.journalPath}: the blob of ${missing.length} record(s) is missing; left out: ${missing.slice(0, 5).join(', ')}\n`);
  }

  /**
   * A streamed blob no live record names: a kill came between its rename and its journal line
   * (never acknowledged), or before the unlink of a superseded one. Nothing can need it.
   */
  private removeOrphans(): void {
    for (const name of fs.readdirSync(this.blobDir)) {
      if (isStreamedBlobId(name) && !this.refs.has(name)) fs.rmSync(path.join(this.blobDir, name), { force: true });
    }
  }

  private countRefs(store: Store): void {
    this.refs.clear();
    for (const b of store.buckets.values()) b.objects.forEachPair((_k, rec) => this.ref(rec.body));
    for (const u of store.uploads.values()) for (const p of u.parts.values()) this.ref(p.body);
  }

  private ref(body: StoredBody): void {
    if (body instanceof FileBody && isStreamedBlobId(body.id)) this.refs.set(body.id, (this.refs.get(body.id) ?? 0) + 1);
  }

  /** Called after the journal line that dropped `body` is durable: a replay never needs it again. */
  private unref(body: StoredBody | undefined): void {
    if (!(body instanceof FileBody) || !isStreamedBlobId(body.id)) return;
    const n = (this.refs.get(body.id) ?? 0) - 1;
    if (n > 0) {
      this.refs.set(body.id, n);
      return;
    }
    this.refs.delete(body.id);
    this.blobs.remove(body.id);
  }

  /** Keeps the journal's exact bytes next to it before any later compaction could drop the damaged lines. */
  private setAsideDamaged(buf: Buffer, lines: number[]): void {
    const copy = `${this.journalPath}.damaged-${Date.now()}`;
    fs.writeFileSync(copy, buf);
    process.stderr.write(
      `[emulator] journal ${this.journalPath}: skipped unreadable line(s) ${lines.join(', ')}; later entries were kept. ` +
        `The journal as it was is saved as ${copy}.\n`,
    );
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }

  bucketCreated(b: BucketMeta): void {
    this.append({ op: 'bucket', b });
  }
  bucketDeleted(name: string): void {
    this.append({ op: 'rmbucket', name });
  }
  objectPut(bucket: string, rec: ObjectRecord, previous: ObjectRecord | undefined): void {
    const { body, ...meta } = rec;
    this.append({ op: 'put', bucket, o: { ...meta, blob: this.blobOf(body) } });
    this.ref(body);
    this.unref(previous?.body);
  }
  objectDeleted(bucket: string, key: string, previous: ObjectRecord): void {
    this.append({ op: 'del', bucket, key });
    this.unref(previous.body);
  }
  uploadStarted(u: MultipartUpload): void {
    const { parts: _parts, ...rest } = u;
    this.append({ op: 'upload', u: rest });
  }
  partPut(uploadId: string, part: UploadPart, previous: UploadPart | undefined): void {
    const { body, ...meta } = part;
    this.append({ op: 'part', uploadId, p: { ...meta, blob: this.blobOf(body) } });
    this.ref(body);
    this.unref(previous?.body);
  }
  uploadEnded(uploadId: string, u: MultipartUpload): void {
    this.append({ op: 'endupload', uploadId });
    for (const p of u.parts.values()) this.unref(p.body);
  }

  /** The blob a body is journaled as: a streamed one is on disk already, an in-memory one is written now. */
  private blobOf(body: StoredBody): string {
    if (body instanceof FileBody) return body.id;
    if (body instanceof MemoryBody) return this.writeBlob(body.bytes);
    throw new Error('unknown body kind');
  }

  private fileBody(id: string, size: number): FileBody {
    return new FileBody(this.blobs.file(id), id, size);
  }

  private apply(store: Store, e: Entry): void {
    const listener = store.listener;
    store.listener = undefined; // replaying must not re-journal
    try {
      switch (e.op) {
        case 'bucket': {
          const existing = store.bucket(e.b.name);
          if (existing) Object.assign(existing, e.b);
          else store.createBucket(e.b);
          break;
        }
        case 'rmbucket':
          store.deleteBucket(e.name);
          break;
        case 'put': {
          const { blob, ...meta } = e.o;
          if (store.bucket(e.bucket)) store.putObject(e.bucket, { ...meta, crc64: meta.crc64 ?? '', body: this.fileBody(blob, meta.size) });
          break;
        }
        case 'del':
          store.deleteObject(e.bucket, e.key);
          break;
        case 'upload':
          store.startUpload({ ...e.u, parts: new Map() });
          break;
        case 'part': {
          const { blob, ...meta } = e.p;
          store.putPart(e.uploadId, { ...meta, crc64: meta.crc64 ?? '', body: this.fileBody(blob, meta.size) });
          break;
        }
        case 'endupload':
          store.endUpload(e.uploadId);
          break;
        case 'reset':
          store.buckets.clear();
          store.uploads.clear();
          break;
      }
    } finally {
      store.listener = listener;
    }
  }

  /**
   * Rewrites the journal as `reset` + the current state (temp file, fsync, rename), then
   * deletes blobs nothing refers to. A crash at any point leaves a valid journal.
   */
  private compact(store: Store): void {
    const used = new Set<string>();
    const blobOf = (body: StoredBody): string => {
      const id = this.blobOf(body);
      used.add(id);
      return id;
    };
    const lines: string[] = [JSON.stringify({ op: 'reset' } satisfies Entry)];
    for (const { objects, ...b } of store.buckets.values()) {
      lines.push(JSON.stringify({ op: 'bucket', b } satisfies Entry));
      objects.forEachPair((_key, { body, ...meta }) => {
        lines.push(JSON.stringify({ op: 'put', bucket: b.name, o: { ...meta, blob: blobOf(body) } } satisfies Entry));
      });
    }
    for (const { parts, ...u } of store.uploads.values()) {
      lines.push(JSON.stringify({ op: 'upload', u } satisfies Entry));
      for (const { body, ...p } of parts.values()) lines.push(JSON.stringify({ op: 'part', uploadId: u.uploadId, p: { ...p, blob: blobOf(body) } } satisfies Entry));
    }
    const tmp = `${this.journalPath}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, lines.join('\n') + '\n');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.journalPath);
    syncDir(this.dir);
    for (const name of fs.readdirSync(this.blobDir)) {
      if (!used.has(name)) fs.rmSync(path.join(this.blobDir, name), { force: true });
    }
  }

  private append(e: Entry): void {
    if (this.fd < 0) throw new Error('journal is not open');
    fs.writeSync(this.fd, JSON.stringify(e) + '\n');
    fs.fsyncSync(this.fd);
  }

  private writeBlob(body: Buffer): string {
    const id = crypto.createHash('sha256').update(body).digest('hex');
    const file = path.join(this.blobDir, id);
    if (fs.existsSync(file)) return id; // content-addressed: identical bodies share a file
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, body);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
    syncDir(this.blobDir);
    return id;
  }

}

/** CRC-64 of a blob file, read in 1 MiB steps (records from journals older than streaming). */
function crc64OfFile(file: string): string {
  const crc = new Crc64();
  const buf = Buffer.allocUnsafe(1024 * 1024);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) crc.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return crc.value();
}

/**
 * Entries of a journal, in order. Only the last line can be a torn write (ignored, and cut off by
 * `validLength`); an unreadable line with entries after it is reported in `skippedLines` (1-based).
 */
export function parseJournal(buf: Buffer): { entries: Entry[]; validLength: number; skippedLines: number[] } {
  const lines: { start: number; end: number; text: string; line: number }[] = [];
  let lineNo = 0;
  let validLength = 0;
  for (let pos = 0; pos < buf.length; ) {
    const nl = buf.indexOf(10, pos);
    lineNo++;
    if (nl < 0) break; // torn last line without its newline: never acknowledged
    const text = buf.toString('utf8', pos, nl);
    if (text.trim()) lines.push({ start: pos, end: nl + 1, text, line: lineNo });
    pos = nl + 1;
    validLength = pos;
  }
  const entries: Entry[] = [];
  const skippedLines: number[] = [];
  for (const [i, l] of lines.entries()) {
    try {
      entries.push(JSON.parse(l.text) as Entry);
    } catch {
      if (i === lines.length - 1) validLength = l.start; // the final line: a torn write
      else skippedLines.push(l.line);
    }
  }
  return { entries, validLength, skippedLines };
}

function liveEntries(store: Store): number {
  let n = store.buckets.size;
  for (const b of store.buckets.values()) n += b.objects.size;
  for (const u of store.uploads.values()) n += 1 + u.parts.size;
  return n;
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

