// The bench harness: interleaved rounds so that compared variants share the machine's state,
// results as plain data (ratios computed in the same run).
import { XMLParser } from 'fast-xml-parser';
import { signBce } from '../src-main/storage/bos/sign';
import { parseListObjectsV2 } from '../src-main/storage/oss/parse';
import { signOssV1Header } from '../src-main/storage/oss/sign-v1';
import { signOssV4Header } from '../src-main/storage/oss/sign-v4';
import { listObjectsV2PageXml } from './fixtures';

export interface BenchOptions {
  /** Measured rounds per variant. */
  rounds: number;
  /** Calls per round for the cheap (signing) benchmarks. */
  signBatch: number;
  warmup: number;
}

export const FULL: BenchOptions = { rounds: 30, signBatch: 2000, warmup: 5 };
export const TINY: BenchOptions = { rounds: 2, signBatch: 5, warmup: 0 };

export interface ParseResult {
  pageBytes: number;
  entries: number;
  saxesMs: number;
  fastXmlParserMs: number;
  /** fast-xml-parser time / saxes time: > 1 means saxes is faster. */
  ratio: number;
  sameKeyCount: boolean;
}

export interface SignResult {
  name: string;
  opsPerSecond: number;
}

export interface BenchResults {
  listObjectsV2Parse: ParseResult;
  signing: SignResult[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Interleaves the variants round by round; returns each one's median time in ms. */
export function compare(variants: Record<string, () => void>, options: Pick<BenchOptions, 'rounds' | 'warmup'>): Record<string, number> {
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < options.warmup + options.rounds; r++) {
    for (const n of names) {
      const ms = timeMs(variants[n] as () => void);
      if (r >= options.warmup) samples[n]?.push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n] ?? [])]));
}

function fxpKeyCount(doc: unknown): number {
  const contents = (doc as { ListBucketResult?: { Contents?: unknown } }).ListBucketResult?.Contents;
  return Array.isArray(contents) ? contents.length : contents ? 1 : 0;
}

export function benchListParse(options: BenchOptions, entries = 1000): ParseResult {
  const xml = listObjectsV2PageXml(entries);
  const fxp = new XMLParser({ ignoreAttributes: true, processEntities: true });
  let saxesKeys = 0;
  let fxpKeys = 0;
  const t = compare(
    {
      saxes: () => {
        saxesKeys = parseListObjectsV2(xml).objects.length;
      },
      fastXmlParser: () => {
        fxpKeys = fxpKeyCount(fxp.parse(xml));
      },
    },
    options,
  );
  const saxesMs = t.saxes ?? 0;
  const fastXmlParserMs = t.fastXmlParser ?? 0;
  return {
    pageBytes: Buffer.byteLength(xml),
    entries,
    saxesMs,
    fastXmlParserMs,
    ratio: saxesMs > 0 ? fastXmlParserMs / saxesMs : Infinity,
    sameKeyCount: saxesKeys === entries && fxpKeys === entries,
  };
}

export function benchSigning(options: BenchOptions): SignResult[] {
  const creds = { accessKeyId: 'ak', accessKeySecret: 'sk' };
  const now = new Date('2024-01-01T00:00:00Z');
  const headers = { 'content-type': 'text/plain', 'x-oss-meta-a': 'b' };
  const req = { method: 'PUT', bucket: 'bucket', key: 'photos/目录 1/image+1.jpg', query: { symlink: '' }, headers };
  const batch = (fn: () => void) => () => {
    for (let i = 0; i < options.signBatch; i++) fn();
  };
  const t = compare(
    {
      'oss-v4-header': batch(() => signOssV4Header(req, creds, now, { region: 'cn-hangzhou' })),
      'oss-v1-header': batch(() => signOssV1Header(req, creds, now)),
      'bce-auth-v1': batch(() => signBce({ method: 'PUT', path: '/v1/bucket/photos/x', query: { symlink: '' }, headers: { host: 'bj.bcebos.com', ...headers } }, creds, now)),
    },
    options,
  );
  return Object.entries(t).map(([name, ms]) => ({ name, opsPerSecond: ms > 0 ? Math.round((options.signBatch / ms) * 1000) : Infinity }));
}

export function runBenchmarks(options: BenchOptions = FULL): BenchResults {
  return { listObjectsV2Parse: benchListParse(options), signing: benchSigning(options) };
}

/** The claim the architecture makes: the saxes parser beats fast-xml-parser 5. */
export function saxesIsFaster(results: BenchResults): boolean {
  return results.listObjectsV2Parse.sameKeyCount && results.listObjectsV2Parse.ratio > 1;
}
