// One listing page straight from the sorted index: O(log n + page). Common prefixes are
// skipped with one seek each instead of walking every key under them.
import type { BucketRecord, ObjectRecord } from './store';
import { compareKeys, prefixSuccessor } from './key-order';

export interface ListQuery {
  prefix: string;
  delimiter: string;
  /** Exclusive lower bound: a key or common prefix already returned ('' = from the start). */
  after: string;
  maxKeys: number;
}

export interface ListPage {
  /** Keys and common prefixes in order, as the providers interleave them. */
  objects: ObjectRecord[];
  prefixes: string[];
  truncated: boolean;
  /** Last key or prefix returned: the next page's `after`. */
  last: string;
}

export function listPage(bucket: BucketRecord, q: ListQuery): ListPage {
  const tree = bucket.objects;
  const page: ListPage = { objects: [], prefixes: [], truncated: false, last: '' };
  let count = 0;
  // Start at max(prefix, after); `after` itself is excluded.
  const start = compareKeys(q.after, q.prefix) > 0 ? q.after : q.prefix;
  let entries = tree.entries(start);
  /** Set while walking keys under a prefix that could not be skipped with one seek. */
  let skipping: string | undefined;
  for (;;) {
    const next = entries.next();
    if (next.done) break;
    const [key, rec] = next.value;
    if (key === q.after) continue;
    if (skipping !== undefined && key.startsWith(skipping)) continue;
    skipping = undefined;
    if (!key.startsWith(q.prefix)) break;
    const common = commonPrefixOf(key, q);
    // A prefix at or before `after` was returned on an earlier page: jump over it.
    if (common !== undefined && compareKeys(common, q.after) <= 0) {
      skipping = common;
      entries = seekPast(tree, common) ?? entries;
      continue;
    }
    if (count === q.maxKeys) {
      page.truncated = true;
      break;
    }
    count++;
    if (common === undefined) {
      page.objects.push(rec);
      page.last = key;
      continue;
    }
    page.prefixes.push(common);
    page.last = common;
    skipping = common;
    entries = seekPast(tree, common) ?? entries;
  }
  return page;
}

function commonPrefixOf(key: string, q: ListQuery): string | undefined {
  if (!q.delimiter) return undefined;
  const at = key.indexOf(q.delimiter, q.prefix.length);
  return at < 0 ? undefined : key.slice(0, at + q.delimiter.length);
}

/** A fresh iterator positioned after every key under `common` (undefined: keep walking). */
function seekPast(tree: BucketRecord['objects'], common: string): IterableIterator<[string, ObjectRecord]> | undefined {
  const succ = prefixSuccessor(common);
  return succ === undefined ? undefined : tree.entries(succ);
}
