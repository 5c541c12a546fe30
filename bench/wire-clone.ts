// How a listing page's wire form clones (what Electron IPC does to every objects.list answer):
// the page as main encodes it (typed number columns, names packed into one string that the
// renderer's page reader cuts up again) against the same rows with the names as an array of
// strings (the form before) and with every column a plain array (the form before that).
// `npx tsx bench/wire-clone.ts`: ms per 100 pages of 1,000 rows, min/median of alternating rounds.
import { serialize } from 'node:v8';
import { encodeObjectPage } from '../src-main/ipc/handlers/object-page';
import type { ObjectPage } from '../src-main/ipc/contract';
import type { ListObjectsPage, Provider } from '../src-main/storage/types';
import { pageColumns } from '../src-renderer/features/browser/page-columns';
import { spread } from './stats';

const ROWS = 1000;
const PAGES = 100;
const ROUNDS = 9;
const PREFIX = 'big/';

/** A page of the benchmark folder (big/obj-NNNNNNN.bin, as emulator/seed-big.ts names them). */
function listing(page: number): ListObjectsPage {
  const objects = Array.from({ length: ROWS }, (_, i) => ({ kind: 'object' as const, key: `${PREFIX}obj-${String(10_000_000 + page * ROWS + i).slice(1)}.bin`, size: 26 + i, lastModified: '2026-01-01T00:00:00.000Z', etag: 'B2C4A1E5D6F70819A2B3C4D5E6F70819', storageClass: 'STANDARD' }));
  return { folders: [], objects, nextCursor: objects.at(-1)?.key ?? '' };
}

/** The names as the encoder once put them on the wire: each key sliced below the prefix. */
const namesOf = (rows: ListObjectsPage): string[] => rows.objects.map((r) => r.key.slice(PREFIX.length));

/** The same page with the names as an array of strings (the wire form before packed names). */
function namesArray(page: ObjectPage, rows: ListObjectsPage): object {
  const { nameText: _text, nameEnds: _ends, ...rest } = page;
  return { ...rest, names: namesOf(rows) };
}

/** The same page with every column a plain array (the wire form before typed columns). */
function plain(page: ObjectPage, rows: ListObjectsPage): object {
  const { nameText: _text, nameEnds: _ends, ...rest } = page;
  return { ...rest, names: namesOf(rows), kinds: Array.from(page.kinds), sizes: Array.from(page.sizes), times: Array.from(page.times), classes: Array.from(page.classes), etags: page.etags ?? new Array<string>(page.nameEnds.length).fill('') };
}

function measure(provider: Provider): void {
  const listings = Array.from({ length: PAGES }, (_, p) => listing(p));
  const encoded = listings.map((rows) => encodeObjectPage(provider, PREFIX, rows));
  const forms: Record<string, { pages: object[]; read?: (page: never) => unknown }> = {
    'plain arrays': { pages: encoded.map((page, i) => plain(page, listings[i] as ListObjectsPage)) },
    'typed, names array': { pages: encoded.map((page, i) => namesArray(page, listings[i] as ListObjectsPage)) },
    'typed, packed (now)': { pages: encoded, read: pageColumns },
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
    console.log(`  ${name.padEnd(22)} clone${form.read ? '+read' : '     '} ${s.min.toFixed(1)} ms (median ${s.median.toFixed(1)})   ${(serialize(form.pages[0]).length / ROWS).toFixed(1)} B/row`);
  }
}

measure('oss');
measure('bos');
