// What the next native dialogs return, set by a spec through `answerDialogs`. Each answer is
// used once; a dialog without an answer behaves as if the user cancelled it.
export interface DialogAnswers {
  openFiles?: string[];
  openDirectory?: string;
  saveDirectory?: string;
}

export interface ScriptedDialogs {
  answer(next: DialogAnswers): void;
  openFiles(): Promise<string[]>;
  openDirectory(): Promise<string | undefined>;
  saveDirectory(): Promise<string | undefined>;
}

export function createScriptedDialogs(): ScriptedDialogs {
  let next: DialogAnswers = {};
  const take = <K extends keyof DialogAnswers>(key: K): DialogAnswers[K] => {
    const value = next[key];
    delete next[key];
    return value;
  };
  return {
    answer(answers) {
      next = { ...next, ...answers };
    },
    openFiles: async () => take('openFiles') ?? [],
    openDirectory: async () => take('openDirectory'),
    saveDirectory: async () => take('saveDirectory'),
  };
}
