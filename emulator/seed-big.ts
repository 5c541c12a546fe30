// `--seed big:N`: N small objects under `big/` in demo-oss and demo-bos, built in seconds.
// All records share one body buffer and one meta object; nothing touches the disk.
import { md5Hex } from './object-ops';
import { newTree, type ObjectRecord, type Store } from './store';

export const BIG_PREFIX = 'big/';
const BODY = Buffer.from('symbucket big-seed object\n');
const ETAG = md5Hex(BODY);
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const SEED_TIME = Date.UTC(2026, 0, 1);

export function bigKey(i: number): string {
  return `${BIG_PREFIX}obj-${String(i).padStart(7, '0')}.bin`;
}

export function seedBig(store: Store, n: number, buckets: string[] = ['demo-oss', 'demo-bos']): void {
  for (const name of buckets) {
    const bucket = store.bucket(name);
    if (!bucket) continue;
    const storageClass = bucket.storageClass;
    // Keys are generated in sorted order, so bulk-building a fresh tree is cheap.
    const pairs: [string, ObjectRecord][] = [];
    for (let i = 1; i <= n; i++) {
      const key = bigKey(i);
      pairs.push([key, { key, body: BODY, etag: ETAG, size: BODY.length, lastModified: SEED_TIME, contentType: 'application/octet-stream', meta: EMPTY, headers: EMPTY, storageClass, acl: 'default', objectType: 'Normal' }]);
    }
    const tree = newTree();
    tree.setPairs(pairs);
    bucket.objects.forEachPair((k, v) => {
      tree.set(k, v);
    });
    bucket.objects = tree;
  }
}
