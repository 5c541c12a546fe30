import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderTree } from './order-tree';

type Item = { v: number; id: number };
const cmp = (a: Item, b: Item): number => a.v - b.v || a.id - b.id;
const sorted = (xs: readonly Item[]): Item[] => [...xs].sort(cmp);

describe('OrderTree', () => {
  it('holds what batches of inserts and removals leave, in order, with at() and rank() agreeing', () => {
    // Each step adds a batch of values (small range: many ties in v, broken by id) or removes a random subset.
    const step = fc.oneof(fc.record({ add: fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }) }), fc.record({ remove: fc.array(fc.nat(), { maxLength: 200 }) }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let tree = OrderTree.empty<Item>();
        let model: Item[] = [];
        let id = 0;
        const trees: [OrderTree<Item>, Item[]][] = [];
        for (const s of steps) {
          if ('add' in s) {
            const batch = s.add.map((v) => ({ v, id: id++ }));
            tree = tree.insertSorted(sorted(batch), cmp);
            model = sorted(model.concat(batch));
          } else if (model.length > 0) {
            const gone = new Set(s.remove.map((n) => model[n % model.length] as Item));
            tree = tree.removeSorted(sorted([...gone]), cmp);
            model = model.filter((x) => !gone.has(x));
          }
          trees.push([tree, model]);
        }
        // Every earlier tree still holds its own contents (persistence).
        for (const [t, m] of trees) {
          expect(t.size).toBe(m.length);
          expect(t.toArray()).toEqual(m);
        }
        for (let i = 0; i < model.length; i += 7) {
          expect(tree.at(i)).toBe(model[i]);
          expect(tree.rank(model[i] as Item, cmp)).toBe(i);
        }
        expect(tree.at(model.length)).toBeUndefined();
        expect(tree.at(-1)).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('grows by a batch in about batch·log(size) comparisons, whatever the size', () => {
    const work = (size: number): number => {
      let tree = OrderTree.empty<Item>();
      const base = Array.from({ length: size }, (_, i) => ({ v: (i * 7919) % 100_003, id: i }));
      tree = tree.insertSorted(sorted(base), cmp);
      let calls = 0;
      const counting = (a: Item, b: Item): number => {
        calls += 1;
        return cmp(a, b);
      };
      const page = sorted(Array.from({ length: 1000 }, (_, i) => ({ v: (i * 104_729) % 100_003, id: size + i })));
      tree.insertSorted(page, counting);
      return calls;
    };
    const small = work(10_000);
    const large = work(1_000_000);
    // About log2(size) comparisons a row (20 at 1M); a cost that followed the rows loaded would be 100× from 10k to 1M.
    expect(large).toBeLessThan(1000 * 25);
    expect(large / small).toBeLessThan(3);
  });
});
