// Binds the router to ipcMain: one handler per contract channel, each refusing any sender but
// the main frame of our own window showing our app:// page, and forwards router events to it.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { checkSender, type SenderFacts } from '../app/security';
import { eventChannel } from './channels';
import { channelNames, type Result } from './contract';
import type { Router } from './router';
import { logSafe } from '../redaction/log-line';

export function senderFacts(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from the Symbucket window.' },
};

export interface IpcBinding {
  /** The webContents of our window, or undefined while there is none. */
  target(): Pick<WebContents, 'id' | 'send' | 'isDestroyed'> | undefined;
  /** The Vite dev server's origin under `npm run dev`; empty in a real run. */
  devOrigins?: readonly string[];
  log?: (message: string) => void;
}

/** Returns a function that removes every handler and the event forwarding. */
export function bindRouterToIpc(router: Router, ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, binding: IpcBinding): () => void {
  const log = binding.log ?? ((message: string) => console.warn(message));
  for (const channel of channelNames) {
    // ipcMain throws on a second handler for a channel: a re-bind replaces the earlier one.
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event, input: unknown, call: unknown) => {
      const target = binding.target();
      const trusted = new Set(target && !target.isDestroyed() ? [target.id] : []);
      const verdict = checkSender(senderFacts(event), trusted, binding.devOrigins);
      if (!verdict.ok) {
        log(logSafe(`[ipc] refused ${channel}: ${verdict.reason}`));
        return forbidden;
      }
      return router.invoke(channel, input, call);
    });
  }
  const unsubscribe = router.subscribe((event, payload) => {
    const target = binding.target();
    if (target && !target.isDestroyed()) target.send(eventChannel(event), payload);
  });
  return () => {
    unsubscribe();
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}
