import { describe, expect, it } from 'vitest';
import { listPage } from './list-core';
import { newTree, type BucketRecord, type ObjectRecord } from './store';

function bucketWith(keys: string[]): BucketRecord {
  const objects = newTree();
  for (const key of keys) objects.set(key, { key } as ObjectRecord);
  return { name: 'b', provider: 'oss', storageClass: 'Standard', acl: 'private', created: 0, objects };
}

/** Counts index seeks and iterator steps of a listing. */
function instrument(b: BucketRecord): { seeks: () => number; steps: () => number } {
  let seeks = 0;
  let steps = 0;
  const t = b.objects;
  const entries = t.entries.bind(t);
  t.entries = (low, reuse) => {
    seeks++;
    const it = entries(low, reuse);
    const wrapped = {
      next: () => (steps++, it.next()),
      [Symbol.iterator]: () => wrapped,
    };
    return wrapped;
  };
  return { seeks: () => seeks, steps: () => steps };
}

describe('listPage', () => {
  const keys = ['a.txt', 'dir/1', 'dir/2', 'dir/sub/x', 'e/', 'e/f', 'z'];

  it('rolls up common prefixes and pages with an exclusive marker', () => {
    const b = bucketWith(keys);
    const p1 = listPage(b, { prefix: '', delimiter: '/', after: '', maxKeys: 2 });
    expect([p1.objects.map((o) => o.key), p1.prefixes, p1.truncated, p1.last]).toEqual([['a.txt'], ['dir/'], true, 'dir/']);
    const p2 = listPage(b, { prefix: '', delimiter: '/', after: p1.last, maxKeys: 2 });
    expect([p2.objects.map((o) => o.key), p2.prefixes, p2.truncated]).toEqual([['z'], ['e/'], false]);
    const p3 = listPage(b, { prefix: '', delimiter: '/', after: 'e/', maxKeys: 1 });
    expect([p3.objects.map((o) => o.key), p3.prefixes, p3.truncated]).toEqual([['z'], [], false]);
  });

  it('lists inside a prefix, including the folder marker object', () => {
    const b = bucketWith(keys);
    const p = listPage(b, { prefix: 'e/', delimiter: '/', after: '', maxKeys: 10 });
    expect(p.objects.map((o) => o.key)).toEqual(['e/', 'e/f']);
    const d = listPage(b, { prefix: 'dir/', delimiter: '/', after: 'dir/1', maxKeys: 10 });
    expect([d.objects.map((o) => o.key), d.prefixes]).toEqual([['dir/2'], ['dir/sub/']]);
  });

  it('a page costs O(page) index operations, not O(n): common prefixes are skipped by seeking', () => {
    const many: string[] = [];
    for (let f = 0; f < 5; f++) for (let i = 0; i < 20_000; i++) many.push(`f${f}/obj-${String(i).padStart(6, '0')}`);
    const b = bucketWith(many);
    const cost = instrument(b);
    const rolled = listPage(b, { prefix: '', delimiter: '/', after: '', maxKeys: 1000 });
    expect(rolled.prefixes).toEqual(['f0/', 'f1/', 'f2/', 'f3/', 'f4/']);
    expect(cost.seeks()).toBeLessThanOrEqual(6);
    expect(cost.steps()).toBeLessThanOrEqual(12);
    const page = listPage(b, { prefix: 'f3/', delimiter: '', after: 'f3/obj-010000', maxKeys: 1000 });
    expect(page.objects).toHaveLength(1000);
    expect(page.objects[0]!.key).toBe('f3/obj-010001');
    expect(page.truncated).toBe(true);
    expect(cost.seeks()).toBeLessThanOrEqual(7);
    expect(cost.steps()).toBeLessThanOrEqual(12 + 1002);
  });
});
