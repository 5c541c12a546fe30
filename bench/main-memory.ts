// main-memory-100k: RSS growth of a process hosting the router while it serves every page of a
// 100k folder to a "renderer" that takes each page away (structured clone). It runs in a fresh
// Node process (--expose-gc) so that earlier benchmarks' heaps do not hide or inflate the growth.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulatorProcess } from './emulator-process';
import { type BenchScale } from './scale';
import { type BenchResult, result } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));

function runChild(endpoints: object): Promise<{ growthMb: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/main-memory-child.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_EMULATOR: JSON.stringify(endpoints) } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { growthMb: number; rows: number }) : reject(new Error(`main-memory child exited with ${code}`))));
  });
}

export async function benchMainMemory(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects });
  try {
    const growth: number[] = [];
    for (let r = 0; r < scale.rounds; r++) {
      const { oss, bos, accessKeyId, accessKeySecret } = emu;
      const { growthMb, rows } = await runChild({ oss, bos, accessKeyId, accessKeySecret });
      if (rows !== scale.listObjects) throw new Error(`main-memory: ${rows} rows listed, expected ${scale.listObjects}`);
      growth.push(growthMb);
    }
    return result(growth, 'MB RSS growth', '≤ 150 MB while serving every page of the folder', (m) => m <= 150, { rows: scale.listObjects });
  } finally {
    await emu.close();
  }
}
