// The Electron host: the real app (app/dist main, preload, renderer) under Playwright's
// Electron driver. Used when `npm ci` could download the Electron binary.
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForAppReady } from './ready';
import { runCleanups, userDataDirOrTemp, type Cleanup } from './resources';
import { DEFAULT_VIEWPORT, type AppHandle, type IpcRecord, type LaunchOptions } from './types';

const READY_POLL_MS = [100, 250, 500, 1000];
const READY_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 10_000;

/** Main sets `globalThis.__symbucketReady` (under SYMBUCKET_E2E=1) once its handlers exist. */
async function waitForMainReady(app: ElectronApplication): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const ready = await app
      .evaluate(() => (globalThis as { __symbucketReady?: boolean }).__symbucketReady === true)
      .catch(() => false); // "Execution context was destroyed" while main starts
    if (ready) return;
    await new Promise((done) => setTimeout(done, READY_POLL_MS[Math.min(attempt, READY_POLL_MS.length - 1)]));
  }
  throw new Error('The Electron main process did not report ready within 30 s.');
}

/** Preloaded into main when IPC is recorded (see the file). */
const IPC_TAP = fileURLToPath(new URL('./electron-ipc-tap.cjs', import.meta.url));

export async function launchElectronHost(rootDir: string, options: LaunchOptions): Promise<AppHandle> {
  if (!existsSync(join(rootDir, 'app', 'dist', 'main', 'index.js'))) {
    throw new Error(`No built app in ${join(rootDir, 'app', 'dist')}: run \`npm run build\` first.`);
  }
  const cleanups: Cleanup[] = [];
  try {
    const userDataDir = await userDataDirOrTemp(options.userDataDir, cleanups);
    const { ELECTRON_RUN_AS_NODE: _runAsNode, ...inherited } = process.env as Record<string, string>;
    const env: Record<string, string> = { ...inherited, SYMBUCKET_E2E: '1', SYMBUCKET_USER_DATA: userDataDir };
    if (options.emulator) env.SYMBUCKET_EMULATOR = JSON.stringify(options.emulator);
    // No executablePath: Playwright then finds node_modules/electron itself and preloads its
    // loader (the same switches as its own Chromium launches).
    const app = await electron.launch({
      args: [...(options.recordIpc ? ['-r', IPC_TAP] : []), join(rootDir, 'app'), ...(options.locale ? [`--lang=${options.locale}`] : [])],
      cwd: rootDir,
      env,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.theme ? { colorScheme: options.theme } : {}),
    });
    cleanups.push(() =>
      Promise.race([app.close(), new Promise((done) => setTimeout(done, CLOSE_TIMEOUT_MS))]).finally(() => app.process().kill('SIGTERM')),
    );
    await waitForMainReady(app);
    // Open records instead of launching the OS default app (as the browser host does).
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { __symbucketOpenedPaths?: string[] }).__symbucketOpenedPaths = opened;
      shell.openPath = async (path: string) => {
        opened.push(path);
        return '';
      };
    });
    const page = await app.firstWindow();
    const viewport = options.viewport ?? DEFAULT_VIEWPORT;
    await app.evaluate(({ BrowserWindow }, size) => BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height), viewport);
    if (options.theme) await page.emulateMedia({ colorScheme: options.theme });
    await waitForAppReady(page);
    const closed = new Promise<void>((done) => app.once('close', () => done()));
    let closing: Promise<void> | undefined;
    return {
      page,
      host: 'electron',
      closed,
      mainLog: () => [],
      clipboardText: () => app.evaluate(({ clipboard }) => clipboard.readText()),
      // Main's dialog module, patched in place: the next dialogs return these answers once.
      answerDialogs: (answers) =>
        app.evaluate(({ dialog }, next) => {
          const queue = { ...next } as Record<string, unknown>;
          const answer = (options: { properties?: string[] }) => {
            const props = options.properties ?? [];
            const key = props.includes('openFile') ? 'openFiles' : props.includes('createDirectory') ? 'saveDirectory' : 'openDirectory';
            const value = queue[key];
            delete queue[key];
            const filePaths = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
            return Promise.resolve({ canceled: filePaths.length === 0, filePaths });
          };
          dialog.showOpenDialog = ((a: unknown, b?: unknown) => answer((b ?? a) as { properties?: string[] })) as typeof dialog.showOpenDialog;
        }, answers),
      openedPaths: () => app.evaluate(() => [...((globalThis as { __symbucketOpenedPaths?: string[] }).__symbucketOpenedPaths ?? [])]),
      dropFiles: () => Promise.reject(new Error('dropFiles needs the browser host: a synthetic File has no path in Electron.')),
      // Main's IPC is out of reach here: a fixed pause stands in for "settled".
      ipcSettled: (quietMs = 300) => page.waitForTimeout(quietMs * 3),
      ipcRecords: async () =>
        options.recordIpc ? app.evaluate(() => [...((globalThis as { __symbucketIpcLog?: IpcRecord[] }).__symbucketIpcLog ?? [])]) : [],
      close: () => (closing ??= runCleanups(cleanups)),
    };
  } catch (error) {
    await runCleanups(cleanups).catch(() => undefined);
    throw error;
  }
}
