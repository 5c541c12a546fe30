// Decides how `npm start` gets an Electron binary: use the installed one, or download it
// once (Electron 45 downloads lazily), or explain in one paragraph why it cannot.
// All I/O is injected so each branch is unit-tested.
import path from 'node:path';

export interface InstallOutcome {
  ok: boolean;
  /** 'timeout' when the installer was killed after the deadline. */
  failure?: 'timeout' | 'exit' | 'spawn';
  exitCode?: number | null;
}

export interface ElectronBinaryDeps {
  /** node_modules/electron */
  electronDir: string;
  platform: NodeJS.Platform;
  nodeVersion: string;
  exists(file: string): boolean;
  readText(file: string): string | undefined;
  /** Runs node_modules/electron/install.js; resolves when it exits or times out. */
  runInstaller(): Promise<InstallOutcome>;
  log(line: string): void;
}

export type BinaryPlan = { kind: 'ready'; binary: string } | { kind: 'unavailable'; message: string };

export const INSTALL_TIMEOUT_MS = 60_000;
/** Electron 45's installer (package.json engines) needs this Node version or newer. */
export const INSTALLER_MIN_NODE = [22, 12] as const;

const platformPaths: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
};

/** Where the binary is (path.txt, written by the installer) or will be once installed. */
export function expectedBinaryPath(deps: Pick<ElectronBinaryDeps, 'electronDir' | 'platform' | 'readText'>): string {
  const recorded = deps.readText(path.join(deps.electronDir, 'path.txt'))?.trim();
  return path.join(deps.electronDir, 'dist', recorded || platformPaths[deps.platform] || 'electron');
}

export function isNodeAtLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [m = 0, n = 0] = version.replace(/^v/, '').split('.').map(Number);
  return m > major || (m === major && n >= minor);
}

const NETWORK_ADVICE = 'Connect to the network and run `npm start` again';

export function unavailableMessage(reason: string, binary: string, advice = NETWORK_ADVICE): string {
  return [
    `Symbucket could not start because the Electron runtime is not installed (expected at ${binary}) and ${reason}.`,
    'Electron downloads its binary from GitHub the first time the app runs, so this needs a network connection.',
    `${advice}, or run \`npm run preview\` to see the same app in the local Chromium browser instead.`,
  ].join(' ');
}

function failureReason(outcome: InstallOutcome): string {
  if (outcome.failure === 'timeout') return `the download did not finish within ${INSTALL_TIMEOUT_MS / 1000} seconds`;
  if (outcome.failure === 'spawn') return 'its installer could not be run';
  return `it could not be downloaded (the installer exited with code ${String(outcome.exitCode ?? 'unknown')})`;
}

export async function ensureElectronBinary(deps: ElectronBinaryDeps): Promise<BinaryPlan> {
  const binary = expectedBinaryPath(deps);
  if (deps.exists(binary)) return { kind: 'ready', binary };
  if (!isNodeAtLeast(deps.nodeVersion, INSTALLER_MIN_NODE)) {
    const needed = INSTALLER_MIN_NODE.join('.');
    return {
      kind: 'unavailable',
      message: unavailableMessage(
        `it cannot be downloaded with this Node.js: Electron 45's installer needs Node.js ${needed} or newer and this is ${deps.nodeVersion}`,
        binary,
        `Install Node.js ${needed} or newer, connect to the network and run \`npm start\` again`,
      ),
    };
  }
  deps.log('Downloading the Electron runtime (first run only)...');
  const outcome = await deps.runInstaller();
  const installed = expectedBinaryPath(deps);
  if (outcome.ok && deps.exists(installed)) return { kind: 'ready', binary: installed };
  return { kind: 'unavailable', message: unavailableMessage(failureReason(outcome), installed) };
}
