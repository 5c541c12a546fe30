// `--seed big:N`: N small objects under `big/` in demo-oss and demo-bos, built in seconds.
// All records share one body buffer and one meta object; nothing touches the disk.
import { md5Hex } from './object-ops';
import type { Store } from './store';

export const BIG_PREFIX = 'big/';
const BODY = Buffer.from('symbucket big-seed object\n');
const ETAG = md5Hex(BODY);
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const SEED_TIME = Date.UTC(2026, 0, 1);

export function bigKey(i: number): string {
  return BIG_PREFIX + 'obj-' + String(10_000_000 + i).slice(1) + '.bin';
}

export function seedBig(store: Store, n: number, buckets: string[] = ['demo-oss', 'demo-bos']): void {
  const targets = buckets.map((name) => store.bucket(name)).filter((b) => b !== undefined);
  // Keys come in sorted order; one key string and one body, etag and meta object are shared.
  for (let i = 1; i <= n; i++) {
    const key = bigKey(i);
    for (const b of targets) {
      b.objects.set(key, { key, body: BODY, etag: ETAG, size: BODY.length, lastModified: SEED_TIME, contentType: 'application/octet-stream', meta: EMPTY, headers: EMPTY, storageClass: b.storageClass, acl: 'default', objectType: 'Normal' });
    }
  }
}
