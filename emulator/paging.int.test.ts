// Paging: 10,000 keys listed page by page (with and without a delimiter, both providers)
// equal the sorted key set exactly: no duplicates, no gaps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { compareKeys } from './key-order';
import { bosRequest, ossRequest, type Endpoint } from './test-client';

let emu: RunningEmulator;
let oss: Endpoint;
let bos: Endpoint;
const N = 10_000;
// Awkward keys mixed in: nested folders, CJK, an astral character, '+', '%', spaces.
const extra = ['big/', 'big/sub/a', 'big/sub/b', 'big/sub/c/d', 'big/报告/一', 'big/😀/x', 'big/\uff01/y', 'big/a b+c%.txt', 'big/z/'];

beforeAll(async () => {
  emu = await startEmulator({ seed: { big: N - extra.length } });
  oss = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  bos = { url: emu.bos, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  for (const key of extra) {
    await ossRequest(oss, { method: 'PUT', bucket: 'demo-oss', key, body: key });
    await bosRequest(bos, { method: 'PUT', bucket: 'demo-bos', key, body: key });
  }
});
afterAll(async () => {
  await emu.close();
});

function expected(delimiter: string): string[] {
  const keys = [...Array.from({ length: N - extra.length }, (_, i) => `big/obj-${String(i + 1).padStart(7, '0')}.bin`), ...extra];
  const out = new Set<string>();
  for (const k of keys) {
    const at = delimiter ? k.indexOf(delimiter, 'big/'.length) : -1;
    out.add(at < 0 ? k : k.slice(0, at + 1));
  }
  return [...out].sort(compareKeys);
}

const decodeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

async function listOss(delimiter: string, v2: boolean): Promise<string[]> {
  const all: string[] = [];
  let cursor = '';
  for (let pages = 0; pages < 100; pages++) {
    const query: Record<string, string> = { prefix: 'big/', 'max-keys': '1000', 'encoding-type': 'url', delimiter };
    if (v2) query['list-type'] = '2';
    if (cursor) query[v2 ? 'continuation-token' : 'marker'] = cursor;
    const r = await ossRequest(oss, { bucket: 'demo-oss', query });
    expect(r.status).toBe(200);
    const items = [...r.text.matchAll(/<(?:Key|CommonPrefixes><Prefix)>([^<]*)</g)].map((m) => m[1]!);
    // Contents come before CommonPrefixes inside a page; merge them back into key order.
    all.push(...items.map((i) => decodeURIComponent(decodeXml(i))).sort(compareKeys));
    if (!r.text.includes('<IsTruncated>true</IsTruncated>')) return all;
    cursor = decodeXml(/<Next(?:ContinuationToken|Marker)>([^<]*)</.exec(r.text)![1]!);
    if (!v2) cursor = decodeURIComponent(cursor);
  }
  throw new Error('too many pages');
}

async function listBos(delimiter: string): Promise<string[]> {
  const all: string[] = [];
  let marker = '';
  for (let pages = 0; pages < 100; pages++) {
    const r = await bosRequest(bos, { bucket: 'demo-bos', query: { prefix: 'big/', maxKeys: '1000', delimiter, ...(marker ? { marker } : {}) } });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as { contents: { key: string }[]; commonPrefixes: { prefix: string }[]; isTruncated: boolean; nextMarker?: string };
    all.push(...[...body.contents.map((c) => c.key), ...body.commonPrefixes.map((p) => p.prefix)].sort(compareKeys));
    if (!body.isTruncated) return all;
    marker = body.nextMarker!;
  }
  throw new Error('too many pages');
}

describe('paging through 10,000 keys', () => {
  it.each([
    ['OSS v2, no delimiter', () => listOss('', true), ''],
    ['OSS v2, delimiter /', () => listOss('/', true), '/'],
    ['OSS v1, no delimiter', () => listOss('', false), ''],
    ['OSS v1, delimiter /', () => listOss('/', false), '/'],
    ['BOS, no delimiter', () => listBos(''), ''],
    ['BOS, delimiter /', () => listBos('/'), '/'],
  ] as const)('%s', async (_name, list, delimiter) => {
    const got = await list();
    const want = expected(delimiter);
    expect(got.length).toBe(want.length);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toEqual(want);
  });
});
