// Electron main entry: main() wires app events; onReady() is a flat list of setupX() calls.
// The shell's rules live in app/: security (URLs, permissions, senders, CSP), protocol
// (app://), window, menu, lifecycle (env, paths, instance lock, quit).
import { app, clipboard, dialog, ipcMain, Menu, net, protocol, session, shell, type BrowserWindow } from 'electron';
import { createAppCore, type AppCore } from './app-core';
import { acquireSingleInstanceLock, appPaths, markAppReady, readMainEnv, setupShutdown, setupUserDataPath, type MainEnv } from './app/lifecycle';
import { setupAppMenu } from './app/menu';
import { registerAppScheme, setupAppProtocol } from './app/protocol';
import { openInBrowser, rendererSource, setupPermissionDenial, setupWebContentsHardening, type RendererSource } from './app/security';
import { loadRenderer, setupMainWindow, setupSecondInstanceFocus } from './app/window';
import { electronDialogs, electronShell } from './app/transfer-seams';
import { bindRouterToIpc } from './ipc/electron-ipc';
import { createSafeStorageCipher } from './profiles/safe-storage-cipher';
import { createFetchTransport } from './storage/fetch-transport';
import { describeError } from './redaction/secret-scrubber';
import { closeSharedTransport } from './storage/create-client';
import { logSafe } from './redaction/log-line';

const paths = appPaths(import.meta.url);
let mainWindow: BrowserWindow | undefined;
let core: AppCore | undefined;

async function setupAppCore(env: MainEnv): Promise<AppCore> {
  core = await createAppCore({
    userDataDir: app.getPath('userData'),
    cipher: createSafeStorageCipher(),
    host: 'electron',
    locale: app.getLocale(),
    openExternal: (url) => openInBrowser(shell, url),
    // Chromium's stack: system proxy and PAC, the OS certificate store, its own TLS errors.
    transport: createFetchTransport((url, init) => net.fetch(url, init)),
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    dialogs: electronDialogs(dialog, () => mainWindow),
    shell: electronShell(shell),
    ...(env.emulator && { emulator: env.emulator }),
  });
  return core;
}

function setupIpc(appCore: AppCore, renderer: RendererSource): void {
  bindRouterToIpc(appCore.router, ipcMain, { target: () => mainWindow?.webContents, devOrigins: renderer.devOrigins });
}

function setupMenu(appCore: AppCore): void {
  setupAppMenu(Menu, {
    appName: app.name,
    isMac: process.platform === 'darwin',
    locale: app.getLocale(),
    devTools: !app.isPackaged,
    sendCommand: (command) => appCore.router.emit('menu.command', { command }),
  });
}

function setupWindow(): BrowserWindow {
  mainWindow = setupMainWindow({ preload: paths.preload, icon: paths.icon, userDataDir: app.getPath('userData') });
  mainWindow.on('closed', () => (mainWindow = undefined));
  return mainWindow;
}

export async function onReady(env: MainEnv, renderer: RendererSource): Promise<void> {
  setupPermissionDenial(session.defaultSession, renderer.devOrigins);
  setupAppProtocol(protocol, paths.rendererDir);
  const appCore = await setupAppCore(env);
  setupIpc(appCore, renderer); // handlers exist before the renderer loads
  setupMenu(appCore);
  const window = setupWindow();
  setupSecondInstanceFocus(app, () => mainWindow);
  await loadRenderer(window, renderer.entryUrl);
  markAppReady(env.e2e);
}

function fail(error: unknown): void {
  console.error(logSafe(`[main] Symbucket failed to start: ${describeError(error)}`)); // never the whole error: see describeError
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
  setupUserDataPath(app, env.userDataDir);
  if (!acquireSingleInstanceLock(app)) {
    app.quit(); // the running instance focuses its window
    return;
  }
  // `electron-vite dev` serves the renderer from a loopback dev server; a packaged app never does.
  const renderer = rendererSource(app.isPackaged ? undefined : env.rendererDevUrl);
  app.enableSandbox();
  registerAppScheme(protocol);
  setupWebContentsHardening(app, renderer.devOrigins);
  setupShutdown(app, () => core, closeSharedTransport);
  app.whenReady().then(() => onReady(env, renderer)).catch(fail);
}

main();
