// What transfers need from the desktop and cannot do in plain Node: native dialogs and the
// OS shell. Electron passes dialog/shell-backed versions; the e2e browser host answers from the test.
export interface Dialogs {
  /** Files to upload; [] when the user cancels. */
  openFiles(): Promise<string[]>;
  /** A folder to upload; undefined when the user cancels. */
  openDirectory(): Promise<string | undefined>;
  /** The directory downloads go to; undefined when the user cancels. */
  saveDirectory(): Promise<string | undefined>;
}

export interface OsShell {
  /** Opens a file with the OS default app (shell.openPath). */
  openPath(path: string): Promise<void>;
  /** Shows a file in the OS file manager (shell.showItemInFolder). */
  showItemInFolder(path: string): void;
}

/** Without a desktop every dialog is "cancelled" and the shell refuses. */
export const NO_DIALOGS: Dialogs = { openFiles: async () => [], openDirectory: async () => undefined, saveDirectory: async () => undefined };
