// listAll's prefetch against the real undici and the emulator (issue #10): the next page's request
// must be on the wire before this page's rows are parsed, or nothing overlaps. The stub-transport
// test (oss/list-overlap.test.ts) cannot see it: undici 7 writes to a reused keep-alive socket only
// in a check phase after the dispatch (its idle-socket validation, lib/dispatcher/client-h1.js
// scheduleIdleSocketValidation), so a client that yielded one turn sent each prefetch at the end
// of the page it meant to overlap (a trace showed it 3.6 ms after it was asked for).
import dc from 'node:diagnostics_channel';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulator } from '../../emulator';
import { createStorageClient } from './create-client';
import { TagAlignedDecoder } from './oss/tag-aligned-decoder';
import { type ConfigName, DEMO_BUCKET, emulatorConfig, useEmulator } from './testing/emulator-configs';
import { createUndiciTransport } from './transport';

const PAGES = 4;
const emu = useEmulator(() => startEmulator({ seed: { big: PAGES * 1000 } }));

/** Calls `onSent` whenever undici writes a request's headers to a socket (its diagnostics channel). */
function watchSends(onSent: (path: string) => void): () => void {
  const listener = (message: unknown): void => onSent((message as { request: { path: string } }).request.path);
  dc.subscribe('undici:client:sendHeaders', listener);
  return () => dc.unsubscribe('undici:client:sendHeaders', listener);
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function listAllWith(name: ConfigName, onSent: (path: string) => void): Promise<number> {
  const { transport, close } = createUndiciTransport();
  const client = createStorageClient(emulatorConfig(emu(), name), { transport });
  const stop = watchSends(onSent);
  try {
    // One page first, so that every later request reuses a keep-alive socket (the case undici defers).
    await client.listObjects({ bucket: DEMO_BUCKET[name], prefix: 'big/', maxKeys: 1 });
    let rows = 0;
    for await (const page of client.listAll({ bucket: DEMO_BUCKET[name], prefix: 'big/' })) rows += page.objects.length;
    return rows;
  } finally {
    stop();
    await close();
  }
}

describe('listAll prefetch over undici', () => {
  it('OSS: each next page is sent before any row of the page before it is decoded', async () => {
    // Bytes handed to the text decoder of the page being read: its token comes in the first
    // few hundred, its 1,000 rows in the ~230 KB after.
    let decoded = 0;
    let current: TagAlignedDecoder | undefined;
    const write = TagAlignedDecoder.prototype.write;
    vi.spyOn(TagAlignedDecoder.prototype, 'write').mockImplementation(function (this: TagAlignedDecoder, bytes: Buffer) {
      if (this !== current) [current, decoded] = [this, 0];
      decoded += bytes.length;
      return write.call(this, bytes);
    });
    const decodedAtSend: number[] = [];
    const rows = await listAllWith('oss-v4', (path) => {
      if (path.includes('continuation-token=')) decodedAtSend.push(decoded);
    });
    expect(rows).toBe(PAGES * 1000);
    expect(decodedAtSend).toHaveLength(PAGES - 1);
    for (const bytes of decodedAtSend) expect(bytes).toBeLessThan(2000);
  });

  it('BOS: each next page is sent before the page before it is parsed', async () => {
    // BOS names nextMarker after the entries: the request can leave once the body is in, before
    // its JSON.parse (the bulk of the page's CPU).
    let bigParses = 0;
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text.length > 100_000) bigParses++;
      return parse(text, reviver);
    });
    const parsedAtSend: number[] = [];
    const rows = await listAllWith('bos', (path) => {
      if (path.includes('marker=')) parsedAtSend.push(bigParses);
    });
    expect(rows).toBe(PAGES * 1000);
    // The request for page k + 1 leaves while page k (k = 1, 2, 3) is still unparsed.
    expect(parsedAtSend).toEqual([0, 1, 2]);
  });
});
