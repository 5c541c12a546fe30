// Cross-check with the vendors' SDKs (test-only oracles): what our client writes they read, and
// vice versa. @baiducloud/sdk sends link targets raw, so its links use targets without `%`.
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error ali-oss ships no types
import OSS from 'ali-oss';
// @ts-expect-error @baiducloud/sdk ships no types
import bce from '@baiducloud/sdk';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { emulatorConfig, streamToString, useEmulator } from './testing/emulator-configs';

interface AliOss {
  put(name: string, body: Buffer): Promise<unknown>;
  get(name: string): Promise<{ content: Buffer }>;
  putSymlink(name: string, target: string): Promise<unknown>;
  getSymlink(name: string): Promise<{ targetName: string }>;
}
interface BosSdk {
  putObjectFromString(bucket: string, key: string, body: string): Promise<unknown>;
  getObject(bucket: string, key: string): Promise<{ body: Buffer }>;
  putSymlink(bucket: string, key: string, target: string): Promise<unknown>;
  getSymlink(bucket: string, key: string): Promise<{ http_headers: Record<string, string> }>;
}

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));
let ali: AliOss;
let baidu: BosSdk;
beforeAll(() => {
  ali = new OSS({ region: 'oss-cn-hangzhou', accessKeyId: emu().accessKeyId, accessKeySecret: emu().accessKeySecret, bucket: 'demo-oss', endpoint: emu().oss, secure: false }) as AliOss;
  baidu = new bce.BosClient({ endpoint: emu().bos, credentials: { ak: emu().accessKeyId, sk: emu().accessKeySecret } }) as BosSdk;
});

describe('OSS: ali-oss as oracle', () => {
  const key = 'oracle/ours a+b 100% 目录 😀.txt';
  const link = 'oracle/ours-link #1';

  it.each(['v4', 'v1'] as const)('ali-oss reads an object and a link written by our client (%s)', async (v) => {
    const c = createStorageClient(emulatorConfig(emu(), v === 'v4' ? 'oss-v4' : 'oss-v1'));
    await c.put({ bucket: 'demo-oss', key, body: `ours ${v}` });
    await c.putSymlink({ bucket: 'demo-oss', key: link, target: key });
    expect((await ali.get(key)).content.toString()).toBe(`ours ${v}`);
    expect((await ali.getSymlink(link)).targetName).toBe(key);
    expect((await ali.get(link)).content.toString()).toBe(`ours ${v}`);
  });

  it('our client reads an object and a link written by ali-oss', async () => {
    const theirs = 'oracle/theirs a+b 100% 目录.txt';
    await ali.put(theirs, Buffer.from('theirs'));
    await ali.putSymlink('oracle/theirs-link', theirs);
    const c = createStorageClient(emulatorConfig(emu(), 'oss-v4'));
    expect(await streamToString((await c.get({ bucket: 'demo-oss', key: theirs })).body)).toBe('theirs');
    expect(await c.getSymlink('demo-oss', 'oracle/theirs-link')).toEqual({ target: theirs });
    expect(await c.objectType('demo-oss', 'oracle/theirs-link')).toBe('Symlink');
    const rows = (await c.listObjects({ bucket: 'demo-oss', prefix: 'oracle/theirs' })).objects;
    expect(rows.map((r) => [r.key, r.kind])).toEqual([[theirs, 'object'], ['oracle/theirs-link', 'symlink']]);
  });
});

describe('BOS: @baiducloud/sdk as oracle', () => {
  it('the SDK reads an object and a link written by our client', async () => {
    const c = createStorageClient(emulatorConfig(emu(), 'bos'));
    const key = 'oracle/ours a+b 100% 目录 😀.txt';
    await c.put({ bucket: 'demo-bos', key, body: 'ours bos' });
    await c.putSymlink({ bucket: 'demo-bos', key: 'oracle/ours-link', target: key });
    expect((await baidu.getObject('demo-bos', key)).body.toString()).toBe('ours bos');
    const headers = (await baidu.getSymlink('demo-bos', 'oracle/ours-link')).http_headers;
    expect(decodeURIComponent(headers['x-bce-symlink-target'] ?? '')).toBe(key);
    expect((await baidu.getObject('demo-bos', 'oracle/ours-link')).body.toString()).toBe('ours bos');
  });

  it('our client reads an object and a link written by the SDK', async () => {
    await baidu.putObjectFromString('demo-bos', 'oracle/theirs x.txt', 'theirs bos');
    await baidu.putSymlink('demo-bos', 'oracle/theirs-link', 'oracle/theirs x.txt');
    const c = createStorageClient(emulatorConfig(emu(), 'bos'));
    expect(await streamToString((await c.get({ bucket: 'demo-bos', key: 'oracle/theirs x.txt' })).body)).toBe('theirs bos');
    expect(await c.getSymlink('demo-bos', 'oracle/theirs-link')).toEqual({ target: 'oracle/theirs x.txt' });
    expect(await c.objectType('demo-bos', 'oracle/theirs-link')).toBe('Symlink');
    expect(await streamToString((await c.get({ bucket: 'demo-bos', key: 'oracle/theirs-link' })).body)).toBe('theirs bos');
  });
});
