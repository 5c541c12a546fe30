// Why prefetching gains little against an emulator on this machine: how long a request written on
// loopback takes to reach a sleeping server process when the writer (a) goes to sleep right after
// writing, as a page-by-page client does while it waits, or (b) keeps its CPU busy, as a
// prefetching client does while it parses the page before. Usage:
// npx tsx bench/wake-latency.ts [busyMs] [--pin] (--pin: writer on CPU 0, server on CPU 1, via taskset).
// Prints the write-to-'data' delay in the server process (both read the same monotonic clock).
import { execFileSync } from 'node:child_process';
import { fork } from 'node:child_process';
import { createServer, connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROUNDS = 300;
const now = (): bigint => process.hrtime.bigint();

if (process.argv[2] === '--server') {
  // The server: answers each 8-byte timestamp with its own delay in µs.
  const port = Number(process.argv[3]);
  if (process.argv.includes('--pin')) execFileSync('taskset', ['-a', '-pc', '1', String(process.pid)], { stdio: 'ignore' });
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  socket.on('data', (b: Buffer) => {
    const delayUs = Number(now() - b.readBigUInt64LE(0)) / 1000;
    const out = Buffer.alloc(8);
    out.writeDoubleLE(delayUs);
    socket.write(out);
  });
} else {
  const busyMs = Number(process.argv[2] ?? 1.5);
  const pin = process.argv.includes('--pin');
  if (pin) execFileSync('taskset', ['-a', '-pc', '0', String(process.pid)], { stdio: 'ignore' });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const child = fork(fileURLToPath(import.meta.url), ['--server', String(port), ...(pin ? ['--pin'] : [])], { execArgv: process.execArgv });
  const socket = await new Promise<Socket>((resolve) => server.once('connection', resolve));
  socket.setNoDelay(true);
  const answers: Buffer[] = [];
  let waiting: (() => void) | undefined;
  socket.on('data', (b: Buffer) => {
    for (let i = 0; i + 8 <= b.length; i += 8) answers.push(b.subarray(i, i + 8));
    waiting?.();
  });
  const answer = async (): Promise<number> => {
    while (answers.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
    return (answers.shift() as Buffer).readDoubleLE(0);
  };
  const spin = (ms: number): void => {
    const until = now() + BigInt(Math.round(ms * 1e6));
    while (now() < until);
  };
  const run = async (busy: number): Promise<number[]> => {
    const delays: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      spin(0.5); // a client has just read a page
      const stamp = Buffer.alloc(8);
      stamp.writeBigUInt64LE(now());
      socket.write(stamp);
      if (busy > 0) spin(busy); // and parses it (prefetching) instead of waiting
      delays.push(await answer());
      await new Promise((resolve) => setTimeout(resolve, 2)); // both sides idle between rounds
    }
    return delays.sort((a, b) => a - b);
  };
  const show = (name: string, d: number[]): void => {
    const q = (f: number): string => (d[Math.floor(f * (d.length - 1))] as number).toFixed(0);
    console.log(`${name}: write -> server read, µs: min ${q(0)}, median ${q(0.5)}, p90 ${q(0.9)}, max ${q(1)}`);
  };
  await run(0); // warm-up
  for (let k = 0; k < 2; k++) {
    show('writer sleeps after writing (page by page)', await run(0));
    show(`writer busy ${busyMs} ms after writing (prefetch)`, await run(busyMs));
  }
  child.kill();
  socket.destroy();
  server.close();
}
