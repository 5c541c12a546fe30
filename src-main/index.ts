// Electron main entry: main() wires app events; onReady() is a flat list of setupX() calls.
import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { createAppCore, type AppCore } from './app-core';
import { registerAppScheme, setupAppProtocol } from './app/app-protocol';
import { markAppReady } from './app/e2e-ready';
import { readMainEnv, type MainEnv } from './app/env-config';
import { setupPermissionDenial, setupWebContentsHardening } from './app/hardening';
import { setupAppMenu } from './app/menu';
import { appPaths } from './app/paths';
import { setupShutdown } from './app/shutdown';
import { acquireSingleInstanceLock, setupSecondInstanceFocus } from './app/single-instance';
import { isExternalWebUrl, rendererSource, type RendererSource } from './app/url-policy';
import { bindRouterToIpc } from './ipc/electron-ipc';
import { createSafeStorageCipher } from './profiles/safe-storage-cipher';
import { describeError } from './redaction/secret-scrubber';
import { createMainWindow, loadRenderer } from './window';

const paths = appPaths(import.meta.url);
let mainWindow: BrowserWindow | undefined;
let core: AppCore | undefined;

/** Only http(s) URLs the renderer asked for (a click) reach the OS browser. */
async function openExternal(url: string): Promise<void> {
  if (!isExternalWebUrl(url)) throw new Error('Refusing to open a non-web URL.');
  await shell.openExternal(url);
}

async function setupAppCore(env: MainEnv): Promise<AppCore> {
  core = await createAppCore({
    userDataDir: app.getPath('userData'),
    cipher: createSafeStorageCipher(),
    host: 'electron',
    locale: app.getLocale(),
    openExternal,
    ...(env.emulator && { emulator: env.emulator }),
  });
  return core;
}

function setupIpc(appCore: AppCore, renderer: RendererSource): void {
  bindRouterToIpc(appCore.router, ipcMain, { target: () => mainWindow?.webContents, devOrigins: renderer.devOrigins });
}

function setupMainWindow(): BrowserWindow {
  mainWindow = createMainWindow({ preload: paths.preload, icon: paths.icon, userDataDir: app.getPath('userData') });
  mainWindow.on('closed', () => (mainWindow = undefined));
  return mainWindow;
}

export async function onReady(env: MainEnv, renderer: RendererSource): Promise<void> {
  setupPermissionDenial(session.defaultSession, renderer.devOrigins);
  setupAppProtocol(paths.rendererDir);
  const appCore = await setupAppCore(env);
  setupIpc(appCore, renderer); // handlers exist before the renderer loads
  setupAppMenu(appCore.router);
  const window = setupMainWindow();
  setupSecondInstanceFocus(() => mainWindow);
  await loadRenderer(window, renderer.entryUrl);
  markAppReady(env.e2e);
}

function fail(error: unknown): void {
  console.error(`[main] Symbucket failed to start: ${describeError(error)}`); // never the whole error: see describeError
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Symbucket could not start', detail);
  app.exit(1);
}

export function main(): void {
  let env: MainEnv;
  try {
    env = readMainEnv(process.env);
  } catch (error) {
    fail(error);
    return;
  }
  // Before the lock: the lock is per userData directory (e2e runs get their own).
  if (env.userDataDir) app.setPath('userData', env.userDataDir);
  if (!acquireSingleInstanceLock()) {
    app.quit(); // the running instance focuses its window
    return;
  }
  // `electron-vite dev` serves the renderer from a loopback dev server; a packaged app never does.
  const renderer = rendererSource(app.isPackaged ? undefined : env.rendererDevUrl);
  app.enableSandbox();
  registerAppScheme();
  setupWebContentsHardening(renderer.devOrigins);
  setupShutdown(() => core);
  app.whenReady().then(() => onReady(env, renderer)).catch(fail);
}

main();
