import { describe, expect, it } from 'vitest';
import type { ObjectRow } from '../../storage/types';
import { searchStreamer } from './search';

const row = (key: string, kind: ObjectRow['kind'] = 'object'): ObjectRow => ({ kind, key, size: 1, lastModified: '', etag: '', storageClass: '' });

describe('searchStreamer', () => {
  it('sends the first page at once, gathers the next ones for 100 ms, numbers every event and flushes the rest', () => {
    let clock = 0;
    const sent: { seq: number; scanned: number; keys: string[] | undefined }[] = [];
    const s = searchStreamer((counts, batch, seq) => sent.push({ seq, scanned: counts.scanned, keys: batch && [...batch.folders, ...batch.objects].map((r) => r.key) }), 100, () => clock);
    s.add({ scanned: 10, matches: 1, pages: 1 }, { folders: [], objects: [row('a')] });
    clock = 50;
    s.add({ scanned: 20, matches: 2, pages: 2 }, { folders: [row('b/', 'folder')], objects: [] });
    clock = 90;
    s.add({ scanned: 30, matches: 2, pages: 3 }, { folders: [], objects: [] });
    expect(sent).toEqual([{ seq: 0, scanned: 10, keys: ['a'] }]);
    clock = 100;
    s.add({ scanned: 40, matches: 3, pages: 4 }, { folders: [], objects: [row('c')] });
    expect(sent.at(-1)).toEqual({ seq: 1, scanned: 40, keys: ['b/', 'c'] });
    clock = 120;
    s.add({ scanned: 50, matches: 3, pages: 5 }, { folders: [], objects: [] });
    s.flush();
    s.flush(); // nothing new: no event
    expect(sent.at(-1)).toEqual({ seq: 2, scanned: 50, keys: undefined });
    expect(s.sent).toBe(3);
  });
});
