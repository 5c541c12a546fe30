// Programmatic entry: start the OSS and BOS endpoints over one shared store.
import crypto from 'node:crypto';
import { Faults, type FaultSettings } from './faults';
import { Journal } from './persist';
import { createBosRouter } from './bos/router';
import { createOssRouter } from './oss/router';
import { seedBig, seedBigLinks } from './seed-big';
import { seedDemo } from './seed-demo';
import { startServer, type ListeningServer, type TlsSettings } from './server';
import { type EndpointRules, Store } from './store';

export interface EmulatorOptions {
  /** OSS port; BOS gets port+1 when given, otherwise both are random free ports. */
  port?: number;
  dataDir?: string;
  seed?: 'demo' | 'none' | { big: number; links?: number; varied?: boolean };
  accessKeyId?: string;
  accessKeySecret?: string;
  latencyMs?: number;
  /** 0..1 fraction of requests answered 500/503. */
  faultRate?: number;
  /** 0..1 fraction of connections destroyed mid-body. */
  dropRate?: number;
  /** Seed of the fault dice (default: a random one, reported by `faultSeed()`). */
  faultSeed?: number;
  /** OSS region (default cn-hangzhou); BOS always reports `bj`. */
  region?: string;
  /** Serve HTTPS with this key and certificate (URLs then start with https://). */
  tls?: TlsSettings;
  /** Requests in flight at once per endpoint; beyond it a 503 as the services send (default 256). */
  maxConcurrentRequests?: number;
}

export interface RunningEmulator {
  oss: string;
  bos: string;
  accessKeyId: string;
  accessKeySecret: string;
  close(): Promise<void>;
  setFaults(f: FaultSettings): void;
  /** The seed the fault dice were last started from (print it when a fault test fails). */
  faultSeed(): number;
  /** TCP connections accepted so far by the OSS and the BOS endpoint. */
  connections(): { oss: number; bos: number };
  /** Custom domains, domain-only buckets and STS tokens, as the real services enforce them. */
  rules: EndpointRules;
}

export type { FaultSettings };

export const DEFAULT_OSS_REGION = 'cn-hangzhou';
export const DEFAULT_BOS_REGION = 'bj';

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const creds = {
    accessKeyId: options.accessKeyId ?? `EMU${crypto.randomBytes(8).toString('hex').toUpperCase()}`,
    accessKeySecret: options.accessKeySecret ?? crypto.randomBytes(24).toString('base64url'),
  };
  const store = new Store();
  // Seeds are deterministic and not journaled; the journal replays the changes on top.
  const seed = options.seed ?? 'none';
  if (seed === 'demo') seedDemo(store);
  else if (typeof seed === 'object') {
    seedDemo(store);
    seedBig(store, seed.big, undefined, seed.varied);
    if (seed.links) seedBigLinks(store, seed.links, Math.max(1, seed.big));
  }
  let journal: Journal | undefined;
  if (options.dataDir) {
    journal = new Journal(options.dataDir);
    // Compaction would write every seeded object to disk: not for big seeds.
    journal.load(store, { compact: typeof seed !== 'object' });
    store.listener = journal;
  }
  const faults = new Faults({
    latencyMs: options.latencyMs,
    faultRate: options.faultRate,
    dropRate: options.dropRate,
    ...(options.faultSeed !== undefined && { seed: options.faultSeed }),
  });
  const servers: ListeningServer[] = [];
  try {
    const serverOptions = {
      ...(options.maxConcurrentRequests !== undefined && { maxConcurrentRequests: options.maxConcurrentRequests }),
      ...(options.tls && { tls: options.tls }),
    };
    servers.push(await startServer(createOssRouter(store, creds, options.region ?? DEFAULT_OSS_REGION), faults, options.port ?? 0, serverOptions));
    servers.push(await startServer(createBosRouter(store, creds, DEFAULT_BOS_REGION), faults, options.port ? options.port + 1 : 0, serverOptions));
  } catch (e) {
    await Promise.all(servers.map((s) => s.close()));
    journal?.close();
    throw e;
  }
  const [oss, bos] = servers as [ListeningServer, ListeningServer];
  const scheme = options.tls ? 'https' : 'http';
  return {
    oss: `${scheme}://127.0.0.1:${oss.port}`,
    bos: `${scheme}://127.0.0.1:${bos.port}`,
    rules: store.rules,
    ...creds,
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      journal?.close();
    },
    setFaults: (f) => faults.set(f),
    faultSeed: () => faults.seed,
    connections: () => ({ oss: oss.connections(), bos: bos.connections() }),
  };
}
