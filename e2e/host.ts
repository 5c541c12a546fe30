// launchApp(): the whole app for e2e specs and the preview, in the Electron host when its
// binary is installed, otherwise in the browser host (Debian chromium + the real app core).
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { launchBrowserHost } from './host/browser-host';
import { chooseHost, findElectronBinary, hostEnvironment, type HostChoice } from './host/electron-binary';
import { launchElectronHost } from './host/electron-host';
import type { AppHandle, HostKind, LaunchOptions } from './host/types';

export type { AppHandle, EmulatorEndpoints, HostKind, IpcRecord, LaunchOptions } from './host/types';
export { launchChromium } from './host/browser-host';

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Which host `launchApp` will use for this request on this machine. */
export function resolveHost(requested: HostChoice = 'auto'): HostKind {
  return chooseHost(requested, findElectronBinary(ROOT_DIR), hostEnvironment());
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const host = resolveHost(options.host);
  return host === 'electron' ? launchElectronHost(ROOT_DIR, options) : launchBrowserHost(ROOT_DIR, options);
}
