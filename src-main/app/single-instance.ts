// One Symbucket at a time: a second launch focuses the existing window and exits.
import { app, type BrowserWindow } from 'electron';

/** False when another instance holds the lock: the caller quits. */
export function acquireSingleInstanceLock(): boolean {
  return app.requestSingleInstanceLock();
}

export function setupSecondInstanceFocus(getWindow: () => BrowserWindow | undefined): void {
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === undefined || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
}
