import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, type FakeBrowserWindow } from '../testing/electron-fake';
import { DEFAULT_WINDOW_STATE, fitToWorkAreas, loadWindowState, restoreWindowState, saveWindowState, setupMainWindow, trackWindowState, type WindowState } from './window';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'window-state-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'window-state.json');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadWindowState / saveWindowState', () => {
  it('round-trips bounds and the maximized flag', () => {
    const file = tempFile();
    const state: WindowState = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('falls back to the default for a missing, corrupt or foreign file', () => {
    const file = tempFile();
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, DEFAULT_WINDOW_STATE);
    writeFileSync(file, '{not json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, JSON.stringify({ bounds: { width: -5, height: 'x' }, maximized: 'yes' }));
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToWorkAreas', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };

  it('keeps a window that is on screen', () => {
    const state: WindowState = { bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(fitToWorkAreas(state, [screen])).toEqual(state);
  });

  it('drops the position of a window left on an unplugged monitor', () => {
    const state: WindowState = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(fitToWorkAreas(state, [screen])).toEqual({ bounds: { width: 1200, height: 800 }, maximized: true });
  });

  it('keeps a window on a second monitor that is still there', () => {
    const second = { x: 1920, y: 0, width: 2560, height: 1440 };
    const state: WindowState = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(fitToWorkAreas(state, [screen, second])).toEqual(state);
  });

  it('shrinks a window larger than any display and grows one below the minimum', () => {
    const big = fitToWorkAreas({ bounds: { width: 5000, height: 3000 }, maximized: false }, [screen]);
    expect(big.bounds).toEqual({ width: 1920, height: 1080 });
    const tiny = fitToWorkAreas({ bounds: { width: 100, height: 50 }, maximized: false }, [screen]);
    expect(tiny.bounds).toEqual({ width: 800, height: 500 });
  });
});


function fakeWindow() {
  const listeners = new Map<string, Array<() => void>>();
  const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false };
  const window = {
    state,
    on: (event: string, listener: () => void) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    emit: (event: string) => listeners.get(event)?.forEach((l) => l()),
    isDestroyed: () => false,
    getNormalBounds: () => state.bounds,
    isMaximized: () => state.maximized,
  };
  return window;
}

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-'));
  file = path.join(dir, 'window-state.json');
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('trackWindowState', () => {
  it('saves the normal bounds and maximized flag shortly after a resize, once', () => {
    const window = fakeWindow();
    trackWindowState(window as unknown as BrowserWindow, file);
    window.state.bounds = { x: 50, y: 60, width: 1100, height: 750 };
    window.emit('resize');
    window.emit('move');
    expect(loadWindowState(file).bounds.width).not.toBe(1100); // debounced: not written yet
    vi.advanceTimersByTime(600);
    expect(loadWindowState(file)).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 750 }, maximized: false });
  });

  it('saves at once when the window closes, maximized included', () => {
    const window = fakeWindow();
    trackWindowState(window as unknown as BrowserWindow, file);
    window.state.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(loadWindowState(file)).toEqual({ bounds: window.state.bounds, maximized: true });
  });
});

describe('restoreWindowState', () => {
  it('returns the saved state fitted to the connected displays', () => {
    saveWindowState(file, { bounds: { x: 5000, y: 5000, width: 1000, height: 700 }, maximized: true });
    expect(restoreWindowState(file)).toEqual({ bounds: { width: 1000, height: 700 }, maximized: true });
  });
});

describe('setupMainWindow on the Electron fake', () => {
  let userDataDir = '';
  beforeEach(() => {
    userDataDir = mkdtempSync(path.join(tmpdir(), 'main-window-'));
  });
  afterEach(() => rmSync(userDataDir, { recursive: true, force: true }));
  const open = (icon = '/nonexistent/icon.png') => setupMainWindow({ preload: '/p/preload.cjs', icon, userDataDir }) as unknown as FakeBrowserWindow;

  it('keeps a maximized window hidden until ready-to-show, then maximizes and shows it', () => {
    saveWindowState(path.join(userDataDir, 'window-state.json'), { bounds: { width: 1000, height: 700 }, maximized: true });
    const window = open();
    expect(window.fake.options.show).toBe(false);
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.fake.calls).toEqual(['maximize', 'show']);
    expect(window.isVisible()).toBe(true);
  });

  it('shows a normal window on ready-to-show without maximizing it', () => {
    const window = open();
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.fake.calls).toEqual(['show']);
  });

  it('hardens webPreferences and sets the icon when the file exists', () => {
    const icon = path.join(userDataDir, 'icon.png');
    writeFileSync(icon, 'png');
    const window = open(icon);
    expect(window.fake.options.icon).toBe(icon);
    expect(window.fake.options.webPreferences).toMatchObject({ preload: '/p/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(electronFake.windows).toContain(window);
  });
});
