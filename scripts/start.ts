// `npm start` (after `npm run build`): launch Electron on app/, downloading its binary on
// first run; without one, explain why in one paragraph and exit 1 (no stack trace).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary, INSTALL_TIMEOUT_MS, type InstallOutcome } from './electron-binary';
import { isSandboxAbort, sandboxAbortMessage, tailBuffer } from './sandbox-abort';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const appDir = path.join(root, 'app');

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function runInstaller(): Promise<InstallOutcome> {
  return new Promise((resolve) => {
    // The installer prints a stack trace on failure: keep it out of the user's way.
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, failure: 'timeout' });
    }, INSTALL_TIMEOUT_MS);
    child.on('error', () => {
      clearTimeout(timer);
      resolve({ ok: false, failure: 'spawn' });
    });
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode === 0 ? { ok: true } : { ok: false, failure: 'exit', exitCode });
    });
  });
}

function launchElectron(binary: string): Promise<number> {
  const env = { ...process.env };
  // Set by some shells and tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // stderr passes through, and its tail is kept to recognise the sandbox abort.
  const child = spawn(binary, [appDir, ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'pipe'], env });
  const stderr = tailBuffer();
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderr.push(chunk);
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward(signal));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Symbucket could not start Electron (${binary}): ${error.message}.`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      if (isSandboxAbort(stderr.text(), { code, signal })) console.error(`\n${sandboxAbortMessage(stderr.text(), path.join(path.dirname(binary), 'chrome-sandbox'))}\n`);
      resolve(code ?? (signal === null ? 1 : 128 + signalNumber(signal)));
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTRAP: 5, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 1;
}

async function main(): Promise<number> {
  const plan = await ensureElectronBinary({
    electronDir,
    platform: process.platform,
    nodeVersion: process.version,
    exists: existsSync,
    readText,
    runInstaller,
    log: (line) => console.log(line),
  });
  if (plan.kind === 'unavailable') {
    console.error(`\n${plan.message}\n`);
    return 1;
  }
  return launchElectron(plan.binary);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Symbucket could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
