// A persistent (copy-on-write) B+tree of items kept in one order, with subtree sizes: the i-th item
// and an item's rank cost O(log n), and adding a sorted batch of m items copies only the nodes it
// lands in (about m·log n work), so a new page costs the same at 10k rows as at 1M. Earlier trees
// stay valid: a view rendered from one is never changed by the next page.

export type Compare<T> = (a: T, b: T) => number;

const LEAF_MAX = 64;
const FANOUT_MAX = 32;

type Leaf<T> = { readonly items: readonly T[]; readonly children?: undefined; readonly size: number; readonly first: T };
type Inner<T> = { readonly children: readonly TreeNode<T>[]; readonly size: number; readonly first: T };
type TreeNode<T> = Leaf<T> | Inner<T>;

const leaf = <T>(items: readonly T[]): Leaf<T> => ({ items, size: items.length, first: items[0] as T });

function inner<T>(children: readonly TreeNode<T>[]): Inner<T> {
  let size = 0;
  for (const c of children) size += c.size;
  return { children, size, first: (children[0] as TreeNode<T>).first };
}

/** `list` cut into nearly equal chunks of at most `max`, each made a node by `make`. */
function chunks<I, N>(list: readonly I[], max: number, make: (part: readonly I[]) => N): N[] {
  if (list.length <= max) return [make(list)];
  const count = Math.ceil(list.length / max);
  const out: N[] = [];
  for (let c = 0; c < count; c += 1) out.push(make(list.slice(Math.floor((c * list.length) / count), Math.floor(((c + 1) * list.length) / count))));
  return out;
}

/** First index in [lo, hi) of `list` whose item is after `x` (`strict` false) or not before it (`strict` true). */
function bound<T>(list: readonly T[], x: T, lo: number, hi: number, cmp: Compare<T>, strict: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(list[mid] as T, x);
    if (c < 0 || (c === 0 && !strict)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The child (from `from` on) whose range holds `x`: the last one starting at or before it. */
function childFor<T>(children: readonly TreeNode<T>[], x: T, from: number, cmp: Compare<T>): number {
  let lo = from;
  let hi = children.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cmp((children[mid] as TreeNode<T>).first, x) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Calls `visit(child, lo, hi)` for each child that receives batch[lo, hi), in order. */
function routeBatch<T>(children: readonly TreeNode<T>[], batch: readonly T[], lo: number, hi: number, cmp: Compare<T>, visit: (child: number, lo: number, hi: number) => void): void {
  let from = 0;
  let i = lo;
  while (i < hi) {
    const j = childFor(children, batch[i] as T, from, cmp);
    const next = children[j + 1];
    const end = next ? bound(batch, next.first, i, hi, cmp, true) : hi;
    visit(j, i, end);
    from = j + 1;
    i = end;
  }
}

function mergeInto<T>(items: readonly T[], batch: readonly T[], lo: number, hi: number, cmp: Compare<T>): T[] {
  const out = new Array<T>(items.length + hi - lo);
  let k = 0;
  let p = 0;
  for (let i = lo; i < hi; i += 1) {
    const x = batch[i] as T;
    const at = bound(items, x, p, items.length, cmp, false);
    while (p < at) out[k++] = items[p++] as T;
    out[k++] = x;
  }
  while (p < items.length) out[k++] = items[p++] as T;
  return out;
}

function insertInto<T>(node: TreeNode<T>, batch: readonly T[], lo: number, hi: number, cmp: Compare<T>): TreeNode<T>[] {
  if (!node.children) return chunks(mergeInto(node.items, batch, lo, hi, cmp), LEAF_MAX, leaf);
  const out: TreeNode<T>[] = [];
  let copied = 0;
  routeBatch(node.children, batch, lo, hi, cmp, (j, a, b) => {
    while (copied < j) out.push(node.children[copied++] as TreeNode<T>);
    out.push(...insertInto(node.children[j] as TreeNode<T>, batch, a, b, cmp));
    copied = j + 1;
  });
  while (copied < node.children.length) out.push(node.children[copied++] as TreeNode<T>);
  return chunks(out, FANOUT_MAX, inner);
}

function removeFrom<T>(node: TreeNode<T>, batch: readonly T[], lo: number, hi: number, cmp: Compare<T>): TreeNode<T> | null {
  if (!node.children) {
    const drop = new Set(batch.slice(lo, hi));
    const items = node.items.filter((x) => !drop.has(x));
    return items.length === node.items.length ? node : items.length === 0 ? null : leaf(items);
  }
  const out: TreeNode<T>[] = [];
  let copied = 0;
  let changed = false;
  routeBatch(node.children, batch, lo, hi, cmp, (j, a, b) => {
    while (copied < j) out.push(node.children[copied++] as TreeNode<T>);
    const child = node.children[j] as TreeNode<T>;
    const kept = removeFrom(child, batch, a, b, cmp);
    if (kept !== child) changed = true;
    if (kept) out.push(kept);
    copied = j + 1;
  });
  if (!changed) return node;
  while (copied < node.children.length) out.push(node.children[copied++] as TreeNode<T>);
  return out.length === 0 ? null : inner(out);
}

function collect<T>(node: TreeNode<T>, out: T[]): void {
  if (!node.children) for (const x of node.items) out.push(x);
  else for (const c of node.children) collect(c, out);
}

export class OrderTree<T> {
  private constructor(private readonly root: TreeNode<T> | null) {}

  static empty<T>(): OrderTree<T> {
    return new OrderTree<T>(null);
  }

  get size(): number {
    return this.root?.size ?? 0;
  }

  /** The item at `index` in the order, undefined outside [0, size). */
  at(index: number): T | undefined {
    let node = this.root;
    if (!node || index < 0 || index >= node.size) return undefined;
    let i = index;
    while (node.children) {
      let c = 0;
      while (i >= (node.children[c] as TreeNode<T>).size) i -= (node.children[c++] as TreeNode<T>).size;
      node = node.children[c] as TreeNode<T>;
    }
    return node.items[i];
  }

  /** How many items come before `x` in the order. */
  rank(x: T, cmp: Compare<T>): number {
    let node = this.root;
    let before = 0;
    while (node) {
      if (!node.children) return before + bound(node.items, x, 0, node.items.length, cmp, true);
      let c = 0;
      while (c + 1 < node.children.length && cmp((node.children[c + 1] as TreeNode<T>).first, x) < 0) before += (node.children[c++] as TreeNode<T>).size;
      node = node.children[c] as TreeNode<T>;
    }
    return before;
  }

  /** A tree with `batch` (sorted by `cmp`) added; equal items go after those already in. */
  insertSorted(batch: readonly T[], cmp: Compare<T>): OrderTree<T> {
    if (batch.length === 0) return this;
    let level: TreeNode<T>[] = this.root ? insertInto(this.root, batch, 0, batch.length, cmp) : chunks(batch, LEAF_MAX, leaf);
    while (level.length > 1) level = chunks(level, FANOUT_MAX, inner);
    return new OrderTree(level[0] as TreeNode<T>);
  }

  /** A tree without these items (the same objects, sorted by `cmp`); items not in it are ignored. */
  removeSorted(batch: readonly T[], cmp: Compare<T>): OrderTree<T> {
    if (batch.length === 0 || !this.root) return this;
    let root = removeFrom(this.root, batch, 0, batch.length, cmp);
    while (root?.children && root.children.length === 1) root = root.children[0] as TreeNode<T>;
    return root === this.root ? this : new OrderTree(root);
  }

  toArray(): T[] {
    const out: T[] = [];
    if (this.root) collect(this.root, out);
    return out;
  }
}
