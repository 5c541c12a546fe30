// Is the Electron binary installed? `npm ci` downloads it into node_modules/electron/dist and
// writes its relative path to path.txt; on machines without network access neither exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FileProbe {
  exists(path: string): boolean;
  read(path: string): string;
}

const realFs: FileProbe = { exists: existsSync, read: (path) => readFileSync(path, 'utf8') };

/** Absolute path of the Electron executable, or null when the host must fall back to the browser. */
export function findElectronBinary(rootDir: string, fs: FileProbe = realFs): string | null {
  const packageDir = join(rootDir, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!fs.exists(pathFile)) return null;
  const relative = fs.read(pathFile).trim();
  if (relative === '') return null;
  const binary = join(packageDir, 'dist', relative);
  return fs.exists(binary) ? binary : null;
}

export type HostChoice = 'auto' | 'electron' | 'browser';

export interface HostEnvironment {
  /** `SYMBUCKET_E2E_HOST`: pins a host without editing specs (CI, debugging). */
  override?: string;
  /** Electron needs a display on Linux (run under `xvfb-run -a`); elsewhere there always is one. */
  canShowWindow: boolean;
}

export function hostEnvironment(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): HostEnvironment {
  return { override: env.SYMBUCKET_E2E_HOST, canShowWindow: platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY) };
}

/** Auto picks Electron when its binary is installed and a window can be shown, else the browser host. */
export function chooseHost(requested: HostChoice, electronBinary: string | null, environment: HostEnvironment): 'electron' | 'browser' {
  const override = environment.override;
  const choice = override === 'electron' || override === 'browser' ? override : requested;
  if (choice === 'browser') return 'browser';
  if (choice === 'electron') {
    if (electronBinary === null) throw new Error('The Electron host was requested but the Electron binary is not installed (node_modules/electron/path.txt missing).');
    return 'electron';
  }
  return electronBinary !== null && environment.canShowWindow ? 'electron' : 'browser';
}
