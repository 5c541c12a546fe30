// Test support: the emulator CLI as a child process (one Node process, so SIGKILL hits the
// server itself), its endpoints from the one JSON line it prints, and its exit.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { Endpoint } from './test-client';

const root = path.resolve(import.meta.dirname, '..');

export interface StartedCli {
  child: ChildProcess;
  oss: Endpoint;
  bos: Endpoint;
  stdoutLines: string[];
}

/** Starts `emulator/cli.ts` with `args`; `children` collects it for the test file's cleanup. */
export function startCli(args: string[], children: ChildProcess[]): Promise<StartedCli> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const stdoutLines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('emulator did not start in time')), 30_000);
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited early (${code}): ${stderr}`));
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      stdoutLines.push(line);
      if (stdoutLines.length > 1) return;
      clearTimeout(timer);
      const info = JSON.parse(line) as { oss: string; bos: string; accessKeyId: string; accessKeySecret: string };
      const creds = { accessKeyId: info.accessKeyId, accessKeySecret: info.accessKeySecret };
      resolve({ child, oss: { url: info.oss, ...creds }, bos: { url: info.bos, ...creds }, stdoutLines });
    });
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Kills every child still running (afterAll). */
export function killAll(children: ChildProcess[]): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
