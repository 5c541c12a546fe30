// Runs a bench script in a fresh Node process (--expose-gc, tsx) so that earlier benchmarks' heaps
// neither hide nor inflate what it measures; the script prints its result as the last JSON line.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `script` relative to the repository root; `input` reaches the child as the env variable `name`. */
export function runJsonChild<T>(script: string, name: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, [name]: JSON.stringify(input) } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as T);
      } catch (e) {
        reject(new Error(`${script} printed no JSON result: ${String(e)}`));
      }
    });
  });
}
