// Search whole folder (objects.search) through the real router against the emulator, OSS and BOS:
// a folder of 5,000+ keys (unicode, spaces, %, +) searched page by page, the matches streamed as
// numbered objects.searchProgress events and equal to what a plain listing filtered by hand gives
// (the oracle); the cap, the recursive mode, a cancel within one page, and 5xx answers mid-way
// (retried: nothing lost; persistent: a clear error with the matches so far delivered).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultSeed, withFaultSeed } from '../../emulator/test-fault-seed';
import { nameMatcher, ROW_KINDS, type EventPayload, type ObjectPage, type Result, type SearchFolderResult } from '../ipc/contract';
import { DEMO_PROFILE as P, startDemoCore, type DemoCoreHarness } from '../testing/demo-core-harness';
import { searchFolder } from './folder-search';
import { pageColumns } from '../../src-renderer/features/browser/page-columns';

let harness: DemoCoreHarness;
beforeAll(async () => {
  harness = await startDemoCore({ name: 'search' });
});
afterAll(() => harness?.close());

const FILES = 5_000;
/** Keys beside the 5,000 plain ones: what a name can hold, and a subfolder with matches inside. */
const EDGE_NAMES = ['Ünïcode 目录 MATCH.txt', 'a b 100% c+d match.txt', 'plus+Match%20.txt', 'emoji 😀 match.png', 'zz-match-folder/inside-match.txt', 'zz-match-folder/other.txt', 'sub/deep-match.txt'];

type SearchEvent = EventPayload<'objects.searchProgress'>;
let opCounter = 0;
const newOpId = () => `search-test-${++opCounter}`;

/** Names of a batch page in its order (folders first, then files, as encodeObjectPage writes them). */
const batchNames = (page: ObjectPage): { folders: string[]; files: string[] } => {
  const folders: string[] = [];
  const files: string[] = [];
  pageColumns(page).names.forEach((name, i) => (ROW_KINDS[page.kinds[i] as number] === 'folder' ? folders : files).push(page.prefix + name));
  return { folders, files };
};

/** Runs objects.search, collecting its events; `onEvent` may act on them (cancel, faults). */
async function search(input: Record<string, unknown>, onEvent: (e: SearchEvent) => void = () => {}) {
  const opId = newOpId();
  const events: SearchEvent[] = [];
  const off = harness.core.router.subscribe((event, payload) => {
    const p = payload as SearchEvent;
    if (event !== 'objects.searchProgress' || p.opId !== opId) return;
    events.push(p);
    onEvent(p);
  });
  let result: Result<unknown>;
  try {
    result = await harness.core.router.invoke('objects.search', { profileId: P, opId, ...input });
  } finally {
    off();
  }
  const folders: string[] = [];
  const files: string[] = [];
  for (const e of events) {
    if (!e.batch) continue;
    const names = batchNames(e.batch);
    folders.push(...names.folders);
    files.push(...names.files);
  }
  return { opId, result, events, folders, files, keys: [...folders, ...files].sort() };
}

describe.each([
  { provider: 'oss', bucket: 'demo-oss' },
  { provider: 'bos', bucket: 'demo-bos' },
])('$provider Search whole folder', ({ provider, bucket }) => {
  const prefix = `search-${provider}/`;
  const allKeys: string[] = [];

  /** What a plain listing gives, filtered by hand: the oracle. */
  async function expected(text: string, recursive = false): Promise<{ keys: string[]; scanned: number }> {
    const matches = nameMatcher(text)!;
    const keys: string[] = [];
    let scanned = 0;
    for await (const page of harness.client(bucket).listAll({ bucket, prefix, ...(!recursive && { delimiter: '/' }) })) {
      for (const row of [...page.folders, ...page.objects]) {
        if (row.key === prefix) continue;
        scanned += 1;
        if (matches(row.key.slice(prefix.length))) keys.push(row.key);
      }
    }
    return { keys: keys.sort(), scanned };
  }

  beforeAll(async () => {
    const client = harness.client(bucket);
    allKeys.push(prefix, ...Array.from({ length: FILES }, (_, i) => `${prefix}file-${String(i).padStart(5, '0')}.txt`), ...EDGE_NAMES.map((n) => prefix + n));
    for (let i = 0; i < allKeys.length; i += 100) await Promise.all(allKeys.slice(i, i + 100).map((key) => client.put({ bucket, key, body: 'x' })));
  }, 120_000);

  it('finds every match of the folder level across its pages, in key order, as numbered events', async () => {
    const oracle = await expected('MATCH');
    // The folder level: the subfolder's name matches (a folder row), keys inside subfolders do not.
    expect(oracle.keys).toEqual([`${prefix}a b 100% c+d match.txt`, `${prefix}emoji 😀 match.png`, `${prefix}plus+Match%20.txt`, `${prefix}zz-match-folder/`, `${prefix}Ünïcode 目录 MATCH.txt`].sort());
    const run = await search({ bucket, prefix, text: ' MATCH ' });
    expect(run.result).toEqual({ ok: true, value: { scanned: FILES + 6, matches: oracle.keys.length, pages: 6, truncated: false, cancelled: false, batches: run.events.length } });
    expect(run.keys).toEqual(oracle.keys);
    expect(run.folders).toEqual([`${prefix}zz-match-folder/`]);
    expect(run.events.map((e) => e.seq)).toEqual(run.events.map((_, i) => i));
    expect(run.events.at(-1)).toMatchObject({ scanned: FILES + 6, matches: oracle.keys.length, pages: 6 });
  });

  it('a number found on many pages: every match, each file once, in key order', async () => {
    const oracle = await expected('42');
    expect(oracle.keys.length).toBeGreaterThan(100);
    const run = await search({ bucket, prefix, text: '42' });
    expect(run.result.ok && (run.result.value as SearchFolderResult).matches).toBe(oracle.keys.length);
    expect(run.files).toEqual(oracle.keys); // already in key order as streamed
  });

  it('recursive: keys in subfolders too, no folder rows', async () => {
    const oracle = await expected('match', true);
    expect(oracle.keys).toContain(`${prefix}sub/deep-match.txt`);
    const run = await search({ bucket, prefix, text: 'match', recursive: true });
    expect(run.keys).toEqual(oracle.keys);
    expect(run.folders).toEqual([]);
    expect(run.result).toMatchObject({ ok: true, value: { scanned: oracle.scanned, truncated: false } });
  });

  it('stops at the match cap and says so, keeping the first matches in key order', async () => {
    const run = await search({ bucket, prefix, text: 'file-', maxMatches: 1500 });
    expect(run.result).toMatchObject({ ok: true, value: { matches: 1500, truncated: true, cancelled: false } });
    expect(run.keys).toEqual(allKeys.filter((k) => k.includes('file-')).sort().slice(0, 1500));
    // It stopped listing at the page that filled the cap.
    expect((run.result as { value: SearchFolderResult }).value.pages).toBe(2);
  });

  it('refuses blank text and a cap above 10,000', async () => {
    for (const bad of [{ text: '   ' }, { text: 'x', maxMatches: 10_001 }]) {
      const r = await harness.core.router.invoke('objects.search', { profileId: P, bucket, prefix, opId: newOpId(), ...bad });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
  });

  it('ops.cancel stops it within one page; the matches sent so far are kept', async () => {
    let pagesAtCancel = -1;
    let opId = '';
    const run = await search({ bucket, prefix, text: 'file' }, (e) => {
      opId = e.opId;
      if (pagesAtCancel < 0) {
        pagesAtCancel = e.pages;
        void harness.core.router.invoke('ops.cancel', { opId });
      }
    });
    expect(pagesAtCancel).toBeGreaterThan(0);
    const value = (run.result as { value: SearchFolderResult }).value;
    expect(value.cancelled).toBe(true);
    expect(value.pages).toBeLessThanOrEqual(pagesAtCancel + 1);
    expect(value.pages).toBeLessThan(6);
    expect(run.files.length).toBe(value.matches);
    expect(run.files).toEqual(allKeys.filter((k) => k.includes('file')).sort().slice(0, value.matches));
  });

  it('5xx answers (half the requests after page 1) are retried: every match still arrives, once', async () => {
    const oracle = await expected('9');
    const seed = faultSeed(provider === 'oss' ? 9101 : 9102);
    await withFaultSeed(seed, async () => {
      let run;
      try {
        run = await search({ bucket, prefix, text: '9' }, (e) => {
          if (e.seq === 0) harness.emu.setFaults({ faultRate: 0.5, seed });
        });
      } finally {
        harness.emu.setFaults({ faultRate: 0 });
      }
      expect(run.result).toMatchObject({ ok: true, value: { matches: oracle.keys.length, scanned: oracle.scanned } });
      expect(run.files).toEqual(oracle.keys);
    });
  });

  it('a server failing mid-way: a clear error, and the matches of the pages before were delivered', async () => {
    const oracle = await expected('7');
    let run;
    try {
      // The first event comes after page 1 (later ones at most every 100 ms): every request from then on fails.
      run = await search({ bucket, prefix, text: '7' }, (e) => {
        if (e.seq === 0) harness.emu.setFaults({ faultRate: 1 });
      });
    } finally {
      harness.emu.setFaults({ faultRate: 0 });
    }
    expect(run.result).toMatchObject({ ok: false, error: { code: 'SERVER_ERROR' } });
    const lastEvent = run.events.at(-1)!;
    expect(lastEvent.pages).toBeGreaterThanOrEqual(1);
    expect(lastEvent.pages).toBeLessThan(6);
    expect(run.files.length).toBe(lastEvent.matches);
    expect(run.files.length).toBeGreaterThan(0);
    expect(run.files).toEqual(oracle.keys.slice(0, run.files.length));
  }, 60_000);

  it('the job pages a 5,000-key folder in 51 requests of 100 and reports after each one', async () => {
    const pages: number[] = [];
    const summary = await searchFolder(harness.client(bucket), { bucket, prefix, text: 'MATCH', recursive: false, maxMatches: 10_000, pageSize: 100 }, { signal: new AbortController().signal, onPage: (c) => pages.push(c.pages) });
    expect(summary).toMatchObject({ scanned: FILES + 6, matches: 5, pages: 51, truncated: false, cancelled: false });
    expect(pages).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
  });
});
