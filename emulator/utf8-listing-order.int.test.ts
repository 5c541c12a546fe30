// Listing order at the one place UTF-16 and UTF-8 disagree: astral characters (surrogate pairs)
// against U+E000..U+FFFF. The services list in UTF-8 binary order ("List results are always
// returned in UTF-8 binary order", Amazon S3 user guide, ListingKeysUsingAPIs; OSS and BOS follow
// the S3 listing model: lexicographic by key bytes, start-after / marker exclusive). The oracle
// here is Buffer.compare of the UTF-8 bytes, not the emulator's own comparator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index';
import { bosRequest, ossRequest, type Endpoint } from './test-client';

let emu: RunningEmulator;
let oss: Endpoint;
let bos: Endpoint;
// JS `<` sorts every astral key (U+D83D.. units) before the U+E000..U+FFFF ones; UTF-8 after.
const names = ['a', '\u{E000}', '\u{E000}z', '\u{FF5E}', '\u{FFFF}', '\u{10000}', '\u{1F600}', '\u{1F600}\u{FF5E}', '\u{1F600}\u{1F601}', '\u{10FFFF}', '报告'];
const keys = names.map((n) => `u/${n}`);
const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const want = [...keys].sort(byteOrder);

beforeAll(async () => {
  emu = await startEmulator({ seed: 'demo' });
  oss = { url: emu.oss, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  bos = { url: emu.bos, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret };
  // Stored in JS order, so an emulator that kept insertion or code-unit order would show it.
  for (const key of [...keys].sort()) {
    await ossRequest(oss, { method: 'PUT', bucket: 'demo-oss', key, body: key });
    await bosRequest(bos, { method: 'PUT', bucket: 'demo-bos', key, body: key });
  }
});
afterAll(async () => {
  await emu.close();
});

const xmlText = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** OSS ListObjectsV2 in pages of `size`, each page after the previous page's last key (start-after). */
async function ossPages(size: number, startAfter = ''): Promise<string[][]> {
  const pages: string[][] = [];
  let after = startAfter;
  for (let n = 0; n < 20; n += 1) {
    const query: Record<string, string> = { 'list-type': '2', prefix: 'u/', 'max-keys': String(size), 'encoding-type': 'url', ...(after ? { 'start-after': after } : {}) };
    const r = await ossRequest(oss, { bucket: 'demo-oss', query });
    expect(r.status).toBe(200);
    const page = [...r.text.matchAll(/<Key>([^<]*)</g)].map((m) => decodeURIComponent(xmlText(m[1]!)));
    pages.push(page);
    if (!r.text.includes('<IsTruncated>true</IsTruncated>')) return pages;
    after = page.at(-1)!;
  }
  throw new Error('too many pages');
}

async function bosPages(size: number, marker = ''): Promise<string[][]> {
  const pages: string[][] = [];
  let at = marker;
  for (let n = 0; n < 20; n += 1) {
    const r = await bosRequest(bos, { bucket: 'demo-bos', query: { prefix: 'u/', maxKeys: String(size), ...(at ? { marker: at } : {}) } });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as { contents: { key: string }[]; isTruncated: boolean; nextMarker?: string };
    pages.push(body.contents.map((c) => c.key));
    if (!body.isTruncated) return pages;
    at = body.nextMarker ?? body.contents.at(-1)!.key;
  }
  throw new Error('too many pages');
}

describe('listing in UTF-8 byte order', () => {
  it('orders astral keys after U+E000..U+FFFF ones (JS string order would not)', () => {
    expect([...keys].sort()).not.toEqual(want); // the case is real: the two orders differ here
  });

  it.each([1, 2, 3, 4, 5, 100])('OSS: pages of %i keys join into the byte order, none lost or repeated', async (size) => {
    const pages = await ossPages(size);
    expect(pages.flat()).toEqual(want);
  });

  it.each([1, 2, 3, 4, 5, 100])('BOS: pages of %i keys join into the byte order, none lost or repeated', async (size) => {
    const pages = await bosPages(size);
    expect(pages.flat()).toEqual(want);
  });

  it('a page boundary between U+FFFF and U+10000: the next page starts right after it', async () => {
    const boundary = want.indexOf('u/\u{FFFF}');
    const oss2 = await ossPages(100, 'u/\u{FFFF}');
    const bos2 = await bosPages(100, 'u/\u{FFFF}');
    expect(oss2.flat()).toEqual(want.slice(boundary + 1));
    expect(bos2.flat()).toEqual(want.slice(boundary + 1));
    expect(oss2.flat()[0]).toBe('u/\u{10000}');
  });

  it('start-after / marker between two astral keys of one surrogate block', async () => {
    const from = want.indexOf('u/\u{1F600}');
    expect((await ossPages(2, 'u/\u{1F600}')).flat()).toEqual(want.slice(from + 1));
    expect((await bosPages(2, 'u/\u{1F600}')).flat()).toEqual(want.slice(from + 1));
  });
});
