// The app's life: environment switches, where things are (built bundles, icon, user data),
// one instance at a time, the e2e ready marker, and an orderly quit. Electron objects are
// passed in (types only here), so every helper runs on Node in tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from 'electron';
import { z } from 'zod';
import { loopbackDevOrigin } from './security';

// ---------- environment ----------

const EmulatorEndpoints = z.object({
  oss: z.string().url(),
  bos: z.string().url(),
  accessKeyId: z.string().min(1),
  accessKeySecret: z.string().min(1),
});
export type EmulatorEndpoints = z.infer<typeof EmulatorEndpoints>;

export interface MainEnv {
  /** SYMBUCKET_USER_DATA: overrides app.getPath('userData'). */
  userDataDir?: string;
  /** SYMBUCKET_EMULATOR: the local-demo profile points at this emulator instead of the embedded one. */
  emulator?: EmulatorEndpoints;
  /** SYMBUCKET_E2E=1: set the ready marker for the test fixture. */
  e2e: boolean;
  /** ELECTRON_RENDERER_URL (set by `electron-vite dev`): the loopback dev server's URL. Ignored when packaged. */
  rendererDevUrl?: string;
}

export function readMainEnv(env: Record<string, string | undefined>): MainEnv {
  const result: MainEnv = { e2e: env.SYMBUCKET_E2E === '1' };
  const devUrl = env.ELECTRON_RENDERER_URL?.trim();
  if (devUrl && loopbackDevOrigin(devUrl) !== undefined) result.rendererDevUrl = devUrl;
  const userData = env.SYMBUCKET_USER_DATA?.trim();
  if (userData) result.userDataDir = userData;
  const emulator = env.SYMBUCKET_EMULATOR?.trim();
  if (emulator) {
    let json: unknown;
    try {
      json = JSON.parse(emulator);
    } catch {
      throw new Error('SYMBUCKET_EMULATOR is not valid JSON: expected {"oss":URL,"bos":URL,"accessKeyId":…,"accessKeySecret":…}.');
    }
    const parsed = EmulatorEndpoints.safeParse(json);
    if (!parsed.success) {
      // Name the fields only: the value may hold a secret.
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
      throw new Error(`SYMBUCKET_EMULATOR is missing or has invalid fields: ${fields}.`);
    }
    result.emulator = parsed.data;
  }
  return result;
}

// ---------- paths ----------

/** The user-data folder name in every run: `npm run dev` (root package.json) and the packaged app alike. */
export const USER_DATA_FOLDER = 'Symbucket';

export interface AppPaths {
  preload: string;
  rendererDir: string;
  icon: string;
}

/** Where the built pieces are, relative to the main bundle (app/dist/main/index.js). */
export function appPaths(mainBundleUrl: string): AppPaths {
  const mainDir = path.dirname(fileURLToPath(mainBundleUrl));
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.join(mainDir, '..', 'renderer'),
    // app/resources/icons is packed into the asar (electron-builder.yml `files`).
    icon: path.join(mainDir, '..', '..', 'resources', 'icons', 'icon.png'),
  };
}

/**
 * userData is <appData>/Symbucket unless SYMBUCKET_USER_DATA says otherwise; Electron's own
 * default follows the package.json `name`, which differs between `npm run dev` and the app.
 */
export function setupUserDataPath(app: Pick<App, 'getPath' | 'setPath'>, override: string | undefined): string {
  const dir = override ?? path.join(app.getPath('appData'), USER_DATA_FOLDER);
  app.setPath('userData', dir);
  return dir;
}

// ---------- one instance, ready marker, quit ----------

/** False when another instance holds the lock: the caller quits (the running one focuses its window). */
export function acquireSingleInstanceLock(app: Pick<App, 'requestSingleInstanceLock'>): boolean {
  return app.requestSingleInstanceLock();
}

declare global {
  var __symbucketReady: boolean | undefined;
}

/** The e2e fixture polls this marker (STYLE §7); set only under SYMBUCKET_E2E=1. */
export function markAppReady(e2e: boolean): void {
  if (e2e) globalThis.__symbucketReady = true;
}

const CLOSE_TIMEOUT_MS = 3_000;

/**
 * Quitting: close the window, then the app core (cancel operations, stop the embedded demo
 * emulator) and the shared HTTP transport before Electron exits, bounded so a stuck close
 * never keeps the app alive.
 */
export function setupShutdown(app: Pick<App, 'on' | 'quit'>, getCore: () => { close(): Promise<void> } | undefined, closeTransport: () => Promise<void>): void {
  let closed = false;
  // One window, one app: closing it quits on every platform (the demo backend lives with it).
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    const core = getCore();
    if (closed || core === undefined) return;
    event.preventDefault();
    closed = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS));
    const close = Promise.allSettled([core.close(), closeTransport()]).then(() => undefined);
    void Promise.race([close, timeout]).finally(() => app.quit());
  });
}
