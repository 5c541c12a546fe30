// Electron glue for transfers: native dialogs (dialog.showOpenDialog, parented to the window)
// and the OS shell (shell.openPath, shell.showItemInFolder).
import type { BrowserWindow, Dialog, OpenDialogOptions, Shell } from 'electron';
import type { Dialogs, OsShell } from '../transfers/host-seams';

export function electronDialogs(dialog: Pick<Dialog, 'showOpenDialog'>, window: () => BrowserWindow | undefined): Dialogs {
  const ask = async (options: OpenDialogOptions): Promise<string[]> => {
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
  return {
    openFiles: () => ask({ properties: ['openFile', 'multiSelections'] }),
    openDirectory: async () => (await ask({ properties: ['openDirectory'] }))[0],
    saveDirectory: async () => (await ask({ properties: ['openDirectory', 'createDirectory'] }))[0],
  };
}

export function electronShell(shell: Pick<Shell, 'openPath' | 'showItemInFolder'>): OsShell {
  return {
    async openPath(path) {
      // shell.openPath resolves with an error message ('' on success) instead of rejecting.
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
  };
}
