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
  // Start at max(prefix, after) and treat `after` as exclusive.
  let seek = compareKeys(q.after, q.prefix) > 0 ? q.after : q.prefix;
  let skipEqual = seek === q.after && q.after !== '';
  for (;;) {
    const pair = tree.getPairOrNextHigher(seek);
    if (!pair) break;
    const key = pair[0];
    if (skipEqual && key === seek) {
      const next = tree.nextHigherKey(key);
      if (next === undefined) break;
      seek = next;
      skipEqual = false;
      continue;
    }
    skipEqual = false;
    if (!key.startsWith(q.prefix)) break;
    const common = commonPrefixOf(key, q);
    if (common !== undefined && compareKeys(common, q.after) <= 0) {
      // This prefix was returned on an earlier page (or is the marker itself): jump over it.
      const jump = nextAfterPrefix(tree, common, key);
      if (jump === undefined) break;
      seek = jump;
      continue;
    }
    if (count === q.maxKeys) {
      page.truncated = true;
      break;
    }
    count++;
    if (common !== undefined) {
      page.prefixes.push(common);
      page.last = common;
      const jump = nextAfterPrefix(tree, common, key);
      if (jump === undefined) break;
      seek = jump;
    } else {
      page.objects.push(pair[1]);
      page.last = key;
      const next = tree.nextHigherKey(key);
      if (next === undefined) break;
      seek = next;
    }
  }
  return page;
}

function commonPrefixOf(key: string, q: ListQuery): string | undefined {
  if (!q.delimiter) return undefined;
  const at = key.indexOf(q.delimiter, q.prefix.length);
  return at < 0 ? undefined : key.slice(0, at + q.delimiter.length);
}

/** First key after every key that starts with `common` (undefined = none left). */
function nextAfterPrefix(tree: BucketRecord['objects'], common: string, from: string): string | undefined {
  const succ = prefixSuccessor(common);
  if (succ !== undefined) return tree.getPairOrNextHigher(succ)?.[0];
  let k: string | undefined = from;
  while (k !== undefined && k.startsWith(common)) k = tree.nextHigherKey(k);
  return k;
}
