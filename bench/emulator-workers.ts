// The listing benchmarks' emulator: `--workers W` copies of the same seeded emulator behind one
// pair of ports (node:cluster hands each new connection to the next worker). A real service
// answers two connections at once; one single-threaded process cannot, and while it builds the
// next page it cannot send the rest of the current one, so a client that asks for page N+1 while
// it reads page N gained nothing. Every side of a benchmark meets the same workers; a client that
// sends one request at a time is served by one worker, exactly as by a single process.
// Usage: tsx bench/emulator-workers.ts --workers W --seed big:N; prints one JSON line like emulator/cli.ts.
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { startEmulator } from '../emulator';

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};

/** A port whose successor is free too (OSS on the port, BOS on the next). */
async function freePortPair(): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 40_000);
    if ((await tryPort(port)) && (await tryPort(port + 1))) return port;
  }
}

async function primary(): Promise<void> {
  const workers = Math.max(1, Number(arg('--workers') ?? 2));
  const port = await freePortPair();
  const env = { BENCH_EMU_PORT: String(port), BENCH_EMU_KEY_ID: `EMU${randomBytes(8).toString('hex').toUpperCase()}`, BENCH_EMU_SECRET: randomBytes(24).toString('base64url') };
  const ready = Array.from({ length: workers }, () => {
    const worker = cluster.fork(env);
    return new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('exit', (code) => reject(new Error(`emulator worker exited with ${code}`)));
    });
  });
  await Promise.all(ready);
  process.stdout.write(JSON.stringify({ oss: `http://127.0.0.1:${port}`, bos: `http://127.0.0.1:${port + 1}`, accessKeyId: env.BENCH_EMU_KEY_ID, accessKeySecret: env.BENCH_EMU_SECRET }) + '\n');
  const stop = (): void => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function worker(): Promise<void> {
  const latency = arg('--latency-ms');
  const big = /^big:(\d+)$/.exec(arg('--seed') ?? '');
  if (!big) throw new Error('--seed big:N expected');
  await startEmulator({
    port: Number(process.env.BENCH_EMU_PORT),
    seed: { big: Number(big[1]) },
    accessKeyId: process.env.BENCH_EMU_KEY_ID,
    accessKeySecret: process.env.BENCH_EMU_SECRET,
    ...(latency !== undefined && { latencyMs: Number(latency) }),
  });
  process.send?.('ready');
}

(cluster.isPrimary ? primary() : worker()).catch((e: unknown) => {
  process.stderr.write(`emulator-workers: ${(e as Error).message}\n`);
  process.exit(1);
});
