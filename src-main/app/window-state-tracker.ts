// Restores the main window's bounds and maximized flag and saves them as they change.
import { screen, type BrowserWindow } from 'electron';
import { fitToWorkAreas, loadWindowState, saveWindowState, type WindowState } from './window-state';

const SAVE_DELAY_MS = 500;

/** The remembered state, fitted to the displays connected now. */
export function restoreWindowState(file: string): WindowState {
  return fitToWorkAreas(
    loadWindowState(file),
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

export function trackWindowState(window: BrowserWindow, file: string): void {
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
      console.warn('[window-state] could not save:', error);
    }
  });
}
