// Every PutSymlink/GetSymlink rule from shared/reference (both PutSymlink docs and
// protocol-notes.md), checked over HTTP against both providers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { bosRequest, ossRequest, type RawRequest, type RawResponse } from './test-client';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
});
afterAll(async () => {
  await emu.close();
});

interface ProviderCase {
  name: 'oss' | 'bos';
  bucket: string;
  prefix: string;
  metaLimit: number;
  send(r: RawRequest): Promise<RawResponse>;
}

const providers: ProviderCase[] = [
  { name: 'oss', bucket: 'demo-oss', prefix: 'x-oss-', metaLimit: 8 * 1024, send: (r) => ossRequest({ url: emu.oss, ...creds() }, r) },
  { name: 'bos', bucket: 'demo-bos', prefix: 'x-bce-', metaLimit: 2 * 1024, send: (r) => bosRequest({ url: emu.bos, ...creds() }, r) },
];
const creds = () => ({ accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret });

describe.each(providers)('symlink rules: $name', (p) => {
  const put = (key: string, body: string, bucket = p.bucket) => p.send({ method: 'PUT', bucket, key, body });
  const putLink = (key: string, target: string, headers: Record<string, string> = {}, bucket = p.bucket) =>
    p.send({ method: 'PUT', bucket, key, query: { symlink: '' }, headers: { [`${p.prefix}symlink-target`]: target, ...headers } });
  const getLink = (key: string) => p.send({ bucket: p.bucket, key, query: { symlink: '' } });
  const get = (key: string, headers: Record<string, string> = {}) => p.send({ bucket: p.bucket, key, headers });
  const head = (key: string) => p.send({ method: 'HEAD', bucket: p.bucket, key });
  const targetHeader = (r: RawResponse) => decodeURIComponent(r.headers.get(`${p.prefix}symlink-target`) ?? '');
  const d = 'rules/';

  it('decodes a percent-encoded target and returns it encoded', async () => {
    const target = `${d}target +%#?&报告.txt`;
    const encoded = encodeURIComponent(target).replace(/%2F/g, '/');
    expect((await putLink(`${d}enc-link`, encoded)).status).toBe(200);
    const r = await getLink(`${d}enc-link`);
    expect(r.status).toBe(200);
    expect(targetHeader(r)).toBe(target);
  });

  it('does not check that the target exists at creation', async () => {
    expect((await putLink(`${d}dangling`, `${d}not-there.txt`)).status).toBe(200);
  });

  it('reads through a link: target bytes, ETag and length; HEAD reports the Symlink type', async () => {
    const t = await put(`${d}target.txt`, 'target body');
    await putLink(`${d}link.txt`, `${d}target.txt`);
    const r = await get(`${d}link.txt`);
    expect(r.status).toBe(200);
    expect(r.text).toBe('target body');
    expect(r.headers.get('etag')).toBe(t.headers.get('etag'));
    expect(r.headers.get('content-length')).toBe('11');
    const h = await head(`${d}link.txt`);
    expect(h.headers.get(`${p.prefix}object-type`)).toBe('Symlink');
    expect(h.headers.get('content-length')).toBe('11');
    const ranged = await get(`${d}link.txt`, { range: 'bytes=0-5' });
    expect([ranged.status, ranged.text]).toEqual([206, 'target']);
  });

  it('overwrites an existing object with 200 unless forbid-overwrite is true (409 FileAlreadyExists)', async () => {
    await put(`${d}existing.txt`, 'x');
    const forbidden = await putLink(`${d}existing.txt`, `${d}target.txt`, { [`${p.prefix}forbid-overwrite`]: 'true' });
    expect([forbidden.status, forbidden.code]).toEqual([409, 'FileAlreadyExists']);
    expect((await get(`${d}existing.txt`)).text).toBe('x');
    expect((await putLink(`${d}existing.txt`, `${d}target.txt`, { [`${p.prefix}forbid-overwrite`]: 'false' })).status).toBe(200);
    expect((await putLink(`${d}existing.txt`, `${d}target.txt`)).status).toBe(200);
    expect((await get(`${d}existing.txt`)).text).toBe('target body');
  });

  it(`limits user metadata (${p.name === 'oss' ? '8' : '2'} KB) with 400`, async () => {
    const ok = await putLink(`${d}meta-ok`, `${d}target.txt`, { [`${p.prefix}meta-note`]: 'a'.repeat(p.metaLimit - 100) });
    expect(ok.status).toBe(200);
    const big = await putLink(`${d}meta-big`, `${d}target.txt`, { [`${p.prefix}meta-note`]: 'a'.repeat(p.metaLimit + 10) });
    expect(big.status).toBe(400);
    expect((await getLink(`${d}meta-big`)).status).toBe(404);
  });

  it('GetSymlink on a normal object is 400 NotSymlink; on a missing key 404 NoSuchKey', async () => {
    const r = await getLink(`${d}target.txt`);
    expect([r.status, r.code]).toEqual([400, 'NotSymlink']);
    const m = await getLink(`${d}missing-key`);
    expect([m.status, m.code]).toEqual([404, 'NoSuchKey']);
  });

  it('a missing target is 404 SymlinkTargetNotExist on GET and HEAD', async () => {
    const r = await get(`${d}dangling`);
    expect([r.status, r.code]).toEqual([404, 'SymlinkTargetNotExist']);
    const h = await head(`${d}dangling`);
    expect([h.status, h.code]).toEqual([404, 'SymlinkTargetNotExist']);
  });

  it('a link to a link is 400 InvalidTargetType', async () => {
    await putLink(`${d}chain`, `${d}link.txt`);
    const r = await get(`${d}chain`);
    expect([r.status, r.code]).toEqual([400, 'InvalidTargetType']);
  });

  it('copy acts on the link itself', async () => {
    const r = await p.send({ method: 'PUT', bucket: p.bucket, key: `${d}link-copy.txt`, headers: { [`${p.prefix}copy-source`]: `/${p.bucket}/${d}link.txt` } });
    expect(r.status).toBe(200);
    expect(targetHeader(await getLink(`${d}link-copy.txt`))).toBe(`${d}target.txt`);
  });

  it('delete acts on the link itself; the target survives', async () => {
    expect((await p.send({ method: 'DELETE', bucket: p.bucket, key: `${d}link-copy.txt` })).status).toBe(204);
    expect((await getLink(`${d}link-copy.txt`)).status).toBe(404);
    expect((await get(`${d}target.txt`)).text).toBe('target body');
  });

  it('anonymous reads need public-read on the link and its target', async () => {
    await put(`${d}pub-target.txt`, 'public');
    await putLink(`${d}pub-link`, `${d}pub-target.txt`, { [p.name === 'oss' ? 'x-oss-object-acl' : 'x-bce-acl']: 'public-read' });
    expect((await p.send({ bucket: p.bucket, key: `${d}pub-link`, anonymous: true })).status).toBe(403);
    await p.send({ method: 'PUT', bucket: p.bucket, key: `${d}pub-target.txt`, query: { acl: '' }, headers: { [p.name === 'oss' ? 'x-oss-object-acl' : 'x-bce-acl']: 'public-read' } });
    const r = await p.send({ bucket: p.bucket, key: `${d}pub-link`, anonymous: true });
    expect([r.status, r.text]).toEqual([200, 'public']);
  });
});

describe('provider-specific symlink rules', () => {
  const oss = (r: RawRequest) => ossRequest({ url: emu.oss, ...creds() }, r);
  const bos = (r: RawRequest) => bosRequest({ url: emu.bos, ...creds() }, r);

  it('OSS: PutSymlink in an Archive bucket is 400 OperationNotSupported', async () => {
    const r = await oss({ method: 'PUT', bucket: 'demo-archive', key: 'l', query: { symlink: '' }, headers: { 'x-oss-symlink-target': 'backups/2019/backup-01.tar' } });
    expect([r.status, r.code]).toEqual([400, 'OperationNotSupported']);
  });

  it('OSS: list entries of links have Type Symlink', async () => {
    const r = await oss({ bucket: 'demo-oss', query: { 'list-type': '2', prefix: 'latest-report' } });
    expect(r.text).toContain('<Key>latest-report.pdf</Key>');
    expect(r.text).toMatch(/<Key>latest-report\.pdf<\/Key>.*<Type>Symlink<\/Type>/);
  });

  it('BOS: ARCHIVE storage class for a link is 400 InvalidArgument, also when inherited from the bucket', async () => {
    const r = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'arch-link', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'readme.txt', 'x-bce-storage-class': 'ARCHIVE' } });
    expect([r.status, r.code]).toEqual([400, 'InvalidArgument']);
    expect((await bos({ method: 'PUT', bucket: 'archive-bos', headers: { 'x-bce-storage-class': 'ARCHIVE' } })).status).toBe(200);
    const inherited = await bos({ method: 'PUT', bucket: 'archive-bos', key: 'l', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'x' } });
    expect([inherited.status, inherited.code]).toEqual([400, 'InvalidArgument']);
    const cold = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'cold-link', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'readme.txt', 'x-bce-storage-class': 'cold' } });
    expect(cold.status).toBe(200);
    expect((await bos({ method: 'HEAD', bucket: 'demo-bos', key: 'cold-link' })).headers.get('x-bce-object-type')).toBe('Symlink');
  });

  it('BOS: cross-bucket links via x-bce-symlink-bucket', async () => {
    const r = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'cross', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'videos/intro.mp4', 'x-bce-symlink-bucket': 'demo-bos-media' } });
    expect(r.status).toBe(200);
    const info = await bos({ bucket: 'demo-bos', key: 'cross', query: { symlink: '' } });
    expect(info.headers.get('x-bce-symlink-bucket')).toBe('demo-bos-media');
    expect(info.headers.get('x-bce-symlink-target')).toBe('videos/intro.mp4');
    const through = await bos({ bucket: 'demo-bos', key: 'cross' });
    const direct = await bos({ bucket: 'demo-bos-media', key: 'videos/intro.mp4' });
    expect(through.status).toBe(200);
    expect(through.body.equals(direct.body)).toBe(true);
    expect(through.headers.get('etag')).toBe(direct.headers.get('etag'));
    const missing = await bos({ method: 'PUT', bucket: 'demo-bos', key: 'cross-missing', query: { symlink: '' }, headers: { 'x-bce-symlink-target': 'videos/intro.mp4', 'x-bce-symlink-bucket': 'no-such-bucket' } });
    expect(missing.status).toBe(200);
    expect((await bos({ bucket: 'demo-bos', key: 'cross-missing' })).code).toBe('SymlinkTargetNotExist');
  });
});
