// How a listing page's wire form clones (what Electron IPC does to every objects.list answer):
// the page as main encodes it (typed number columns) against the same rows in plain arrays (the
// form before) and with the names packed into one string (an option measured and not taken).
// `npx tsx bench/wire-clone.ts`: ms per 100 pages of 1,000 rows, min/median of alternating rounds.
import { serialize } from 'node:v8';
import { encodeObjectPage } from '../src-main/ipc/handlers/object-page';
import type { ObjectPage } from '../src-main/ipc/contract';
import type { ListObjectsPage, Provider } from '../src-main/storage/types';
import { spread } from './stats';

const ROWS = 1000;
const PAGES = 100;
const ROUNDS = 9;

/** A page of the benchmark folder (big/obj-NNNNNNN.bin, as emulator/seed-big.ts names them). */
function listing(page: number): ListObjectsPage {
  const objects = Array.from({ length: ROWS }, (_, i) => ({ kind: 'object' as const, key: `big/obj-${String(10_000_000 + page * ROWS + i).slice(1)}.bin`, size: 26 + i, lastModified: '2026-01-01T00:00:00.000Z', etag: 'B2C4A1E5D6F70819A2B3C4D5E6F70819', storageClass: 'STANDARD' }));
  return { folders: [], objects, nextCursor: objects.at(-1)?.key ?? '' };
}

/** The same page with every column a plain array (the wire form before typed columns). */
function plain(page: ObjectPage): object {
  return { ...page, kinds: Array.from(page.kinds), sizes: Array.from(page.sizes), times: Array.from(page.times), classes: Array.from(page.classes), etags: page.etags ?? new Array<string>(page.names.length).fill('') };
}

/** Names as one string and a length column; the reader slices them back out. */
function packed(page: ObjectPage): object {
  const lengths = Uint16Array.from(page.names, (n) => n.length);
  const { names, ...rest } = page;
  return { ...rest, text: names.join(''), lengths };
}
function unpack(page: { text: string; lengths: Uint16Array }): string[] {
  const out = new Array<string>(page.lengths.length);
  let at = 0;
  for (let i = 0; i < out.length; i++) {
    const end = at + (page.lengths[i] as number);
    out[i] = page.text.slice(at, end);
    at = end;
  }
  return out;
}

function measure(provider: Provider): void {
  const encoded = Array.from({ length: PAGES }, (_, p) => encodeObjectPage(provider, 'big/', listing(p)));
  const forms: Record<string, { pages: object[]; read?: (page: never) => unknown }> = {
    'plain arrays (before)': { pages: encoded.map(plain) },
    'typed columns (now)': { pages: encoded },
    'typed + packed names': { pages: encoded.map(packed), read: unpack },
  };
  const times = Object.fromEntries(Object.keys(forms).map((k) => [k, [] as number[]]));
  for (let r = -2; r < ROUNDS; r++) {
    for (const [name, form] of Object.entries(forms)) {
      const t0 = performance.now();
      for (const page of form.pages) {
        const copy = structuredClone(page);
        form.read?.(copy as never);
      }
      if (r >= 0) times[name]?.push(performance.now() - t0);
    }
  }
  console.log(`${provider.toUpperCase()} pages (${provider === 'oss' ? 'no etags column' : 'etag per object'}), ${PAGES} pages of ${ROWS} rows:`);
  for (const [name, form] of Object.entries(forms)) {
    const s = spread(times[name] ?? []);
    console.log(`  ${name.padEnd(22)} clone${form.read ? '+unpack' : ''} ${s.min.toFixed(1)} ms (median ${s.median.toFixed(1)})   ${(serialize(form.pages[0]).length / ROWS).toFixed(1)} B/row`);
  }
}

measure('oss');
measure('bos');
