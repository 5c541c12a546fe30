import { describe, expect, it } from 'vitest';
import { earlyMarkerScanner, tailMarker } from './early-marker';

function scan(chunks: string[]): string[] {
  const seen: string[] = [];
  const s = earlyMarkerScanner((m) => seen.push(m));
  for (const c of chunks) s.push(c);
  return seen;
}

describe('BOS early nextMarker', () => {
  const body = JSON.stringify({ name: 'b', isTruncated: true, nextMarker: 'dir/"quoted" 目\\x', contents: [{ key: 'dir/a' }] });

  it('finds a nextMarker that precedes the entries, across chunk boundaries, decoding JSON escapes', () => {
    for (let cut = 1; cut < body.length; cut += 7) expect(scan([body.slice(0, cut), body.slice(cut)])).toEqual(['dir/"quoted" 目\\x']);
  });

  it('announces nothing when the marker comes after the entries (or inside an entry)', () => {
    expect(scan([JSON.stringify({ name: 'b', isTruncated: true, contents: [{ key: 'k' }], nextMarker: 'k' })])).toEqual([]);
    expect(scan([JSON.stringify({ name: 'b', commonPrefixes: [{ prefix: '"nextMarker":"x"' }], nextMarker: 'k' })])).toEqual([]);
  });

  it('announces nothing for an empty or missing marker, and gives up after the head', () => {
    expect(scan([JSON.stringify({ name: 'b', isTruncated: false, nextMarker: '', contents: [] })])).toEqual([]);
    expect(scan(['{"name":"' + 'x'.repeat(9000), '","nextMarker":"late"}'])).toEqual([]);
  });
});

describe('BOS nextMarker at the end of the body', () => {
  it('reads a nextMarker that is the last field, JSON escapes decoded', () => {
    expect(tailMarker(JSON.stringify({ name: 'b', isTruncated: true, contents: [{ key: 'a' }], nextMarker: 'dir/"q" 目' }))).toBe('dir/"q" 目');
    expect(tailMarker('{"contents":[],"nextMarker" : "k"}\n')).toBe('k');
  });

  it('reads nothing when the marker is not last, empty, malformed, or only inside an entry', () => {
    expect(tailMarker(JSON.stringify({ nextMarker: 'k', contents: [] }))).toBeUndefined();
    expect(tailMarker(JSON.stringify({ nextMarker: '', contents: [] }))).toBeUndefined();
    expect(tailMarker('{"contents":[],"nextMarker":"\\u12"}')).toBeUndefined();
    expect(tailMarker(JSON.stringify({ contents: [{ key: 'k', nextMarker: 'x' }] }))).toBeUndefined();
  });
});
