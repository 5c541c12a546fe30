// The Electron host: the real app (app/dist main, preload, renderer) under Playwright's
// Electron driver. Used when `npm ci` could download the Electron binary.
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { join } from 'node:path';
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

/**
 * Records IPC in main: wraps the invoke handlers registered on ipcMain and on each window's
 * own `webContents.ipc` (Electron keeps them in `_invokeHandlers`) and `webContents.send`.
 * No named inner functions: tsx would wrap them in a `__name` helper main does not have.
 */
async function tapIpc(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ ipcMain, BrowserWindow }) => {
    type InvokeEvent = { _reply?: (value: unknown) => void };
    type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown;
    const g = globalThis as { __symbucketIpcLog?: unknown[] };
    const log = (g.__symbucketIpcLog ??= []);
    const windows = BrowserWindow.getAllWindows();
    const targets = [ipcMain, ...windows.map((win) => (win.webContents as unknown as { ipc?: unknown }).ipc)];
    for (const target of targets) {
      const handlers = (target as { _invokeHandlers?: Map<string, Handler> } | undefined)?._invokeHandlers;
      for (const [channel, handler] of handlers ?? []) {
        handlers?.set(channel, (event, ...args) => {
          log.push({ direction: 'request', channel, payload: args });
          const reply = event._reply;
          if (reply) {
            event._reply = (value) => {
              log.push({ direction: 'response', channel, payload: value });
              reply.call(event, value);
            };
          }
          return handler(event, ...args);
        });
      }
    }
    for (const win of windows) {
      const send = win.webContents.send.bind(win.webContents);
      win.webContents.send = (channel: string, ...args: unknown[]) => {
        log.push({ direction: 'event', channel, payload: args });
        send(channel, ...args);
      };
    }
  });
}

export async function launchElectronHost(rootDir: string, executablePath: string, options: LaunchOptions): Promise<AppHandle> {
  const cleanups: Cleanup[] = [];
  try {
    const userDataDir = await userDataDirOrTemp(options.userDataDir, cleanups);
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      SYMBUCKET_E2E: '1',
      SYMBUCKET_USER_DATA: userDataDir,
    };
    if (options.emulator) env.SYMBUCKET_EMULATOR = JSON.stringify(options.emulator);
    const app = await electron.launch({
      executablePath,
      args: [join(rootDir, 'app'), ...(options.locale ? [`--lang=${options.locale}`] : [])],
      cwd: rootDir,
      env,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.theme ? { colorScheme: options.theme } : {}),
    });
    cleanups.push(() =>
      Promise.race([app.close(), new Promise((done) => setTimeout(done, CLOSE_TIMEOUT_MS))]).finally(() => app.process().kill('SIGTERM')),
    );
    await waitForMainReady(app);
    const page = await app.firstWindow();
    if (options.recordIpc) await tapIpc(app);
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
