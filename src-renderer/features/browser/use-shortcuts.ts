// F2 / Delete / Ctrl+L / Ctrl+A / Ctrl+C, X, V / Ctrl+G / Alt+Left, Right work wherever focus is (except in
// text fields and dialogs), and the same commands arrive from the app menu when main sends them:
// both go through one dispatcher that drops them while a dialog is open or a text field has focus
// (command-gate.ts). Mouse buttons 4/5 step the history too.
import { useCallback, useEffect } from 'react';
import { isMacPlatform } from '../../components/platform';
import { useMenuCommands } from '../../queries/main-events';
import { useUiStore } from '../../state/ui-store';
import { commandsAllowed } from './command-gate';
import { type RowView } from './row-view';
import { type ObjectActions } from './use-object-actions';

/** Alt+Left / Alt+Right everywhere; ⌘[ / ⌘] on macOS. */
function historyCommand(e: KeyboardEvent): 'goBack' | 'goForward' | null {
  if (e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowLeft') return 'goBack';
  if (e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowRight') return 'goForward';
  if (isMacPlatform() && e.metaKey && e.key === '[') return 'goBack';
  if (isMacPlatform() && e.metaKey && e.key === ']') return 'goForward';
  return null;
}

const hasTextSelection = (): boolean => (window.getSelection()?.toString() ?? '') !== '';

export function useBrowserShortcuts(view: RowView, actions: ObjectActions): void {
  const run = useCallback(
    (command: string) => {
      const store = useUiStore.getState();
      const focusRow = store.focusKey ? actions.rowByKey.get(store.focusKey) : undefined;
      const selectedAll = [...store.selectedKeys];
      const selected = selectedAll.filter((k) => actions.rowByKey.get(k)?.kind !== 'folder');
      switch (command) {
        case 'rename':
          if (focusRow) actions.rename(focusRow.key);
          return true;
        case 'f2':
          // F2: Retarget on a link (Rename… is in its menu), Rename on objects and folders.
          if (focusRow && actions.isLink(focusRow)) void actions.retarget(focusRow.key);
          else if (focusRow) actions.rename(focusRow.key);
          return true;
        case 'copy':
          actions.clip('copy', selectedAll);
          return true;
        case 'cut':
          actions.clip('cut', selectedAll);
          return true;
        case 'paste':
          void actions.paste();
          return true;
        case 'goBack':
          store.goBack();
          return true;
        case 'goForward':
          store.goForward();
          return true;
        case 'newFolder':
          actions.newFolder();
          return true;
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
          actions.remove(selectedAll);
          return true;
        case 'selectAll':
          store.selectAll(view.rows().map((r) => r.key));
          return true;
        case 'goUp':
          store.goUp();
          return true;
        case 'refresh':
          actions.refresh();
          return true;
        case 'properties':
          actions.properties(focusRow?.key);
          return true;
        case 'goToKey':
          store.openDialog({ kind: 'goToKey' });
          return true;
        default:
          return false;
      }
    },
    [view, actions],
  );

  /** The one way in for commands: true when one ran. */
  const dispatch = useCallback((command: string, focused: EventTarget | null) => commandsAllowed(useUiStore.getState(), focused) && run(command), [run]);

  useMenuCommands(useCallback((command: string) => void dispatch(command, document.activeElement), [dispatch]));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const history = historyCommand(e);
      if (history) {
        if (dispatch(history, e.target)) e.preventDefault();
        return;
      }
      // Properties: Alt+Enter; ⌘I on macOS.
      if ((e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'Enter') || (isMacPlatform() && e.metaKey && (e.key === 'i' || e.key === 'I'))) {
        if (dispatch('properties', e.target)) e.preventDefault();
        return;
      }
      if (e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      let command: string | null = null;
      if (e.key === 'F2') command = 'f2';
      else if (mod && !e.shiftKey && (e.key === 'c' || e.key === 'C') && !hasTextSelection()) command = 'copy';
      else if (mod && !e.shiftKey && (e.key === 'x' || e.key === 'X')) command = 'cut';
      else if (mod && !e.shiftKey && (e.key === 'v' || e.key === 'V')) command = 'paste';
      else if (e.key === 'Delete' || (e.key === 'Backspace' && e.metaKey)) command = 'delete';
      else if (mod && (e.key === 'l' || e.key === 'L')) command = 'createLink';
      // Also when the wheel or a click left focus on the page body, not in the grid.
      else if (mod && (e.key === 'a' || e.key === 'A')) command = 'selectAll';
      else if (e.key === 'F5' || (mod && e.key === 'r')) command = 'refresh';
      else if (mod && !e.shiftKey && (e.key === 'g' || e.key === 'G')) command = 'goToKey';
      if (command && dispatch(command, e.target)) e.preventDefault();
    };
    // Mouse buttons 4 and 5 (button 3 / 4): Back and Forward.
    const onMouse = (e: MouseEvent) => {
      if ((e.button === 3 || e.button === 4) && dispatch(e.button === 3 ? 'goBack' : 'goForward', document.activeElement)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, [dispatch]);
}
