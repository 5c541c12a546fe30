// An in-memory StorageClient for unit tests of the links and profiles modules. It follows the
// providers' link rules (HEAD follows a link; missing target -> SymlinkTargetNotExist; link to link
// -> InvalidTargetType; GetSymlink on an object -> NotSymlink) and records calls and concurrency.
// Like the real BOS client, BOS HEAD errors carry only the status (no body): NotFound, BadRequest.
import { Readable } from 'node:stream';
import { StorageError } from '../../storage/errors';
import type { BucketInfo, HeadResult, ListObjectsInput, ListObjectsPage, ObjectRow, Provider, PutSymlinkInput, StorageClient } from '../../storage/types';

export interface FakeEntry {
  kind: 'object' | 'symlink';
  etag: string;
  size: number;
  target?: string;
  targetBucket?: string;
  storageClass: string;
  meta: Record<string, string>;
}

export interface FakeOptions {
  provider: Provider;
  buckets?: { name: string; storageClass?: string }[];
  /** Milliseconds each call takes (lets concurrency build up). */
  delayMs?: number;
  pageSize?: number;
  /** Return an error to make a call fail. */
  failWith?: (method: string, bucket: string, key: string) => Error | undefined;
}

export type FakeStorageClient = StorageClient & {
  calls: { method: string; bucket: string; key: string }[];
  maxInFlight: number;
  putSymlinkInputs: PutSymlinkInput[];
  bucket(name: string): Map<string, FakeEntry>;
  putObject(bucket: string, key: string, size?: number): void;
  link(bucket: string, key: string, target: string, targetBucket?: string): void;
  forbid(bucket: string, key: string): void;
  count(method: string): number;
};

export function createFakeStorageClient(options: FakeOptions): FakeStorageClient {
  const { provider } = options;
  const buckets = new Map<string, { storageClass: string; entries: Map<string, FakeEntry> }>();
  for (const b of options.buckets ?? [{ name: 'b' }]) buckets.set(b.name, { storageClass: b.storageClass ?? 'STANDARD', entries: new Map() });
  const forbidden = new Set<string>();
  let inFlight = 0;
  let etagSeq = 0;

  const err = (code: string, status: number) => new StorageError({ code, status, provider, message: `${code} (fake)` });
  const entriesOf = (bucket: string) => {
    const b = buckets.get(bucket);
    if (!b) throw err('NoSuchBucket', 404);
    return b.entries;
  };

  async function call<T>(method: string, bucket: string, key: string, body: () => T): Promise<T> {
    fake.calls.push({ method, bucket, key });
    inFlight += 1;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    try {
      await new Promise((r) => setTimeout(r, options.delayMs ?? 0));
      const injected = options.failWith?.(method, bucket, key);
      if (injected) throw injected;
      if (forbidden.has(`${bucket}/${key}`)) throw err('AccessDenied', 403);
      return body();
    } finally {
      inFlight -= 1;
    }
  }

  function own(bucket: string, key: string): FakeEntry {
    const entry = entriesOf(bucket).get(key);
    if (!entry) throw err('NoSuchKey', 404);
    return entry;
  }

  function headOf(bucket: string, key: string): HeadResult {
    const entry = own(bucket, key);
    let data = entry;
    if (entry.kind === 'symlink') {
      const tb = entry.targetBucket ?? bucket;
      const target = buckets.get(tb)?.entries.get(entry.target ?? '');
      if (!target) throw err('SymlinkTargetNotExist', 404);
      if (target.kind === 'symlink') throw err('InvalidTargetType', 400);
      if (forbidden.has(`${tb}/${entry.target}`)) throw err('AccessDenied', 403);
      data = target;
    }
    const objectType = entry.kind === 'symlink' ? 'Symlink' : 'Normal';
    return { key, size: data.size, etag: data.etag, lastModified: '2026-01-01T00:00:00.000Z', contentType: 'text/plain', storageClass: data.storageClass, objectType, meta: entry.meta };
  }

  /** BOS answers HEAD errors without a body: the client only knows the status. */
  function withHeadErrors<T>(body: () => T): T {
    try {
      return body();
    } catch (e) {
      if (provider !== 'bos' || !(e instanceof StorageError)) throw e;
      const bare: Record<number, string> = { 400: 'BadRequest', 403: 'AccessDenied', 404: 'NotFound', 409: 'Conflict' };
      throw err(bare[e.status] ?? `Http${e.status}`, e.status);
    }
  }

  function rowOf(key: string, entry: FakeEntry): ObjectRow {
    // BOS listings carry no type: every entry is an 'object' until someone asks.
    const kind = provider === 'oss' && entry.kind === 'symlink' ? 'symlink' : 'object';
    return { kind, key, size: entry.size, lastModified: '2026-01-01T00:00:00.000Z', etag: entry.etag, storageClass: entry.storageClass };
  }

  function page(input: ListObjectsInput): ListObjectsPage {
    const keys = [...entriesOf(input.bucket).keys()].filter((k) => k.startsWith(input.prefix ?? '')).sort();
    const start = input.cursor ? keys.findIndex((k) => k > input.cursor!) : 0;
    const size = Math.min(input.maxKeys ?? 1000, options.pageSize ?? 1000);
    const slice = start < 0 ? [] : keys.slice(start, start + size);
    const objects = slice.map((k) => rowOf(k, entriesOf(input.bucket).get(k)!));
    const more = start >= 0 && start + size < keys.length;
    return { folders: [], objects, ...(more && { nextCursor: slice.at(-1)! }) };
  }

  const fake: FakeStorageClient = {
    provider,
    calls: [],
    maxInFlight: 0,
    putSymlinkInputs: [],
    bucket: entriesOf,
    putObject(bucket, key, size = 10) {
      entriesOf(bucket).set(key, { kind: 'object', etag: `e${++etagSeq}`, size, storageClass: 'STANDARD', meta: {} });
    },
    link(bucket, key, target, targetBucket) {
      const entry: FakeEntry = { kind: 'symlink', etag: `e${++etagSeq}`, size: 0, target, storageClass: 'STANDARD', meta: {} };
      if (targetBucket) entry.targetBucket = targetBucket;
      entriesOf(bucket).set(key, entry);
    },
    forbid(bucket, key) {
      forbidden.add(`${bucket}/${key}`);
    },
    count(method) {
      return fake.calls.filter((c) => c.method === method).length;
    },
    listBuckets: () =>
      call('listBuckets', '', '', (): BucketInfo[] =>
        [...buckets].map(([name, b]) => ({ name, region: provider === 'oss' ? 'cn-hangzhou' : 'bj', creationDate: '', storageClass: b.storageClass })),
      ),
    listObjects: (input) => call('listObjects', input.bucket, input.prefix ?? '', () => page(input)),
    async *listAll(input) {
      let cursor: string | undefined;
      do {
        if (input.signal?.aborted) throw err('Aborted', 0);
        const next = await fake.listObjects({ ...input, ...(cursor !== undefined && { cursor }) });
        yield next;
        cursor = next.nextCursor;
      } while (cursor !== undefined);
    },
    headBucket: (bucket) =>
      call('headBucket', bucket, '', () => {
        if (!buckets.has(bucket)) throw err('NotFound', 404);
      }),
    head: (bucket, key) => call('head', bucket, key, () => withHeadErrors(() => headOf(bucket, key))),
    objectType: (bucket, key) => call('objectType', bucket, key, () => withHeadErrors(() => (own(bucket, key).kind === 'symlink' ? 'Symlink' : 'Normal'))),
    get: (input) => call('get', input.bucket, input.key, () => ({ body: Readable.from([]), size: 0, etag: '', contentType: '', totalSize: 0 })),
    put: (input) =>
      call('put', input.bucket, input.key, () => {
        fake.putObject(input.bucket, input.key);
        return { etag: own(input.bucket, input.key).etag };
      }),
    delete: (bucket, key) => call('delete', bucket, key, () => void entriesOf(bucket).delete(key)),
    deleteMany: (bucket, keys) => call('deleteMany', bucket, '', () => ({ deleted: keys.filter((k) => entriesOf(bucket).delete(k)), failed: [] })),
    copy: (input) => call('copy', input.bucket, input.key, () => ({ etag: '' })),
    copyMultipart: (input) => call('copyMultipart', input.bucket, input.key, () => ({ etag: '' })),
    presign: (input) => `http://fake/${input.bucket}/${input.key}`,
    // Streamed GETs and multipart are the transfer engine's business, tested against the emulator.
    getInto: () => Promise.reject(new Error('fake client: no streamed GET')),
    initiateMultipart: () => Promise.reject(new Error('fake client: no multipart')),
    uploadPart: () => Promise.reject(new Error('fake client: no multipart')),
    completeMultipart: () => Promise.reject(new Error('fake client: no multipart')),
    abortMultipart: () => Promise.reject(new Error('fake client: no multipart')),
    listMultipartUploads: () => Promise.resolve([]),
    putSymlink: (input) =>
      call('putSymlink', input.bucket, input.key, () => {
        fake.putSymlinkInputs.push(input);
        if (input.forbidOverwrite && entriesOf(input.bucket).has(input.key)) throw err('FileAlreadyExists', 409);
        fake.link(input.bucket, input.key, input.target, provider === 'bos' ? input.targetBucket : undefined);
        return { etag: own(input.bucket, input.key).etag };
      }),
    getSymlink: (bucket, key) =>
      call('getSymlink', bucket, key, () => {
        const entry = own(bucket, key);
        if (entry.kind !== 'symlink') throw err('NotSymlink', 400);
        return { target: entry.target!, ...(entry.targetBucket && { targetBucket: entry.targetBucket }) };
      }),
    objectAcl: (bucket, key) => call('objectAcl', bucket, key, () => (own(bucket, key), 'default' as const)),
  };
  return fake;
}
