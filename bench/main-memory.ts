// main-memory-100k: RSS growth of a process hosting the router while it serves every page of a
// 100k folder to a "renderer" that takes each page away (structured clone). It runs in a fresh
// Node process (--expose-gc) so that earlier benchmarks' heaps do not hide or inflate the growth.
import { startEmulatorProcess } from './emulator-process';
import { runJsonChild } from './json-child';
import { type BenchScale } from './scale';
import { type BenchResult, result } from './stats';

export async function benchMainMemory(scale: BenchScale): Promise<BenchResult> {
  const emu = await startEmulatorProcess({ bigObjects: scale.listObjects });
  try {
    const growth: number[] = [];
    for (let r = 0; r < scale.rounds; r++) {
      const { oss, bos, accessKeyId, accessKeySecret } = emu;
      const { growthMb, rows } = await runJsonChild<{ growthMb: number; rows: number }>('bench/main-memory-child.ts', 'BENCH_EMULATOR', { oss, bos, accessKeyId, accessKeySecret });
      if (rows !== scale.listObjects) throw new Error(`main-memory: ${rows} rows listed, expected ${scale.listObjects}`);
      growth.push(growthMb);
    }
    return result(growth, 'MB RSS growth', '≤ 150 MB while serving every page of the folder', (m) => m <= 150, { rows: scale.listObjects });
  } finally {
    await emu.close();
  }
}
