import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToWorkAreas, loadWindowState, saveWindowState, type WindowState } from './window-state';

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
