// `--seed demo`: a deterministic demo dataset (identical on every start). The exported
// constants summarise it so that tests and e2e specs can refer to notable keys.
import { makeRecord } from './object-ops';
import { bufferContent } from './stored-body';
import type { ObjectRecord, Provider, Store } from './store';

export const DEMO_BUCKETS = {
  oss: 'demo-oss',
  ossArchive: 'demo-archive',
  bos: 'demo-bos',
  bosMedia: 'demo-bos-media',
} as const;

export const DEMO_TIME = Date.UTC(2026, 0, 15, 9, 30);

export type DemoLinkState = 'ok' | 'broken' | 'chain';

export interface DemoLink {
  provider: Provider;
  bucket: string;
  key: string;
  target: string;
  /** Only for BOS cross-bucket links. */
  targetBucket?: string;
  /** What reading through the link gives: ok, broken (404 SymlinkTargetNotExist), chain (400 InvalidTargetType). */
  state: DemoLinkState;
}

export const DEMO_LINKS: readonly DemoLink[] = [
  { provider: 'oss', bucket: 'demo-oss', key: 'latest-report.pdf', target: 'docs/reports/2026/q3.pdf', state: 'ok' },
  { provider: 'oss', bucket: 'demo-oss', key: 'broken-link.txt', target: 'missing/nothing-here.txt', state: 'broken' },
  { provider: 'oss', bucket: 'demo-oss', key: 'chain-link.pdf', target: 'latest-report.pdf', state: 'chain' },
  { provider: 'oss', bucket: 'demo-oss', key: 'photos/cover.jpg', target: 'photos/2025/img-001.jpg', state: 'ok' },
  { provider: 'oss', bucket: 'demo-oss', key: '报告/最新.txt', target: '报告/季度总结.txt', state: 'ok' },
  { provider: 'oss', bucket: 'demo-oss', key: 'docs/reports/current.pdf', target: 'docs/reports/2026/q4.pdf', state: 'ok' },
  { provider: 'bos', bucket: 'demo-bos', key: 'latest-report.pdf', target: 'docs/reports/2026/q3.pdf', state: 'ok' },
  { provider: 'bos', bucket: 'demo-bos', key: 'broken-link.txt', target: 'missing/nothing-here.txt', state: 'broken' },
  { provider: 'bos', bucket: 'demo-bos', key: 'chain-link.pdf', target: 'latest-report.pdf', state: 'chain' },
  { provider: 'bos', bucket: 'demo-bos', key: 'intro-video.mp4', target: 'videos/intro.mp4', targetBucket: 'demo-bos-media', state: 'ok' },
  { provider: 'bos', bucket: 'demo-bos', key: 'media/poster.png', target: 'images/poster.png', targetBucket: 'demo-bos-media', state: 'ok' },
  { provider: 'bos', bucket: 'demo-bos', key: '报告/最新.txt', target: '报告/季度总结.txt', state: 'ok' },
];

/** Keys with awkward names, present in both demo-oss and demo-bos. */
export const DEMO_ODD_KEYS = [
  '报告/季度总结.txt',
  '报告/年度/总结 2026.txt',
  'name with spaces.txt',
  'plus+sign.txt',
  '100% done.txt',
  'percent%20literal.txt',
  `long-name-${'abcdefghij'.repeat(20)}.txt`,
] as const;

export const DEMO_FOLDERS = ['docs/', 'docs/reports/', 'docs/reports/2026/', 'photos/', 'photos/2025/', 'media/', 'logs/', '报告/'] as const;

/** Deterministic pseudo-random bytes (xorshift32) so binary files differ but never change. */
function bytes(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size);
  let x = seed | 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8', md: 'text/markdown', html: 'text/html', json: 'application/json', csv: 'text/csv',
  pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png', mp4: 'video/mp4', log: 'text/plain', tar: 'application/x-tar',
};

function contentTypeOf(key: string): string {
  return TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

interface SeedFile {
  key: string;
  body: Buffer;
}

const text = (key: string, s: string): SeedFile => ({ key, body: Buffer.from(s) });
const binary = (key: string, size: number, seed: number): SeedFile => ({ key, body: bytes(size, seed) });

function commonFiles(provider: Provider): SeedFile[] {
  const files: SeedFile[] = [
    text('readme.txt', `Welcome to the Symbucket ${provider.toUpperCase()} demo bucket.\n`),
    text('index.html', '<!doctype html><title>Demo</title><h1>Symbucket demo</h1>\n'),
    text('data.json', JSON.stringify({ demo: true, provider, items: [1, 2, 3] }, null, 2)),
    text('docs/guide.md', '# Guide\n\nLinks are first-class objects in Symbucket.\n'),
    text('docs/reports/summary.csv', 'quarter,revenue\nq1,100\nq2,120\nq3,150\nq4,170\n'),
    text('docs/reports/2025/annual.pdf', '%PDF-1.4 annual report 2025\n'),
    text('报告/季度总结.txt', '季度总结：一切顺利。\n'),
    text('报告/年度/总结 2026.txt', '年度总结 2026\n'),
    text('name with spaces.txt', 'spaces in the name\n'),
    text('plus+sign.txt', 'a plus sign in the name\n'),
    text('100% done.txt', 'a percent sign in the name\n'),
    text('percent%20literal.txt', 'a literal %20 in the name\n'),
    text(`long-name-${'abcdefghij'.repeat(20)}.txt`, 'a very long name\n'),
  ];
  for (const q of ['q1', 'q2', 'q3', 'q4']) files.push(binary(`docs/reports/2026/${q}.pdf`, 2048 + q.charCodeAt(1) * 97, q.charCodeAt(1)));
  for (let i = 1; i <= 20; i++) files.push(text(`logs/app-${String(i).padStart(4, '0')}.log`, `log line ${i}\n`.repeat(i * 3)));
  return files;
}

function ossFiles(): SeedFile[] {
  const files = commonFiles('oss');
  for (let i = 1; i <= 60; i++) files.push(binary(`photos/2025/img-${String(i).padStart(3, '0')}.jpg`, 1024 + ((i * 7919) % 48000), i));
  for (let i = 1; i <= 8; i++) files.push(binary(`media/clip-${i}.mp4`, 16 * 1024 * i, 100 + i));
  files.push(binary('media/big-sample.bin', 3 * 1024 * 1024 + 123, 999));
  return files;
}

function bosFiles(): SeedFile[] {
  const files = commonFiles('bos');
  for (let i = 1; i <= 30; i++) files.push(binary(`photos/2025/img-${String(i).padStart(3, '0')}.jpg`, 2048 + ((i * 104729) % 30000), 500 + i));
  return files;
}

function mediaFiles(): SeedFile[] {
  const files: SeedFile[] = [binary('videos/intro.mp4', 256 * 1024, 7), binary('images/poster.png', 12 * 1024, 8)];
  for (let i = 1; i <= 12; i++) files.push(binary(`videos/episode-${String(i).padStart(2, '0')}.mp4`, 32 * 1024 + i * 1000, 40 + i));
  for (let i = 1; i <= 10; i++) files.push(binary(`images/thumb-${String(i).padStart(2, '0')}.png`, 4096 + i * 100, 80 + i));
  return files;
}

function archiveFiles(): SeedFile[] {
  return [1, 2, 3, 4, 5].map((i) => binary(`backups/2019/backup-${String(i).padStart(2, '0')}.tar`, 8192 * i, 300 + i));
}

export function seedDemo(store: Store): void {
  const add = (provider: Provider, name: string, storageClass: string, files: SeedFile[]): void => {
    store.createBucket({ name, provider, storageClass, acl: 'private', created: DEMO_TIME });
    files.forEach((f, i) => {
      const rec = makeRecord(f.key, { contentType: contentTypeOf(f.key), meta: {}, headers: {}, storageClass, acl: 'default' }, bufferContent(f.body));
      rec.lastModified = DEMO_TIME + i * 60_000;
      store.putObject(name, rec);
    });
  };
  add('oss', DEMO_BUCKETS.oss, 'Standard', ossFiles());
  add('oss', DEMO_BUCKETS.ossArchive, 'Archive', archiveFiles());
  add('bos', DEMO_BUCKETS.bos, 'STANDARD', bosFiles());
  add('bos', DEMO_BUCKETS.bosMedia, 'STANDARD', mediaFiles());
  for (const link of DEMO_LINKS) {
    const bucket = store.bucket(link.bucket)!;
    const attrs = { contentType: contentTypeOf(link.key), meta: { 'created-by': 'symbucket-demo' }, headers: {}, storageClass: bucket.storageClass, acl: 'default' as const };
    const rec: ObjectRecord = makeRecord(link.key, attrs, bufferContent(Buffer.from(link.target)), 'Symlink');
    rec.symlinkTarget = link.target;
    if (link.targetBucket) rec.symlinkBucket = link.targetBucket;
    rec.lastModified = DEMO_TIME + 86_400_000;
    store.putObject(link.bucket, rec);
  }
}
