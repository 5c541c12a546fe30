// `--seed demo`: a deterministic demo dataset (same every start). Constants below are the
// summary tests and e2e specs can rely on.
import { makeRecord } from './object-ops';
import type { Store } from './store';

export const DEMO_BUCKETS = {
  oss: 'demo-oss',
  ossArchive: 'demo-oss-archive',
  bos: 'demo-bos',
  bosMedia: 'demo-bos-media',
} as const;

export function seedDemo(store: Store): void {
  const t = Date.UTC(2026, 0, 1);
  store.createBucket({ name: DEMO_BUCKETS.oss, provider: 'oss', storageClass: 'Standard', acl: 'private', created: t });
  store.createBucket({ name: DEMO_BUCKETS.ossArchive, provider: 'oss', storageClass: 'Archive', acl: 'private', created: t });
  store.createBucket({ name: DEMO_BUCKETS.bos, provider: 'bos', storageClass: 'STANDARD', acl: 'private', created: t });
  store.createBucket({ name: DEMO_BUCKETS.bosMedia, provider: 'bos', storageClass: 'STANDARD', acl: 'private', created: t });
  const put = (bucket: string, key: string, text: string): void => {
    const rec = makeRecord(key, { body: Buffer.from(text), contentType: 'text/plain', meta: {}, headers: {}, storageClass: store.bucket(bucket)!.storageClass, acl: 'default' });
    rec.lastModified = t;
    store.putObject(bucket, rec);
  };
  put(DEMO_BUCKETS.oss, 'readme.txt', 'hello');
  put(DEMO_BUCKETS.bos, 'readme.txt', 'hello');
}
