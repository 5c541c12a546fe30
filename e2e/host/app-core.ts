// The browser host's main process: the real composition root (router, storage, links,
// profiles) with an in-memory vault instead of safeStorage, in this Node process.
//
// The main-process modules are loaded through tsx, the way `npm start` and the scripts run
// them on plain Node: Playwright's own TypeScript loader rejects what main legitimately
// uses (a JSON import without an import attribute, for one).
import { tsImport } from 'tsx/esm/api';
import type * as AppCoreModule from '../../src-main/app-core';
import type * as MemoryCipherModule from '../../src-main/profiles/memory-cipher';
import type { BridgeRouter } from './api-bridge';
import { createScriptedDialogs, type DialogAnswers } from './dialog-answers';
import type { EmulatorEndpoints } from './types';

export interface RunningCore {
  router: BridgeRouter;
  /** URLs the renderer asked the OS to open (the browser host never opens them). */
  openedExternally: string[];
  /** Texts the app wrote to the clipboard through main, oldest first (the browser host has no OS clipboard). */
  clipboard: string[];
  /** Failures main logged while handling requests (kept, not printed: specs attach them on failure). */
  mainLog: string[];
  /** Sets what the next native dialogs return. */
  answerDialogs(answers: DialogAnswers): void;
  /** Files main asked the OS to open (shell.openPath), in order. */
  openedPaths: string[];
  /** Files main asked the OS to show in their folder. */
  revealedPaths: string[];
  close(): Promise<void>;
}

type MainModules = { createAppCore: typeof AppCoreModule.createAppCore; createMemoryCipher: typeof MemoryCipherModule.createMemoryCipher };

/** Loaded once per process: each tsImport() call would evaluate the whole module graph again. */
let mainModules: Promise<MainModules> | undefined;

function loadMain(): Promise<MainModules> {
  return (mainModules ??= Promise.all([
    tsImport('../../src-main/app-core.ts', import.meta.url) as Promise<typeof AppCoreModule>,
    tsImport('../../src-main/profiles/memory-cipher.ts', import.meta.url) as Promise<typeof MemoryCipherModule>,
  ])
    .then(([core, cipher]) => ({ createAppCore: core.createAppCore, createMemoryCipher: cipher.createMemoryCipher }))
    .catch((error: unknown) => {
      mainModules = undefined; // let the next launch try again
      throw error;
    }));
}

export async function startAppCore(options: { userDataDir: string; emulator?: EmulatorEndpoints; locale?: string }): Promise<RunningCore> {
  const { createAppCore, createMemoryCipher } = await loadMain();
  const openedExternally: string[] = [];
  const mainLog: string[] = [];
  const clipboard: string[] = [];
  const openedPaths: string[] = [];
  const revealedPaths: string[] = [];
  const dialogs = createScriptedDialogs();
  const core = await createAppCore({
    dialogs,
    shell: {
      openPath: async (path: string) => {
        openedPaths.push(path);
      },
      showItemInFolder: (path: string) => {
        revealedPaths.push(path);
      },
    },
    userDataDir: options.userDataDir,
    cipher: createMemoryCipher(),
    host: 'browser',
    ...(options.emulator ? { emulator: options.emulator } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    openExternal: async (url: string) => {
      openedExternally.push(url);
    },
    clipboard: { writeText: (text: string) => void clipboard.push(text) },
    logError: (channel, error) => {
      mainLog.push(`${channel}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    },
  });
  return {
    router: {
      invoke: (channel, input, call) => core.router.invoke(channel, input, call),
      subscribe: (listener) => core.router.subscribe((event, payload) => listener(String(event), payload)),
    },
    openedExternally,
    clipboard,
    mainLog,
    answerDialogs: (answers) => dialogs.answer(answers),
    openedPaths,
    revealedPaths,
    close: () => core.close(),
  };
}
