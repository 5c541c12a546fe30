// Shapes shared by both e2e hosts (Electron and browser) and their callers.
import type { Browser, Locator, Page } from 'playwright-core';

/** Where an emulator listens and the one key pair it accepts (the JSON line `npm run emulator` prints). */
export interface EmulatorEndpoints {
  oss: string;
  bos: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export type HostKind = 'electron' | 'browser';

/** One message crossing the renderer <-> main boundary, as seen by the host. */
export interface IpcRecord {
  direction: 'request' | 'response' | 'event';
  /** The channel for requests and responses, the event name for events. */
  channel: string;
  payload: unknown;
  /** When the host saw it: ms since the epoch (performance.timeOrigin + performance.now(), comparable with the page's); browser host only. */
  at?: number;
}

export interface LaunchOptions {
  /** Where profiles and the vault live; a temp dir (removed on close) when absent. */
  userDataDir?: string;
  /** Point the `local-demo` profile at this emulator instead of the seeded one the app starts itself. */
  emulator?: EmulatorEndpoints;
  theme?: 'light' | 'dark';
  /** BCP 47 tag, e.g. `zh-CN`. */
  locale?: string;
  /** `auto` (default): Electron when its binary is installed, else the browser host. */
  host?: 'auto' | HostKind;
  /** Show a window (needs DISPLAY); headless by default. */
  headed?: boolean;
  viewport?: { width: number; height: number };
  /** Keep every IPC payload crossing the bridge, for `ipcRecords()`. */
  recordIpc?: boolean;
  /**
   * Browser host only: open the app in a new context of this already running Chromium
   * (close() then closes that context, not the browser). Saves seconds per spec.
   */
  browser?: Browser;
}

export interface AppHandle {
  page: Page;
  host: HostKind;
  /** The IPC messages seen so far (empty unless launched with `recordIpc`). */
  ipcRecords(): Promise<IpcRecord[]>;
  /** What main logged about failed requests (browser host; the Electron host's main logs to its stdout). */
  mainLog(): string[];
  /** What the app last wrote to the clipboard through main (browser host: recorded; Electron: the real clipboard). */
  clipboardText(): Promise<string | undefined>;
  /** Resolves once the renderer has had no request in flight for `quietMs` (default 300). */
  ipcSettled(quietMs?: number): Promise<void>;
  /** Sets what the next native dialogs return (each answer once; unanswered = cancelled). */
  answerDialogs(answers: { openFiles?: string[]; openDirectory?: string; saveDirectory?: string }): Promise<void>;
  /** Paths main asked the OS to open with the default app (shell.openPath). */
  openedPaths(): Promise<string[]>;
  /** Drops local files/folders from "the OS" onto `target`, as a file manager would. */
  dropFiles(target: Locator, paths: string[]): Promise<void>;
  /** Resolves when the user closes the window (headed preview). */
  closed: Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;
