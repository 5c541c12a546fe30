// Quitting: close the window, then the app core (cancel operations, stop the embedded demo
// emulator) before Electron exits, bounded so a stuck close never keeps the app alive.
import { app } from 'electron';
import { closeSharedTransport } from '../storage/create-client';

const CLOSE_TIMEOUT_MS = 3_000;

export function setupShutdown(getCore: () => { close(): Promise<void> } | undefined): void {
  let closed = false;
  // One window, one app: closing it quits on every platform (the demo backend lives with it).
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    const core = getCore();
    if (closed || core === undefined) return;
    event.preventDefault();
    closed = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS));
    const close = Promise.allSettled([core.close(), closeSharedTransport()]).then(() => undefined);
    void Promise.race([close, timeout]).finally(() => app.quit());
  });
}
