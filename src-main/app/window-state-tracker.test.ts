import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWindowState, saveWindowState } from './window-state';
import { restoreWindowState, trackWindowState } from './window-state-tracker';

vi.mock('electron', () => ({ screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] } }));

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
