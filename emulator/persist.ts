// Durable data directory: content-addressed blob files plus an append-only metadata journal.
// A write is acknowledged only after its blob (temp file + fsync + rename) and its journal
// line (append + fsync) are on disk, so SIGKILL loses nothing that was acknowledged; a torn
// last line (never acknowledged) is ignored on replay. A damaged line anywhere else cannot be a
// torn write: it is skipped with a warning, the entries after it are kept, and the journal as it
// was is copied aside first, so nothing on disk is ever lost.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Acl, MultipartUpload, ObjectRecord, Provider, Store, StoreListener, UploadPart } from './store';

type BucketMeta = { name: string; provider: Provider; storageClass: string; acl: Acl; created: number };
type ObjectMeta = Omit<ObjectRecord, 'body'> & { blob: string };
type PartMeta = Omit<UploadPart, 'body'> & { blob: string };

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

  constructor(private readonly dir: string) {
    this.blobDir = path.join(dir, 'blobs');
    this.journalPath = path.join(dir, 'journal.jsonl');
    fs.mkdirSync(this.blobDir, { recursive: true });
  }

  /** Replays the journal onto `store` (which may already hold seed data), then opens it for appends. */
  load(store: Store, options: { compact?: boolean; compactMinEntries?: number } = {}): void {
    const buf = fs.existsSync(this.journalPath) ? fs.readFileSync(this.journalPath) : Buffer.alloc(0);
    const parsed = parseJournal(buf);
    let validLength = parsed.validLength;
    if (parsed.skippedLines.length > 0) this.setAsideDamaged(buf, parsed.skippedLines);
    for (const entry of parsed.entries) this.apply(store, entry);
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
  objectPut(bucket: string, rec: ObjectRecord): void {
    const { body, ...meta } = rec;
    this.append({ op: 'put', bucket, o: { ...meta, blob: this.writeBlob(body) } });
  }
  objectDeleted(bucket: string, key: string): void {
    this.append({ op: 'del', bucket, key });
  }
  uploadStarted(u: MultipartUpload): void {
    const { parts: _parts, ...rest } = u;
    this.append({ op: 'upload', u: rest });
  }
  partPut(uploadId: string, part: UploadPart): void {
    const { body, ...meta } = part;
    this.append({ op: 'part', uploadId, p: { ...meta, blob: this.writeBlob(body) } });
  }
  uploadEnded(uploadId: string): void {
    this.append({ op: 'endupload', uploadId });
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
          if (store.bucket(e.bucket)) store.putObject(e.bucket, { ...meta, body: this.readBlob(blob) });
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
          store.putPart(e.uploadId, { ...meta, body: this.readBlob(blob) });
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
    const blobOf = (body: Buffer): string => {
      const id = this.writeBlob(body);
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

  private readBlob(id: string): Buffer {
    return fs.readFileSync(path.join(this.blobDir, id));
  }
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

