// The demo seed is deterministic and matches its exported summary; big:N seeds quickly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { bigKey } from './seed-big';
import { DEMO_BUCKETS, DEMO_FOLDERS, DEMO_LINKS, DEMO_ODD_KEYS } from './seed-demo';
import { bosRequest, ossRequest, type RawRequest, type RawResponse } from './test-client';

let a: RunningEmulator;
let b: RunningEmulator;
beforeAll(async () => {
  [a, b] = await Promise.all([startEmulator({ seed: 'demo' }), startEmulator({ seed: 'demo' })]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

const send = (emu: RunningEmulator, provider: 'oss' | 'bos', r: RawRequest): Promise<RawResponse> => {
  const ep = { url: provider === 'oss' ? emu.oss : emu.bos, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  return provider === 'oss' ? ossRequest(ep, r) : bosRequest(ep, r);
};

async function snapshot(emu: RunningEmulator): Promise<string[]> {
  const rows: string[] = [];
  for (const bucket of [DEMO_BUCKETS.oss, DEMO_BUCKETS.ossArchive]) {
    const r = await send(emu, 'oss', { bucket, query: { 'list-type': '2', 'max-keys': '1000' } });
    for (const m of r.text.matchAll(/<Contents><Key>([^<]*)<\/Key><LastModified>([^<]*)<\/LastModified><ETag>([^<]*)<\/ETag><Type>([^<]*)<\/Type><Size>(\d+)/g)) {
      rows.push(`${bucket}|${m.slice(1).join('|')}`);
    }
  }
  for (const bucket of [DEMO_BUCKETS.bos, DEMO_BUCKETS.bosMedia]) {
    const r = await send(emu, 'bos', { bucket });
    const body = JSON.parse(r.text) as { contents: { key: string; eTag: string; size: number; lastModified: string }[] };
    for (const o of body.contents) rows.push(`${bucket}|${o.key}|${o.lastModified}|${o.eTag}|${o.size}`);
  }
  return rows;
}

describe('demo seed', () => {
  it('is identical on every start and holds about 200 objects', async () => {
    const [x, y] = await Promise.all([snapshot(a), snapshot(b)]);
    expect(x).toEqual(y);
    expect(x.length).toBeGreaterThanOrEqual(180);
    expect(x.length).toBeLessThanOrEqual(260);
    expect(x.some((r) => r.startsWith('demo-archive|'))).toBe(true);
    const sizes = new Set(x.map((r) => r.split('|').at(-1)));
    expect(sizes.size).toBeGreaterThan(50);
  });

  it('has the odd names and folders it advertises, in both demo buckets', async () => {
    for (const [provider, bucket] of [['oss', DEMO_BUCKETS.oss], ['bos', DEMO_BUCKETS.bos]] as const) {
      for (const key of DEMO_ODD_KEYS) expect((await send(a, provider, { method: 'HEAD', bucket, key })).status, key).toBe(200);
      for (const folder of DEMO_FOLDERS) {
        const query: Record<string, string> = provider === 'oss' ? { 'list-type': '2', prefix: folder, 'max-keys': '1' } : { prefix: folder, maxKeys: '1' };
        const r = await send(a, provider, { bucket, query });
        expect(r.text, `${provider} ${folder}`).toContain(folder);
        expect(r.text).not.toMatch(/<KeyCount>0<|"contents":\[\],"commonPrefixes":\[\]/);
      }
    }
  });

  it.each(DEMO_LINKS.map((l) => [`${l.provider} ${l.bucket}/${l.key} -> ${l.targetBucket ?? ''}/${l.target} (${l.state})`, l] as const))('%s', async (_name, link) => {
    const info = await send(a, link.provider, { bucket: link.bucket, key: link.key, query: { symlink: '' } });
    const prefix = link.provider === 'oss' ? 'x-oss-' : 'x-bce-';
    expect(decodeURIComponent(info.headers.get(`${prefix}symlink-target`) ?? '')).toBe(link.target);
    if (link.targetBucket) expect(info.headers.get('x-bce-symlink-bucket')).toBe(link.targetBucket);
    const through = await send(a, link.provider, { bucket: link.bucket, key: link.key });
    const expected = { ok: [200, ''], broken: [404, 'SymlinkTargetNotExist'], chain: [400, 'InvalidTargetType'] }[link.state];
    expect([through.status, through.code]).toEqual(expected);
    if (link.state === 'ok') {
      const direct = await send(a, link.provider, { bucket: link.targetBucket ?? link.bucket, key: link.target });
      expect(through.body.equals(direct.body)).toBe(true);
    }
  });
});

describe('big seed', () => {
  it('adds N objects under big/ in seconds, listable to the last key', async () => {
    const n = 100_000;
    const t = Date.now();
    const emu = await startEmulator({ seed: { big: n } });
    try {
      expect(Date.now() - t).toBeLessThan(15_000);
      const last = await send(emu, 'oss', { bucket: DEMO_BUCKETS.oss, query: { 'list-type': '2', prefix: 'big/', 'start-after': bigKey(n - 2) } });
      expect([...last.text.matchAll(/<Key>([^<]*)</g)].map((m) => m[1])).toEqual([bigKey(n - 1), bigKey(n)]);
      const bos = JSON.parse((await send(emu, 'bos', { bucket: DEMO_BUCKETS.bos, query: { prefix: 'big/', marker: bigKey(n - 1) } })).text) as { contents: { key: string }[] };
      expect(bos.contents.map((c) => c.key)).toEqual([bigKey(n)]);
      expect((await send(emu, 'oss', { bucket: DEMO_BUCKETS.oss, key: bigKey(1) })).status).toBe(200);
    } finally {
      await emu.close();
    }
  }, 60_000);

  it('varies sizes and times with `varied`, each size the body a GET returns', async () => {
    const emu = await startEmulator({ seed: { big: 500, varied: true } });
    try {
      const r = await send(emu, 'oss', { bucket: DEMO_BUCKETS.oss, query: { 'list-type': '2', prefix: 'big/', 'max-keys': '1000' } });
      const rows = [...r.text.matchAll(/<Key>([^<]*)<\/Key><LastModified>([^<]*)<\/LastModified>.*?<Size>(\d+)</g)].map((m) => ({ key: m[1] as string, time: m[2], size: Number(m[3]) }));
      expect(rows).toHaveLength(500);
      expect(new Set(rows.map((x) => x.size)).size).toBeGreaterThan(50);
      expect(new Set(rows.map((x) => x.time)).size).toBeGreaterThan(400);
      for (const row of rows.slice(0, 5)) expect((await send(emu, 'oss', { bucket: DEMO_BUCKETS.oss, key: row.key })).body.length).toBe(row.size);
    } finally {
      await emu.close();
    }
  });
});
