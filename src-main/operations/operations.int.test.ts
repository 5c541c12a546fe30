// Every operation of issue #7 through the real router (createAppCore) against the emulator, for
// OSS and BOS: new folder, count, delete, rename/move/copy (links stay links), multipart copy,
// share URLs fetched anonymously. Each write's objects.changed events are checked too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopyObjectsResult, DeleteTreeResult, ShareUrlDto, TreeCountDto } from '../ipc/contract';
import type { StorageClient } from '../storage/types';
import { DEMO_PROFILE as P, startDemoCore, type DemoCoreHarness } from '../testing/demo-core-harness';
import { createStorageClient } from '../storage/create-client';
import { emulatorConfig } from '../storage/testing/emulator-configs';
import { shareUrl } from './share-url';

const PART = 100 * 1024; // the emulator's (and both providers') minimum part size
let harness: DemoCoreHarness;
let core: DemoCoreHarness['core'];
let events: DemoCoreHarness['events'];

beforeAll(async () => {
  // Small thresholds keep the multipart-copy test small (defaults: 1 GiB OSS, 5 GiB BOS).
  harness = await startDemoCore({ name: 'ops', copyLimits: { oss: { multipartThreshold: 2 * PART, partSize: PART }, bos: { multipartThreshold: 2 * PART, partSize: PART } } });
  ({ core, events } = harness);
});
afterAll(() => harness?.close());

const call = <T>(channel: string, input: unknown): Promise<T> => harness.call<T>(channel, input);
const client = (bucket: string): StorageClient => harness.client(bucket);
let opCounter = 0;
const opId = () => `op-${++opCounter}`;

async function keysUnder(bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of client(bucket).listAll({ bucket, prefix })) keys.push(...page.objects.map((o) => o.key));
  return keys;
}
async function put(bucket: string, key: string, body: string | Buffer = 'x', extra: { meta?: Record<string, string>; contentType?: string } = {}) {
  await client(bucket).put({ bucket, key, body, ...extra });
}
async function bytesOf(bucket: string, key: string): Promise<Buffer> {
  const r = await client(bucket).get({ bucket, key });
  const chunks: Buffer[] = [];
  for await (const c of r.body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
async function seedMany(bucket: string, prefix: string, n: number) {
  const keys = Array.from({ length: n }, (_, i) => `${prefix}k-${String(i).padStart(5, '0')}.txt`);
  for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((k) => put(bucket, k)));
  return keys;
}
const changedSince = (from: number) => events.slice(from).filter((e) => e.event === 'objects.changed').map((e) => `${e.payload.bucket}:${e.payload.prefix}`);

describe.each([
  { provider: 'oss', bucket: 'demo-oss', otherBucket: 'demo-archive' },
  { provider: 'bos', bucket: 'demo-bos', otherBucket: 'demo-bos-media' },
])('$provider operations', ({ provider, bucket, otherBucket }) => {
  const root = `ops-${provider}/`;

  it('New folder writes a zero-byte name/ object, refuses an existing one and a name with a slash', async () => {
    const mark = events.length;
    await expect(call('ops.newFolder', { profileId: P, bucket, prefix: root, name: 'fresh' })).resolves.toEqual({ key: `${root}fresh/` });
    expect((await client(bucket).head(bucket, `${root}fresh/`)).size).toBe(0);
    expect(changedSince(mark)).toEqual([`${bucket}:${root}`]);
    await expect(call('ops.newFolder', { profileId: P, bucket, prefix: root, name: 'fresh' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await expect(call('ops.newFolder', { profileId: P, bucket, prefix: root, name: 'a/b' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(call('ops.newFolder', { profileId: P, bucket, prefix: root, name: 'n'.repeat(1024) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('renames, copies, counts and deletes a folder of 2,500 keys (more than one batch), one event per folder', async () => {
    const keys = await seedMany(bucket, `${root}big/`, 2500);
    let mark = events.length;
    const moveId = opId();
    const moved = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}big/`, to: `${root}renamed/` }], move: true, opId: moveId });
    expect(moved).toMatchObject({ copied: 2500, removed: 2500, failed: [], cancelled: false });
    expect(await keysUnder(bucket, `${root}big/`)).toEqual([]);
    expect(await keysUnder(bucket, `${root}renamed/`)).toEqual(keys.map((k) => k.replace('/big/', '/renamed/')));
    expect(changedSince(mark)).toEqual([`${bucket}:${root}`]);
    const progress = events.slice(mark).filter((e) => e.event === 'ops.progress' && e.payload.opId === moveId);
    expect(progress.some((e) => e.payload.done === 2500)).toBe(true);
    // Numbered 0, 1, 2… in the order sent: the renderer keeps the newest.
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.map((e) => e.payload.seq)).toEqual(progress.map((_, i) => i));

    const copied = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: otherBucket, items: [{ from: `${root}renamed/`, to: `${root}copied/` }], opId: opId() });
    expect(copied).toMatchObject({ copied: 2500, removed: 0, failed: [] });
    expect((await keysUnder(otherBucket, `${root}copied/`)).length).toBe(2500);

    const count = await call<TreeCountDto>('ops.count', { profileId: P, bucket, keys: [`${root}renamed/`], opId: opId() });
    expect(count).toEqual({ objects: 2500, links: 0, bytes: 2500, cancelled: false });
    mark = events.length;
    const deleted = await call<DeleteTreeResult>('ops.delete', { profileId: P, bucket, keys: [`${root}renamed/`], opId: opId() });
    expect(deleted).toEqual({ deleted: 2500, failed: [], cancelled: false });
    expect(await keysUnder(bucket, `${root}renamed/`)).toEqual([]);
    expect(changedSince(mark)).toEqual([`${bucket}:${root}`]);
  }, 120_000); // BOS listings do not mark links: every key costs a HEAD besides its copy

  it("Count size at the bucket root (key '') counts the whole bucket; Delete refuses ''", async () => {
    const rows = [];
    for await (const page of client(otherBucket).listAll({ bucket: otherBucket })) rows.push(...page.objects);
    const isLink = await Promise.all(rows.map(async (r) => r.kind === 'symlink' || (await client(otherBucket).objectType(otherBucket, r.key)) === 'Symlink'));
    const links = isLink.filter(Boolean).length;
    const bytes = rows.reduce((n, r, i) => n + (isLink[i] ? 0 : r.size), 0);
    expect(rows.length).toBeGreaterThan(0);
    const count = await call<TreeCountDto>('ops.count', { profileId: P, bucket: otherBucket, keys: [''], opId: opId() });
    expect(count).toEqual({ objects: rows.length - links, links, bytes, cancelled: false });
    await expect(call('ops.delete', { profileId: P, bucket: otherBucket, keys: [''], opId: opId() })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await keysUnder(otherBucket, '')).length).toBe(rows.length);
  });

  it('cancels a folder delete between batches and says so', async () => {
    await seedMany(bucket, `${root}cancel/`, 2500);
    const id = opId();
    const off = core.router.subscribe((event, payload) => {
      if (event === 'ops.progress' && (payload as { opId: string }).opId === id) void core.router.invoke('ops.cancel', { opId: id });
    });
    const result = await call<DeleteTreeResult>('ops.delete', { profileId: P, bucket, keys: [`${root}cancel/`], opId: id });
    off();
    expect(result.cancelled).toBe(true);
    expect(result.deleted).toBeLessThan(2500);
    expect((await keysUnder(bucket, `${root}cancel/`)).length).toBe(2500 - result.deleted);
  });

  it('a link copied and moved stays a link with the same target and meta; "target bytes" copies the bytes', async () => {
    await put(bucket, `${root}links/target.txt`, 'target body');
    await client(bucket).putSymlink({ bucket, key: `${root}links/l.txt`, target: `${root}links/target.txt`, meta: { owner: 'ops' } });
    const copy = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}links/l.txt`, to: `${root}links2/l.txt` }], opId: opId() });
    expect(copy).toMatchObject({ copied: 1, failed: [] });
    expect(await client(bucket).getSymlink(bucket, `${root}links2/l.txt`)).toEqual({ target: `${root}links/target.txt`, meta: { owner: 'ops' } });

    await call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}links2/`, to: `${root}links3/` }], move: true, opId: opId() });
    expect(await client(bucket).getSymlink(bucket, `${root}links3/l.txt`)).toEqual({ target: `${root}links/target.txt`, meta: { owner: 'ops' } });
    expect(await keysUnder(bucket, `${root}links2/`)).toEqual([]);

    await call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}links3/l.txt`, to: `${root}bytes.txt` }], linkBytes: true, opId: opId() });
    expect(await client(bucket).objectType(bucket, `${root}bytes.txt`)).not.toBe('Symlink');
    expect((await bytesOf(bucket, `${root}bytes.txt`)).toString()).toBe('target body');
  });

  it('a plain CopyObject keeps content type, user meta and storage class', async () => {
    const storageClass = provider === 'oss' ? 'IA' : 'STANDARD_IA';
    await client(bucket).put({ bucket, key: `${root}small.txt`, body: 'small', contentType: 'text/x-small', meta: { tag: 'kept' }, storageClass });
    await call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: otherBucket, items: [{ from: `${root}small.txt`, to: `${root}small.txt` }], opId: opId() });
    expect(await client(otherBucket).head(otherBucket, `${root}small.txt`)).toMatchObject({ contentType: 'text/x-small', meta: { tag: 'kept' }, storageClass: storageClass.toUpperCase() });
  });

  it('copies an object above the multipart threshold in parts, keeping content type, meta, standard headers and storage class', async () => {
    const body = Buffer.alloc(5 * PART + 17, 7);
    body.write('head');
    await put(bucket, `${root}large.bin`, body, { meta: { kind: 'large' }, contentType: 'application/x-test' });
    const headers = { 'cache-control': 'no-cache', 'content-disposition': 'inline', expires: 'Wed, 21 Oct 2037 07:28:00 GMT' };
    await client(bucket).copy({ bucket, key: `${root}large.bin`, sourceBucket: bucket, sourceKey: `${root}large.bin`, replace: { contentType: 'application/x-test', meta: { kind: 'large' }, headers } });
    const source = await client(bucket).head(bucket, `${root}large.bin`);
    const r = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}large.bin`, to: `${root}large-copy.bin` }], opId: opId() });
    expect(r).toMatchObject({ copied: 1, failed: [] });
    const copy = await client(bucket).head(bucket, `${root}large-copy.bin`);
    expect(copy).toMatchObject({ size: body.length, contentType: 'application/x-test', meta: { kind: 'large' }, storageClass: source.storageClass, objectType: provider === 'oss' ? 'Multipart' : expect.any(String) });
    expect(copy.etag).toMatch(/-6$/); // parts of PART bytes: five full ones and a 17-byte last part
    // What a one-request CopyObject (directive COPY) keeps, the copy in parts keeps too.
    expect(Object.fromEntries(Object.keys(headers).map((k) => [k, copy.headers?.[k]]))).toEqual(headers);
    expect((await bytesOf(bucket, `${root}large-copy.bin`)).equals(body)).toBe(true);
  });

  it('a copy onto an existing key fails with ALREADY_EXISTS and leaves source and destination as they were; overwrite replaces', async () => {
    await put(bucket, `${root}r/a.txt`, 'A');
    await put(bucket, `${root}r/b.txt`, 'B');
    const item = { from: `${root}r/a.txt`, to: `${root}r/b.txt` };
    const r = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [item], move: true, opId: opId() });
    expect(r).toMatchObject({ copied: 0, removed: 0, failed: [{ key: `${root}r/a.txt`, code: 'ALREADY_EXISTS' }] });
    expect((await bytesOf(bucket, `${root}r/a.txt`)).toString()).toBe('A');
    expect((await bytesOf(bucket, `${root}r/b.txt`)).toString()).toBe('B');
    await call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [item], move: true, overwrite: true, opId: opId() });
    expect((await bytesOf(bucket, `${root}r/b.txt`)).toString()).toBe('A');
    expect(await keysUnder(bucket, `${root}r/a.txt`)).toEqual([]);
  });

  it('refuses a folder moved into itself before writing anything', async () => {
    await put(bucket, `${root}self/x.txt`);
    await expect(call('ops.copy', { profileId: P, sourceBucket: bucket, destBucket: bucket, items: [{ from: `${root}self/`, to: `${root}self/inner/` }], move: true, opId: opId() })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await keysUnder(bucket, `${root}self/`)).toEqual([`${root}self/x.txt`]);
  });

  it('share URLs work anonymously with plain fetch, as attachment too, and expire', async () => {
    await put(bucket, `${root}share/hello world.txt`, 'shared body');
    const s = await call<ShareUrlDto>('ops.shareUrl', { profileId: P, bucket, key: `${root}share/hello world.txt`, expiresSeconds: 900 });
    const res = await fetch(s.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('shared body');
    expect(Date.parse(s.expiresAt) - Date.now()).toBeGreaterThan(890_000);

    const a = await call<ShareUrlDto>('ops.shareUrl', { profileId: P, bucket, key: `${root}share/hello world.txt`, expiresSeconds: 3600, attachment: true });
    expect((await fetch(a.url)).headers.get('content-disposition')).toBe(`attachment; filename="hello world.txt"; filename*=UTF-8''hello%20world.txt`);

    const short = await call<ShareUrlDto>('ops.shareUrl', { profileId: P, bucket, key: `${root}share/hello world.txt`, expiresSeconds: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(short.url)).status).toBe(403);
    await expect(call('ops.shareUrl', { profileId: P, bucket, key: `${root}share/hello world.txt`, expiresSeconds: 604_801 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it("a link's share URL serves the target; ofTarget gives the target's own URL", async () => {
    await put(bucket, `${root}share/t.txt`, 'through the link');
    await client(bucket).putSymlink({ bucket, key: `${root}share/link.txt`, target: `${root}share/t.txt` });
    const viaLink = await call<ShareUrlDto>('ops.shareUrl', { profileId: P, bucket, key: `${root}share/link.txt`, expiresSeconds: 900 });
    expect(await (await fetch(viaLink.url)).text()).toBe('through the link');
    const ofTarget = await call<ShareUrlDto>('ops.shareUrl', { profileId: P, bucket, key: `${root}share/link.txt`, expiresSeconds: 900, ofTarget: true });
    expect(ofTarget.key).toBe(`${root}share/t.txt`);
    expect(await (await fetch(ofTarget.url)).text()).toBe('through the link');
  });
});

describe('links moved into another bucket', () => {
  it('BOS: the moved link names the original bucket (a cross-bucket link) and still resolves', async () => {
    await put('demo-bos', 'xmove/target.txt', 'bos target');
    await client('demo-bos').putSymlink({ bucket: 'demo-bos', key: 'xmove/link.txt', target: 'xmove/target.txt' });
    const r = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: 'demo-bos', destBucket: 'demo-bos-media', items: [{ from: 'xmove/link.txt', to: 'xmove/link.txt' }], move: true, opId: opId() });
    expect(r).toMatchObject({ copied: 1, removed: 1, failed: [] });
    expect(await client('demo-bos-media').getSymlink('demo-bos-media', 'xmove/link.txt')).toEqual({ target: 'xmove/target.txt', targetBucket: 'demo-bos' });
    expect((await bytesOf('demo-bos-media', 'xmove/link.txt')).toString()).toBe('bos target');
  });

  it('OSS: refused per key with the reason, and the link stays where it was', async () => {
    await client('demo-oss').putSymlink({ bucket: 'demo-oss', key: 'xmove/link.txt', target: 'readme.txt' });
    const r = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: 'demo-oss', destBucket: 'demo-archive', items: [{ from: 'xmove/link.txt', to: 'xmove/link.txt' }], move: true, opId: opId() });
    expect(r).toMatchObject({ copied: 0, removed: 0, failed: [{ key: 'xmove/link.txt', code: 'NOT_SUPPORTED' }] });
    expect(await client('demo-oss').getSymlink('demo-oss', 'xmove/link.txt')).toEqual({ target: 'readme.txt' });
  });

  it('OSS: a folder moved into another bucket moves its objects; the link that cannot go stays at the source', async () => {
    await put('demo-oss', 'mixed/plain.txt', 'plain');
    await client('demo-oss').putSymlink({ bucket: 'demo-oss', key: 'mixed/link.txt', target: 'mixed/plain.txt' });
    const r = await call<CopyObjectsResult>('ops.copy', { profileId: P, sourceBucket: 'demo-oss', destBucket: 'demo-archive', items: [{ from: 'mixed/', to: 'mixed/' }], move: true, opId: opId() });
    expect(r).toMatchObject({ copied: 1, removed: 1, failed: [{ key: 'mixed/link.txt', code: 'NOT_SUPPORTED' }] });
    expect(await keysUnder('demo-oss', 'mixed/')).toEqual(['mixed/link.txt']);
    expect(await keysUnder('demo-archive', 'mixed/')).toEqual(['mixed/plain.txt']);
    expect(await client('demo-oss').getSymlink('demo-oss', 'mixed/link.txt')).toEqual({ target: 'mixed/plain.txt' });
  });

  it('OSS to BOS is refused as a whole: no server-side copy across providers', async () => {
    await expect(call('ops.copy', { profileId: P, sourceBucket: 'demo-oss', destBucket: 'demo-bos', items: [{ from: 'readme.txt', to: 'readme.txt' }], opId: opId() })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });
});

describe('share URLs signed with OSS V1', () => {
  it('work anonymously, carry the attachment disposition (a signed sub-resource) and expire', async () => {
    const v1 = createStorageClient(emulatorConfig(harness.emu, 'oss-v1'));
    await put('demo-oss', 'v1share/file.txt', 'v1 body');
    const s = await shareUrl(v1, { bucket: 'demo-oss', key: 'v1share/file.txt', expiresSeconds: 600, attachment: true, ofTarget: false });
    expect(s.url).toContain('OSSAccessKeyId=');
    const res = await fetch(s.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="file.txt"; filename*=UTF-8''file.txt`);
    const short = await shareUrl(v1, { bucket: 'demo-oss', key: 'v1share/file.txt', expiresSeconds: 1, attachment: false, ofTarget: false });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(short.url)).status).toBe(403);
    await expect(shareUrl(v1, { bucket: 'demo-oss', key: 'v1share/file.txt', expiresSeconds: 604_801, attachment: false, ofTarget: false })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('clipboard', () => {
  it('without an injected clipboard the channel fails cleanly', async () => {
    await expect(call('clipboard.writeText', { text: 'x' })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });
});
