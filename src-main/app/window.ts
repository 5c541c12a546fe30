// The main BrowserWindow: sandboxed, context-isolated renderer from app://, shown only once it
// has painted (maximized or not), with its icon, bounds remembered in userData. The state file
// helpers above setupMainWindow() are plain Node (fs only) and tested on their own.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, nativeTheme, screen, type App } from 'electron';
import { z } from 'zod';
import { APP_ENTRY_URL } from './security';
import { logSafe } from '../redaction/log-line';
import { describeError } from '../redaction/secret-scrubber';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const StoredWindowState = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof StoredWindowState>;

export const MIN_WINDOW_SIZE = { width: 800, height: 500 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';
const SAVE_DELAY_MS = 500;

/** The saved state, or the default when the file is missing or not ours. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = StoredWindowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Atomic (temp file + rename), so a crash mid-write leaves the previous state. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Makes a remembered state fit the displays there are now: size clamped to the largest work
 * area, and the position dropped (so the window is centred) when too little of it would be
 * visible, e.g. after a monitor was unplugged.
 */
export function fitToWorkAreas(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(state.bounds.width, maxWidth), Math.min(MIN_WINDOW_SIZE.width, maxWidth));
  const height = Math.max(Math.min(state.bounds.height, maxHeight), Math.min(MIN_WINDOW_SIZE.height, maxHeight));
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) return { maximized: state.maximized, bounds: { width, height } };
  const rect = { x, y, width, height };
  const visible = Math.max(...workAreas.map((area) => overlapArea(rect, area)));
  // At least a third of the window (and so part of its title bar region) must be on screen.
  if (visible < (width * height) / 3) return { maximized: state.maximized, bounds: { width, height } };
  return { maximized: state.maximized, bounds: rect };
}

/** The remembered state, fitted to the displays connected now. */
export function restoreWindowState(file: string): WindowState {
  return fitToWorkAreas(
    loadWindowState(file),
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'isDestroyed' | 'getNormalBounds' | 'isMaximized'>;

export function trackWindowState(window: TrackedWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    // Normal bounds, so un-maximizing after a restart returns to the size the user chose.
    saveWindowState(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    try {
      save();
    } catch (error) {
      console.warn(logSafe(`[window-state] could not save: ${describeError(error)}`)); // one line, never the whole error
    }
  });
}

export interface MainWindowOptions {
  preload: string;
  /** Window icon (Linux/Windows taskbar and title bar); shipped inside app/ (electron-builder.yml `files`). */
  icon: string;
  userDataDir: string;
}

/** Creates the window without loading it, so IPC handlers can be bound first. */
export function setupMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.userDataDir, WINDOW_STATE_FILE);
  const state = restoreWindowState(stateFile);
  // webPreferences stay a literal here so that reviewers and electronegativity can read them.
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Symbucket',
    ...(existsSync(options.icon) && { icon: options.icon }),
    // Matches the first paint of either theme, so there is no white flash in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      // Our own preload: window.api of named functions over contextBridge (accepted finding, SECURITY.md).
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => {
    // maximize() also shows a hidden window, so it waits for the first paint too.
    if (state.maximized) window.maximize();
    window.show();
  });
  return window;
}

/** app://symbucket/index.html, or the Vite dev server's page under `npm run dev`. */
export function loadRenderer(window: Pick<BrowserWindow, 'loadURL'>, entryUrl: string = APP_ENTRY_URL): Promise<void> {
  return window.loadURL(entryUrl);
}

/** A second launch focuses the existing window (the second process quits). */
export function setupSecondInstanceFocus(app: Pick<App, 'on'>, getWindow: () => BrowserWindow | undefined): void {
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === undefined || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
}
