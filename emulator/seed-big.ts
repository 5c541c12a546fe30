// `--seed big:N`: N small objects under `big/` in demo-oss and demo-bos, built in seconds.
// All records share one body buffer and one meta object; nothing touches the disk.
import { md5Hex } from './object-ops';
import { newTree, type Store } from './store';

export const BIG_PREFIX = 'big/';
const BODY = Buffer.from('symbucket big-seed object\n');
const ETAG = md5Hex(BODY);
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const SEED_TIME = Date.UTC(2026, 0, 1);

export function bigKey(i: number): string {
  return BIG_PREFIX + 'obj-' + String(10_000_000 + i).slice(1) + '.bin';
}

export function seedBig(store: Store, n: number, buckets: string[] = ['demo-oss', 'demo-bos']): void {
  for (const name of buckets) {
    const bucket = store.bucket(name);
    if (!bucket) continue;
    const storageClass = bucket.storageClass;
    // Keys come in sorted order; records share the body, etag and meta objects.
    const tree = newTree();
    bucket.objects.forEachPair((k, v) => {
      tree.set(k, v);
    });
    for (let i = 1; i <= n; i++) {
      const key = bigKey(i);
      tree.set(key, { key, body: BODY, etag: ETAG, size: BODY.length, lastModified: SEED_TIME, contentType: 'application/octet-stream', meta: EMPTY, headers: EMPTY, storageClass, acl: 'default', objectType: 'Normal' });
    }
    bucket.objects = tree;
  }
}
