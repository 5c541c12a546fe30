// `--seed big:N`: N small objects under `big/` in demo-oss and demo-bos, built in seconds.
// All records share one body buffer and one meta object; nothing touches the disk.
import { bufferContent } from './stored-body';
import type { Store } from './store';

export const BIG_PREFIX = 'big/';
const CONTENT = bufferContent(Buffer.from('symbucket big-seed object\n'));
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;
const SEED_TIME = Date.UTC(2026, 0, 1);

export function bigKey(i: number): string {
  return BIG_PREFIX + 'obj-' + String(10_000_000 + i).slice(1) + '.bin';
}

/** `varied` (`--seed big:N,varied`): bodies of 97 sizes up to ~32 KB and times over ~28 hours, scattered over the keys (for sorting by size or time). */
const VARIED = Array.from({ length: 97 }, (_, s) => bufferContent(Buffer.alloc(1 + s * 331, s)));
const variedContent = (i: number) => VARIED[(i * 7919) % VARIED.length] ?? CONTENT;
/** The size of object i of a `varied` seed. */
export const variedSize = (i: number): number => variedContent(i).size;
const variedTime = (i: number) => SEED_TIME - ((i * 104_729) % 100_000) * 1000;

export function seedBig(store: Store, n: number, buckets: string[] = ['demo-oss', 'demo-bos'], varied = false): void {
  const targets = buckets.map((name) => store.bucket(name)).filter((b) => b !== undefined);
  // Keys come in sorted order; one key string and one body, etag and meta object are shared.
  for (let i = 1; i <= n; i++) {
    const key = bigKey(i);
    const content = varied ? variedContent(i) : CONTENT;
    const lastModified = varied ? variedTime(i) : SEED_TIME;
    for (const b of targets) {
      b.objects.set(key, { key, body: content.body, etag: content.md5, size: content.size, crc64: content.crc64, lastModified, contentType: 'application/octet-stream', meta: EMPTY, headers: EMPTY, storageClass: b.storageClass, acl: 'default', objectType: 'Normal' });
    }
  }
}

export const BIG_LINKS_PREFIX = 'big-links/';

export function bigLinkKey(i: number): string {
  return BIG_LINKS_PREFIX + 'link-' + String(10_000_000 + i).slice(1) + '.lnk';
}

/** Every 20th seeded link (5 %) points at a key that does not exist. */
export function bigLinkIsBroken(i: number): boolean {
  return i % 20 === 0;
}

/** Link i's target: one of the `targets` big/ objects in turn, or a missing key for the broken ones. */
export function bigLinkTarget(i: number, targets: number): string {
  return bigLinkIsBroken(i) ? `${BIG_PREFIX}missing-${String(10_000_000 + i).slice(1)}.bin` : bigKey(((i - 1) % targets) + 1);
}

/**
 * `--seed big:N,links:M`: M links under `big-links/` in demo-oss and demo-bos, stored as PutSymlink
 * stores them (the target as body, type Symlink), 5 % of them broken.
 */
export function seedBigLinks(store: Store, n: number, targets: number, buckets: string[] = ['demo-oss', 'demo-bos']): void {
  const into = buckets.map((name) => store.bucket(name)).filter((b) => b !== undefined);
  for (let i = 1; i <= n; i++) {
    const key = bigLinkKey(i);
    const target = bigLinkTarget(i, targets);
    const content = bufferContent(Buffer.from(target));
    for (const b of into) {
      b.objects.set(key, {
        key,
        body: content.body,
        etag: content.md5,
        size: content.size,
        crc64: content.crc64,
        lastModified: SEED_TIME,
        contentType: 'application/octet-stream',
        meta: EMPTY,
        headers: EMPTY,
        storageClass: b.storageClass,
        acl: 'default',
        objectType: 'Symlink',
        symlinkTarget: target,
      });
    }
  }
}
