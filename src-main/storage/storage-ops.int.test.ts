// Every StorageClient operation against the real emulator: OSS V4, OSS V1 and BOS.
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, streamToString, useEmulator } from './testing/emulator-configs';
import { type StorageClient } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));

describe.each<ConfigName>(['oss-v4', 'oss-v1', 'bos'])('%s', (name) => {
  const bucket = DEMO_BUCKET[name];
  const p = `ops-${name}/`;
  let c: StorageClient;
  beforeAll(() => {
    c = createStorageClient(emulatorConfig(emu(), name));
  });

  it('lists buckets', async () => {
    const buckets = await c.listBuckets();
    expect(buckets.map((b) => b.name)).toContain(bucket);
    expect(buckets.find((b) => b.name === bucket)?.region).toBe(name === 'bos' ? 'bj' : 'cn-hangzhou');
  });

  it('heads a bucket: resolves when it exists, 404 when not, 403 with a wrong secret', async () => {
    await expect(c.headBucket(bucket)).resolves.toBeUndefined();
    await expect(c.headBucket('no-such-bucket-here')).rejects.toMatchObject({ status: 404 });
    const wrong = createStorageClient(emulatorConfig(emu(), name, { accessKeySecret: 'wrong-secret-value' }));
    await expect(wrong.headBucket(bucket)).rejects.toMatchObject({ status: 403 });
  });

  it('puts, heads, gets (whole and range), copies and deletes an object with meta and storage class', async () => {
    const key = `${p}hello.txt`;
    const put = await c.put({ bucket, key, body: 'hello world', contentType: 'text/plain', meta: { Owner: 'alice' }, storageClass: name === 'bos' ? 'STANDARD_IA' : 'IA' });
    expect(put.etag).toMatch(/^[0-9A-Fa-f]{32}$/);
    const head = await c.head(bucket, key);
    expect(head).toMatchObject({ key, size: 11, etag: put.etag, contentType: 'text/plain', meta: { owner: 'alice' }, objectType: 'Normal' });
    expect(head.storageClass).toBe(name === 'bos' ? 'STANDARD_IA' : 'IA');
    const whole = await c.get({ bucket, key });
    expect(await streamToString(whole.body)).toBe('hello world');
    const part = await c.get({ bucket, key, range: { start: 6, end: 10 } });
    expect({ text: await streamToString(part.body), size: part.size, total: part.totalSize }).toEqual({ text: 'world', size: 5, total: 11 });
    const copy = await c.copy({ bucket, key: `${p}copy.txt`, sourceBucket: bucket, sourceKey: key });
    expect(copy.etag).toBe(put.etag);
    await c.delete(bucket, key);
    await expect(c.head(bucket, key)).rejects.toMatchObject({ status: 404 });
    expect(await streamToString((await c.get({ bucket, key: `${p}copy.txt` })).body)).toBe('hello world');
  });

  it('uploads a one-shot stream and a re-creatable stream', async () => {
    await c.put({ bucket, key: `${p}stream.bin`, body: Readable.from([Buffer.from('ab'), Buffer.from('cd')]), contentLength: 4 });
    await c.put({ bucket, key: `${p}factory.bin`, body: '', createBody: () => Readable.from([Buffer.from('xyz')]), contentLength: 3 });
    expect(await streamToString((await c.get({ bucket, key: `${p}stream.bin` })).body)).toBe('abcd');
    expect(await streamToString((await c.get({ bucket, key: `${p}factory.bin` })).body)).toBe('xyz');
  });

  it('lists folders and objects with a delimiter, and pages with listAll', async () => {
    const keys = ['a.txt', 'b.txt', 'c.txt', 'd/x.txt', 'e/y.txt', 'f.txt'].map((k) => `${p}list/${k}`);
    await Promise.all(keys.map((key) => c.put({ bucket, key, body: key })));
    const page = await c.listObjects({ bucket, prefix: `${p}list/`, delimiter: '/' });
    expect(page.folders.map((f) => f.key)).toEqual([`${p}list/d/`, `${p}list/e/`]);
    expect(page.folders.every((f) => f.kind === 'folder')).toBe(true);
    expect(page.objects.map((o) => o.key)).toEqual(keys.filter((k) => !k.includes('/d/') && !k.includes('/e/')));
    expect(page.nextCursor).toBeUndefined();
    const pages = [];
    for await (const pg of c.listAll({ bucket, prefix: `${p}list/`, maxKeys: 2 })) pages.push(pg);
    expect(pages.length).toBe(3);
    expect(pages.flatMap((pg) => pg.objects.map((o) => o.key))).toEqual(keys);
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
  });

  it('creates, reads, lists and follows a link', async () => {
    const target = `${p}link/target.txt`;
    await c.put({ bucket, key: target, body: 'target body' });
    const link = `${p}link/the-link`;
    await c.putSymlink({ bucket, key: link, target, meta: { why: 'test' } });
    expect(await c.getSymlink(bucket, link)).toEqual({ target, meta: { why: 'test' } }); // the link's own meta
    expect(await c.objectType(bucket, link)).toBe('Symlink');
    expect(await c.objectType(bucket, target)).toBe('Normal');
    expect(await streamToString((await c.get({ bucket, key: link })).body)).toBe('target body');
    const rows = (await c.listObjects({ bucket, prefix: `${p}link/` })).objects;
    // OSS listings carry <Type>; BOS rows stay 'object' until the links module learns otherwise.
    expect(rows.find((r) => r.key === link)?.kind).toBe(name === 'bos' ? 'object' : 'symlink');
    expect(rows.find((r) => r.key === target)?.kind).toBe('object');
  });

  it('overwrites with a link unless forbidOverwrite', async () => {
    const key = `${p}guard/existing.txt`;
    await c.put({ bucket, key, body: 'x' });
    await expect(c.putSymlink({ bucket, key, target: 'elsewhere', forbidOverwrite: true })).rejects.toMatchObject({ code: 'FileAlreadyExists', status: 409 });
    await c.putSymlink({ bucket, key, target: 'elsewhere' });
    expect(await c.getSymlink(bucket, key)).toEqual({ target: 'elsewhere' });
  });

  it('deletes many keys in batches of at most 1000', async () => {
    const keys = Array.from({ length: 1005 }, (_, i) => `${p}many/${String(i).padStart(4, '0')}`);
    for (let i = 0; i < keys.length; i += 100) await Promise.all(keys.slice(i, i + 100).map((key) => c.put({ bucket, key, body: '' })));
    const r = await c.deleteMany(bucket, keys);
    expect(r.failed).toEqual([]);
    expect([...r.deleted].sort()).toEqual(keys);
    expect((await c.listObjects({ bucket, prefix: `${p}many/` })).objects).toEqual([]);
  });

  it('presigns a GET that works without other credentials and fails once tampered', async () => {
    const key = `${p}presigned file+1.txt`;
    await c.put({ bucket, key, body: 'shared' });
    const url = c.presign({ bucket, key, expiresSeconds: 300 });
    const ok = await fetch(url);
    expect([ok.status, await ok.text()]).toEqual([200, 'shared']);
    const bad = await fetch(url.replace('file%2B1', 'file%2B2'));
    expect(bad.status).toBe(403);
  });

  it('cancels with an AbortSignal', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(c.listObjects({ bucket, signal: ac.signal })).rejects.toMatchObject({ code: 'Aborted' });
  });
});

describe('BOS cross-bucket links', () => {
  it('stores and returns the target bucket', async () => {
    const c = createStorageClient(emulatorConfig(emu(), 'bos'));
    await c.put({ bucket: 'demo-bos-media', key: 'xb/target.txt', body: 'media' });
    await c.putSymlink({ bucket: 'demo-bos', key: 'xb/link', target: 'xb/target.txt', targetBucket: 'demo-bos-media' });
    expect(await c.getSymlink('demo-bos', 'xb/link')).toEqual({ target: 'xb/target.txt', targetBucket: 'demo-bos-media' });
    expect(await streamToString((await c.get({ bucket: 'demo-bos', key: 'xb/link' })).body)).toBe('media');
  });

  it('OSS refuses a cross-bucket target before sending', async () => {
    const c = createStorageClient(emulatorConfig(emu(), 'oss-v4'));
    await expect(c.putSymlink({ bucket: 'demo-oss', key: 'x', target: 'y', targetBucket: 'other' })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
