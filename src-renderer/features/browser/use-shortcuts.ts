// F2 / Delete / Ctrl+L / Ctrl+A work wherever focus is (except in text fields and dialogs), and the
// same commands arrive from the app menu when main sends them.
import { useCallback, useEffect } from 'react';
import { useMenuCommands } from '../../queries/main-events';
import { useUiStore } from '../../state/ui-store';
import { type BrowserRow } from './rows';
import { type ObjectActions } from './use-object-actions';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

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

  useMenuCommands(run);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const state = useUiStore.getState();
      if (state.dialog || state.contextMenu || isEditable(e.target) || e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      let command: string | null = null;
      if (e.key === 'F2') command = 'retargetLink';
      else if (e.key === 'Delete' || (e.key === 'Backspace' && e.metaKey)) command = 'delete';
      else if (mod && (e.key === 'l' || e.key === 'L')) command = 'createLink';
      // Also when the wheel or a click left focus on the page body, not in the grid.
      else if (mod && (e.key === 'a' || e.key === 'A')) command = 'selectAll';
      else if (e.key === 'F5' || (mod && e.key === 'r')) command = 'refresh';
      if (command && run(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
