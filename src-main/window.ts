// The main BrowserWindow: sandboxed, context-isolated renderer from app://, bounds remembered.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './app/url-policy';
import { restoreWindowState, trackWindowState } from './app/window-state-tracker';
import { MIN_WINDOW_SIZE, WINDOW_STATE_FILE } from './app/window-state';

export interface MainWindowOptions {
  preload: string;
  /** Window icon (Linux/Windows); packaged builds get theirs from electron-builder instead. */
  icon: string;
  userDataDir: string;
}

export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }) as const;

/** Creates the window without loading it, so IPC handlers can be bound first. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.userDataDir, WINDOW_STATE_FILE);
  const state = restoreWindowState(stateFile);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Symbucket',
    ...(existsSync(options.icon) && { icon: options.icon }),
    // Matches the first paint of either theme, so there is no white flash in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences(options.preload),
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => window.show());
  return window;
}

/** app://symbucket/index.html, or the Vite dev server's page under `npm run dev`. */
export function loadRenderer(window: BrowserWindow, entryUrl: string = APP_ENTRY_URL): Promise<void> {
  return window.loadURL(entryUrl);
}
