// Edit metadata… and Properties through the real router (createAppCore) against the emulator, for
// OSS and BOS, checked behind the app's back with the vendor SDKs as oracles (ali-oss, @baiducloud/sdk):
// an object keeps its bytes, content type, standard headers and storage class and gets exactly the
// new user metadata (CopyObject onto itself, directive REPLACE); a link keeps its target (and
// target bucket) and storage class, and a HEAD of it shows the new metadata (the link's own: oss2
// and ali-oss real-service tests, BOS GetObjectMeta doc). One objects.changed per write.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aliOss, bosSdk, type AliOssClient, type BosSdkClient } from '../../emulator/test-oracles';
import type { ObjectProperties } from '../ipc/contract';
import type { StorageClient } from '../storage/types';
import { DEMO_PROFILE as P, startDemoCore, type DemoCoreHarness } from '../testing/demo-core-harness';

const PART = 100 * 1024;
let h0: DemoCoreHarness;
let ali: AliOssClient;
let bce: BosSdkClient;

beforeAll(async () => {
  h0 = await startDemoCore({ name: 'meta', copyLimits: { oss: { multipartThreshold: 2 * PART, partSize: PART }, bos: { multipartThreshold: 2 * PART, partSize: PART } } });
  const { oss, bos, accessKeyId, accessKeySecret } = h0.emu;
  ali = aliOss({ endpoint: oss, region: 'oss-cn-hangzhou', accessKeyId, accessKeySecret, bucket: 'demo-oss' });
  bce = bosSdk(bos, accessKeyId, accessKeySecret);
});
afterAll(() => h0?.close());
beforeEach(() => {
  h0.events.length = 0;
});

const call = <T>(channel: string, input: unknown): Promise<T> => h0.call<T>(channel, input);
async function failure(channel: string, input: unknown): Promise<string> {
  const r = await h0.core.router.invoke(channel, input);
  if (r.ok) throw new Error(`${channel} succeeded`);
  return r.error.code;
}
const client = (bucket: string): StorageClient => h0.client(bucket);
const changed = () => h0.events.filter((e) => e.event === 'objects.changed').map((e) => `${e.payload.bucket as string}:${e.payload.prefix as string}`);

/** What the vendor SDK sees: HEAD headers of the key (following a link, as both services do). */
async function oracleHead(provider: 'oss' | 'bos', key: string): Promise<Record<string, string>> {
  return provider === 'oss' ? (await ali.head(key)).res.headers : (await bce.getObjectMetadata('demo-bos', key)).http_headers;
}
async function oracleTarget(provider: 'oss' | 'bos', key: string): Promise<{ target: string; bucket?: string }> {
  if (provider === 'oss') return { target: (await ali.getSymlink(key)).targetName };
  const h = (await bce.getSymlink('demo-bos', key)).http_headers;
  return { target: decodeURIComponent(h['x-bce-symlink-target']!), ...(h['x-bce-symlink-bucket'] && { bucket: h['x-bce-symlink-bucket'] }) };
}
async function listedClass(bucket: string, key: string): Promise<string> {
  const page = await client(bucket).listObjects({ bucket, prefix: key, maxKeys: 1 });
  return page.objects[0]!.storageClass;
}

/** Every standard header each service stores (BOS has no Content-Language; see storage/standard-headers.ts). */
const COMMON = { 'cache-control': 'max-age=60', 'content-disposition': 'attachment; filename="big.bin"', 'content-encoding': 'identity', expires: 'Wed, 21 Oct 2037 07:28:00 GMT' };
const STANDARD = { oss: { ...COMMON, 'content-language': 'zh-CN' }, bos: COMMON };
const pick = (h: Record<string, string>, like: Record<string, string>) => Object.fromEntries(Object.keys(like).map((k) => [k, h[k]]));

const cases = [
  { provider: 'oss' as const, bucket: 'demo-oss', cls: 'IA', prefix: 'x-oss-' },
  { provider: 'bos' as const, bucket: 'demo-bos', cls: 'STANDARD_IA', prefix: 'x-bce-' },
];

describe.each(cases)('Edit metadata… on $provider', ({ provider, bucket, cls, prefix }) => {
  it('replaces an object\'s user metadata and keeps its bytes, content type, cache-control and storage class', async () => {
    const key = 'meta-edit/object 100%.txt';
    await client(bucket).put({ bucket, key, body: 'hello meta', contentType: 'text/x-custom', storageClass: cls, meta: { old: 'gone', keep: 'no' } });
    // cache-control is a stored standard header: REPLACE drops it unless sent again.
    await client(bucket).copy({ bucket, key, sourceBucket: bucket, sourceKey: key, storageClass: cls, replace: { contentType: 'text/x-custom', meta: { old: 'gone', keep: 'no' }, headers: { 'cache-control': 'max-age=60' } } });
    h0.events.length = 0;

    expect(await call('objects.editMetadata', { profileId: P, bucket, key, meta: { Owner: 'alice', 'note-2': 'v 2' } })).toEqual({ key, isLink: false });

    const h = await oracleHead(provider, key);
    expect(h['content-type']).toBe('text/x-custom');
    expect(h['cache-control']).toBe('max-age=60');
    expect(h[`${prefix}storage-class`]).toBe(cls);
    expect(h[`${prefix}meta-owner`]).toBe('alice');
    expect(h[`${prefix}meta-note-2`]).toBe('v 2');
    expect(h[`${prefix}meta-old`]).toBeUndefined();
    expect(h[`${prefix}meta-keep`]).toBeUndefined();
    const body = provider === 'oss' ? (await ali.get(key)).content : Buffer.from((await bce.getObject(bucket, key)).body);
    expect(body.toString()).toBe('hello meta');
    expect(changed()).toEqual([`${bucket}:meta-edit/`]);
  });

  it('copies a big object onto itself in parts with the new metadata, its content type and every stored standard header', async () => {
    const key = 'meta-edit/big.bin';
    const bytes = Buffer.alloc(3 * PART + 17, 7);
    const standard = STANDARD[provider];
    await client(bucket).put({ bucket, key, body: bytes, contentType: 'application/x-big', meta: { a: '1' } });
    await client(bucket).copy({ bucket, key, sourceBucket: bucket, sourceKey: key, replace: { contentType: 'application/x-big', meta: { a: '1' }, headers: standard } });
    expect(pick(await oracleHead(provider, key), standard)).toEqual(standard);

    await call('objects.editMetadata', { profileId: P, bucket, key, meta: { b: '2' } });
    const h = await oracleHead(provider, key);
    expect(h['content-type']).toBe('application/x-big');
    expect(pick(h, standard)).toEqual(standard);
    expect(h[`${prefix}meta-b`]).toBe('2');
    expect(h[`${prefix}meta-a`]).toBeUndefined();
    expect(Number(h['content-length'])).toBe(bytes.length);
    // It went in parts (an OSS multipart object's ETag ends in -<parts>).
    if (provider === 'oss') expect(h.etag).toMatch(/-4"$/);
  });

  it.each(['public-read', 'private'] as const)('keeps a big object\'s own %s ACL when it copies it in parts (Complete gives the default)', async (acl) => {
    const key = `meta-edit/big ${acl}.bin`;
    await client(bucket).put({ bucket, key, body: Buffer.alloc(2 * PART + 1, 3) });
    // Set and read back by the vendor SDKs: ali-oss putACL / getACL, @baiducloud/sdk putObjectCannedAcl.
    if (provider === 'oss') await ali.putACL(key, acl);
    else await bce.putObjectCannedAcl(bucket, key, acl);
    await call('objects.editMetadata', { profileId: P, bucket, key, meta: { c: '3' } });
    expect((await oracleHead(provider, key))[`${prefix}meta-c`]).toBe('3');
    if (provider === 'oss') expect((await ali.getACL(key)).acl).toBe(acl);
    expect(await client(bucket).objectAcl(bucket, key)).toBe(acl);
  });

  it('writes a link again to the same target with the new metadata, keeping its storage class', async () => {
    const key = 'meta-edit/the link';
    await call('links.create', { profileId: P, bucket, key, target: 'docs/guide.md', storageClass: cls, meta: { first: '1' } });
    h0.events.length = 0;

    expect(await call('objects.editMetadata', { profileId: P, bucket, key, meta: { second: 'two' } })).toEqual({ key, isLink: true });

    expect(await oracleTarget(provider, key)).toEqual({ target: 'docs/guide.md' });
    const h = await oracleHead(provider, key);
    expect(h[`${prefix}object-type`]).toBe('Symlink');
    expect(h[`${prefix}meta-second`]).toBe('two');
    expect(h[`${prefix}meta-first`]).toBeUndefined();
    expect((await listedClass(bucket, key)).toUpperCase()).toBe(cls.toUpperCase());
    expect(changed()).toEqual([`${bucket}:meta-edit/`]);
  });

  it('keeps a link\'s own ACL', async () => {
    const key = 'meta-edit/public link';
    await client(bucket).putSymlink({ bucket, key, target: 'readme.txt', acl: 'public-read' });
    await call('objects.editMetadata', { profileId: P, bucket, key, meta: { m: '1' } });
    expect(await client(bucket).objectAcl(bucket, key)).toBe('public-read');
    expect((await call<ObjectProperties>('objects.properties', { profileId: P, bucket, key })).acl).toBe('public-read');
  });

  it('edits a broken link too (HEAD cannot read it; GetSymlink can)', async () => {
    const key = 'meta-edit/broken';
    await call('links.create', { profileId: P, bucket, key, target: 'meta-edit/nothing-here', meta: {} });
    await call('objects.editMetadata', { profileId: P, bucket, key, meta: { why: 'kept' } });
    expect(await oracleTarget(provider, key)).toEqual({ target: 'meta-edit/nothing-here' });
    expect((await client(bucket).getSymlink(bucket, key)).meta).toEqual({ why: 'kept' });
  });

  it('refuses metadata the provider refuses, with the Create link dialog\'s rules, and changes nothing', async () => {
    const key = 'meta-edit/guarded.txt';
    await client(bucket).put({ bucket, key, body: 'x', meta: { stays: 'yes' } });
    const tooBig = { big: 'x'.repeat(provider === 'oss' ? 8 * 1024 : 2 * 1024) };
    expect(await failure('objects.editMetadata', { profileId: P, bucket, key, meta: tooBig })).toBe('INVALID_ARGUMENT');
    expect(await failure('objects.editMetadata', { profileId: P, bucket, key, meta: { 'bad name': 'v' } })).toBe('INVALID_ARGUMENT');
    expect(await failure('objects.editMetadata', { profileId: P, bucket, key, meta: { v: 'non-ascii 值' } })).toBe('INVALID_ARGUMENT');
    expect(await failure('objects.editMetadata', { profileId: P, bucket, key: 'meta-edit/missing.txt', meta: {} })).toBe('NOT_FOUND');
    expect((await oracleHead(provider, key))[`${prefix}meta-stays`]).toBe('yes');
    expect(changed()).toEqual([]);
  });
});

describe('Edit metadata… of a BOS cross-bucket link', () => {
  it('keeps the target bucket', async () => {
    const key = 'meta-edit/cross.mp4';
    await call('links.create', { profileId: P, bucket: 'demo-bos', key, target: 'videos/intro.mp4', targetBucket: 'demo-bos-media' });
    await call('objects.editMetadata', { profileId: P, bucket: 'demo-bos', key, meta: { film: 'intro' } });
    expect(await oracleTarget('bos', key)).toEqual({ target: 'videos/intro.mp4', bucket: 'demo-bos-media' });
    expect((await oracleHead('bos', key))['x-bce-meta-film']).toBe('intro');
  });
});

describe.each(cases)('Properties on $provider', ({ provider, bucket, prefix }) => {
  const props = (key: string, b = bucket) => call<ObjectProperties>('objects.properties', { profileId: P, bucket: b, key });

  it('of an object: HEAD facts, every response header and the ACL', async () => {
    const p = await props('docs/guide.md');
    expect(p).toMatchObject({ key: 'docs/guide.md', isLink: false, contentType: 'text/markdown', objectType: 'Normal', acl: provider === 'oss' ? 'default' : 'private' });
    expect(p.size).toBe('# Guide\n\nLinks are first-class objects in Symbucket.\n'.length);
    expect(p.etag).not.toBe('');
    expect(p.headers['content-type']).toBe('text/markdown');
    expect(p.headers[`${prefix}object-type`]).toBe('Normal');
    expect(p.link).toBeUndefined();
  });

  it('of a link: its own entry and metadata, its target and the target\'s size, type and time', async () => {
    const key = 'meta-edit/props-link';
    await call('links.create', { profileId: P, bucket, key, target: 'docs/reports/2026/q3.pdf', meta: { mine: 'link' } });
    const target = await client(bucket).head(bucket, 'docs/reports/2026/q3.pdf');
    const p = await props(key);
    expect(p).toMatchObject({ isLink: true, objectType: 'Symlink', meta: { mine: 'link' } });
    // The link's own size (its target's name), not the target's 2 KB.
    expect(p.size).toBe('docs/reports/2026/q3.pdf'.length);
    expect(p.link).toEqual({
      target: 'docs/reports/2026/q3.pdf',
      crossBucket: false,
      state: 'ok',
      targetDetails: { size: target.size, contentType: 'application/pdf', lastModified: target.lastModified, objectType: 'Normal' },
    });
  });

  it('of a broken link and of a link to a link', async () => {
    const broken = await props('broken-link.txt');
    expect(broken.link).toMatchObject({ target: 'missing/nothing-here.txt', state: 'broken' });
    expect(broken.link?.targetDetails).toBeUndefined();
    expect(broken.headError?.code).toBeDefined();
    expect(broken.headers).toEqual({});
    const chain = await props('chain-link.pdf');
    expect(chain.link).toMatchObject({ target: 'latest-report.pdf', state: 'chain', targetDetails: { objectType: 'Symlink' } });
  });

  it('of a missing key: NOT_FOUND', async () => {
    expect(await failure('objects.properties', { profileId: P, bucket, key: 'meta-edit/no such key' })).toBe('NOT_FOUND');
  });
});

describe('Properties of a BOS cross-bucket link', () => {
  it('names the target bucket and describes the target there', async () => {
    const p = await call<ObjectProperties>('objects.properties', { profileId: P, bucket: 'demo-bos', key: 'intro-video.mp4' });
    expect(p.link).toMatchObject({ target: 'videos/intro.mp4', targetBucket: 'demo-bos-media', crossBucket: true, state: 'ok', targetDetails: { size: 256 * 1024, contentType: 'video/mp4' } });
  });
});
