// F2 / Delete / Ctrl+L / Ctrl+A work wherever focus is (except in text fields and dialogs), and the
// same commands arrive from the app menu when main sends them: both go through one dispatcher
// that drops them while a dialog is open or a text field has focus (command-gate.ts).
import { useCallback, useEffect } from 'react';
import { useMenuCommands } from '../../queries/main-events';
import { useUiStore } from '../../state/ui-store';
import { commandsAllowed } from './command-gate';
import { type BrowserRow } from './rows';
import { type ObjectActions } from './use-object-actions';

export function useBrowserShortcuts(rows: readonly BrowserRow[], actions: ObjectActions): void {
  const run = useCallback(
    (command: string) => {
      const store = useUiStore.getState();
      const focusRow = store.focusKey ? actions.rowByKey.get(store.focusKey) : undefined;
      const selected = [...store.selectedKeys].filter((k) => actions.rowByKey.get(k)?.kind !== 'folder');
      switch (command) {
        case 'createLink':
          actions.createLink(focusRow?.key ?? selected[0]);
          return true;
        case 'retargetLink':
          if (focusRow && actions.isLink(focusRow)) void actions.retarget(focusRow.key);
          return true;
        case 'followLink':
          if (focusRow && actions.isLink(focusRow)) void actions.follow(focusRow.key);
          return true;
        case 'delete':
          actions.remove(selected);
          return true;
        case 'selectAll':
          store.selectAll(rows.map((r) => r.key));
          return true;
        case 'goUp':
          store.goUp();
          return true;
        case 'refresh':
          actions.refresh();
          return true;
        default:
          return false;
      }
    },
    [rows, actions],
  );

  /** The one way in for commands: true when one ran. */
  const dispatch = useCallback((command: string, focused: EventTarget | null) => commandsAllowed(useUiStore.getState(), focused) && run(command), [run]);

  useMenuCommands(useCallback((command: string) => void dispatch(command, document.activeElement), [dispatch]));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      let command: string | null = null;
      if (e.key === 'F2') command = 'retargetLink';
      else if (e.key === 'Delete' || (e.key === 'Backspace' && e.metaKey)) command = 'delete';
      else if (mod && (e.key === 'l' || e.key === 'L')) command = 'createLink';
      // Also when the wheel or a click left focus on the page body, not in the grid.
      else if (mod && (e.key === 'a' || e.key === 'A')) command = 'selectAll';
      else if (e.key === 'F5' || (mod && e.key === 'r')) command = 'refresh';
      if (command && dispatch(command, e.target)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
