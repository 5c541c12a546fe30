// A fresh emulator in its own process for each benchmark: the server's work does not share our
// event loop, as with a real service. Prints its endpoints as one JSON line (emulator/cli.ts).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface BenchEmulator {
  oss: string;
  bos: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** Stops the process (its memory and CPU were never counted as ours). */
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** `workers` > 1: that many copies behind one pair of ports, answering connections in parallel
 * (emulator-workers.ts; read-only benchmarks only: each copy has its own store). */
export async function startEmulatorProcess(options: { bigObjects: number; bigLinks?: number; variedBig?: boolean; latencyMs?: number; workers?: number }): Promise<BenchEmulator> {
  const script = options.workers && options.workers > 1 ? ['bench/emulator-workers.ts', '--workers', String(options.workers)] : ['emulator/cli.ts'];
  const args = [...script, '--seed', `big:${options.bigObjects}${options.bigLinks ? `,links:${options.bigLinks}` : ''}${options.variedBig ? ',varied' : ''}`];
  if (options.latencyMs) args.push('--latency-ms', String(options.latencyMs));
  const child = spawn(`${root}node_modules/.bin/tsx`, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', (l) => {
      rl.close();
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code} before listening`)));
  });
  const endpoints = JSON.parse(line) as Omit<BenchEmulator, 'close'>;
  return {
    ...endpoints,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
