// Who may call the IPC channels: only the main frame of our own window, showing our own
// app:// page. Pure data in, verdict out, so every guard has a unit test; electron-ipc.ts
// extracts the facts from the IpcMainInvokeEvent.
import { isOwnPage } from './url-policy';

export interface SenderFacts {
  /** webContents.id of the sender. */
  webContentsId: number;
  /** URL of event.senderFrame (undefined when the frame is gone). */
  frameUrl: string | undefined;
  /** The sender frame is the top frame of its webContents. */
  isMainFrame: boolean;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

export function checkSender(facts: SenderFacts, trustedWebContentsIds: ReadonlySet<number>, devOrigins: readonly string[] = []): SenderVerdict {
  if (!trustedWebContentsIds.has(facts.webContentsId)) return { ok: false, reason: 'sender is not one of our windows' };
  if (!facts.isMainFrame) return { ok: false, reason: 'sender is a sub-frame' };
  if (facts.frameUrl === undefined || !isOwnPage(facts.frameUrl, devOrigins)) {
    return { ok: false, reason: `sender frame is not our app origin (${facts.frameUrl?.slice(0, 100) ?? 'no frame'})` };
  }
  return { ok: true };
}
