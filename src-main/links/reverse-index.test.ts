import { describe, expect, it } from 'vitest';
import { createReverseIndex } from './reverse-index';

const link = (key: string, target: string, targetBucket?: string) => ({ key, isLink: true, target, state: 'ok' as const, ...(targetBucket && { targetBucket }) });

describe('reverse index', () => {
  it('answers by target key and by folder, across buckets and per profile', () => {
    let t = 1000;
    const index = createReverseIndex({ now: () => t });
    index.record('p', 'b', [link('a.lnk', 'docs/q3.pdf'), link('b.lnk', 'docs/sub/q4.pdf'), { key: 'plain.txt', isLink: false, state: 'unknown' }]);
    index.record('p', 'other', [link('x.lnk', 'docs/q3.pdf', 'b'), link('y.lnk', 'docs/q3.pdf')]);
    t = 2000;
    index.record('q', 'b', [link('c.lnk', 'docs/q3.pdf')]);
    expect(index.linksTo('p', 'b', 'docs/q3.pdf').links.map((l) => `${l.bucket}:${l.key}`)).toEqual(['b:a.lnk', 'other:x.lnk']);
    expect(index.linksTo('p', 'b', 'docs/').links).toHaveLength(3);
    expect(index.linksTo('p', 'b', 'doc').links).toEqual([]); // not a folder: exact key only
    expect(index.linksTo('p', 'b', 'docs/q3.pdf').links[0]).toMatchObject({ targetBucket: 'b', seenAt: 1000, stale: false });
    expect(index.linksTo('q', 'b', 'docs/q3.pdf').links.map((l) => l.key)).toEqual(['c.lnk']);
  });

  it('a key seen as a plain object, deleted or rewritten leaves the index; a failed resolution changes nothing', () => {
    const index = createReverseIndex();
    index.record('p', 'b', [link('a.lnk', 't'), link('b.lnk', 't'), link('c.lnk', 't')]);
    index.record('p', 'b', [{ key: 'a.lnk', isLink: false, state: 'unknown' }, { key: 'b.lnk', isLink: true, state: 'unknown' }]);
    expect(index.linksTo('p', 'b', 't').links.map((l) => l.key)).toEqual(['b.lnk', 'c.lnk']);
    index.deleted('p', 'b', ['b.lnk']);
    index.written('p', 'b', ['c.lnk']);
    expect(index.linksTo('p', 'b', 't').links).toEqual([]);
    expect(index.size('p')).toBe(0);
  });

  it('a retarget moves the link; deleting a target makes its links broken; a write makes them unknown', () => {
    const index = createReverseIndex();
    index.record('p', 'b', [link('a.lnk', 't1'), link('b.lnk', 't1')]);
    index.record('p', 'b', [link('a.lnk', 't2')]);
    expect(index.linksTo('p', 'b', 't1').links.map((l) => l.key)).toEqual(['b.lnk']);
    expect(index.linksTo('p', 'b', 't2').links.map((l) => l.key)).toEqual(['a.lnk']);
    index.deleted('p', 'b', ['t1']);
    expect(index.linksTo('p', 'b', 't1').links[0]?.state).toBe('broken');
    index.written('p', 'b', ['t1']);
    expect(index.linksTo('p', 'b', 't1').links[0]?.state).toBe('unknown');
  });

  it('objects.changed marks the links under the folder stale until they are seen again; scans mark coverage', () => {
    const index = createReverseIndex({ now: () => 5 });
    index.record('p', 'b', [link('dir/a.lnk', 't'), link('dir2/b.lnk', 't')]);
    index.folderChanged('p', 'b', 'dir/');
    expect(index.linksTo('p', 'b', 't').links.map((l) => [l.key, l.stale])).toEqual([
      ['dir/a.lnk', true],
      ['dir2/b.lnk', false],
    ]);
    index.record('p', 'b', [link('dir/a.lnk', 't')]);
    expect(index.linksTo('p', 'b', 't').links.every((l) => !l.stale)).toBe(true);
    expect(index.linksTo('p', 'b', 't').coveredAt).toBeUndefined();
    index.scanned('p', 'b', 'dir/', 3);
    expect(index.linksTo('p', 'b', 't').coveredAt).toBeUndefined(); // a prefix is not the bucket
    index.scanned('p', 'b', '', 4);
    expect(index.linksTo('p', 'b', 't').coveredAt).toBe(4);
  });
});
