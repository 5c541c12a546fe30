// Encoding round trips: every edge key as object name, link name, link target and list prefix.
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { type ConfigName, DEMO_BUCKET, EDGE_KEYS, emulatorConfig, streamToString, useEmulator } from './testing/emulator-configs';
import { type StorageClient } from './types';

const emu = useEmulator(() => startEmulator({ seed: 'demo' }));

/** Link names stay within 1024 bytes: the longest key gets a short link name. */
const linkName = (key: string, i: number): string => (Buffer.byteLength(key) > 1000 ? `edge-links/long-${i}` : `edge-links/${key.slice('edge/'.length)}#lnk`);

describe.each<ConfigName>(['oss-v4', 'oss-v1', 'bos'])('%s', (name) => {
  const bucket = DEMO_BUCKET[name];
  let c: StorageClient;
  beforeAll(async () => {
    c = createStorageClient(emulatorConfig(emu(), name));
    for (const key of EDGE_KEYS) await c.put({ bucket, key, body: `body of ${key}` });
  });

  it.each(EDGE_KEYS.map((k, i) => [k.length > 60 ? `${k.slice(0, 20)}…(${Buffer.byteLength(k)} bytes)` : k, i] as const))('object %s round-trips', async (_label, i) => {
    const key = EDGE_KEYS[i] ?? '';
    const head = await c.head(bucket, key);
    expect(head.size).toBe(Buffer.byteLength(`body of ${key}`));
    expect(await streamToString((await c.get({ bucket, key })).body)).toBe(`body of ${key}`);
    const link = linkName(key, i);
    await c.putSymlink({ bucket, key: link, target: key });
    expect(await c.getSymlink(bucket, link)).toEqual({ target: key });
    expect(await streamToString((await c.get({ bucket, key: link })).body)).toBe(`body of ${key}`);
    expect(await c.objectType(bucket, link)).toBe('Symlink');
    await c.copy({ bucket, key: `edge-copies/${i}`, sourceBucket: bucket, sourceKey: key });
    expect(await streamToString((await c.get({ bucket, key: `edge-copies/${i}` })).body)).toBe(`body of ${key}`);
  });

  it('lists every edge key exactly, decoded, and finds them again by prefix', async () => {
    const listed = [];
    for await (const page of c.listAll({ bucket, prefix: 'edge/', maxKeys: 5 })) listed.push(...page.objects.map((o) => o.key));
    expect([...listed].sort()).toEqual([...EDGE_KEYS].sort());
    for (const key of EDGE_KEYS) {
      const page = await c.listObjects({ bucket, prefix: key });
      expect(page.objects.map((o) => o.key)).toContain(key);
    }
  });

  it('lists edge folders with a delimiter', async () => {
    const page = await c.listObjects({ bucket, prefix: 'edge/', delimiter: '/' });
    expect(page.folders.map((f) => f.key).sort()).toEqual(['edge/folder-like/', 'edge/目录/']);
  });

  it('presigns edge keys', async () => {
    for (const key of ['edge/a b.txt', 'edge/plus+sign.txt', 'edge/100% done.txt', 'edge/目录/文件.txt', 'edge/emoji 😀.png', 'edge/what?.txt']) {
      const res = await fetch(c.presign({ bucket, key, expiresSeconds: 60 }));
      expect([key, res.status, await res.text()]).toEqual([key, 200, `body of ${key}`]);
    }
  });

  it('deletes every edge key and link with deleteMany', async () => {
    const links = [...EDGE_KEYS.map(linkName), ...EDGE_KEYS.map((_k, i) => `edge-copies/${i}`)];
    const r = await c.deleteMany(bucket, [...EDGE_KEYS, ...links]);
    expect(r.failed).toEqual([]);
    expect([...r.deleted].sort()).toEqual([...EDGE_KEYS, ...links].sort());
    expect((await c.listObjects({ bucket, prefix: 'edge' })).objects).toEqual([]);
  });
});
