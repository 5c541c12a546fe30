// Keyboard for the object grid: arrows/Home/End/PageUp/PageDown move, Shift extends,
// Enter opens or follows, Backspace goes up, Ctrl/Cmd+A selects all, Esc clears.
import { type KeyboardEvent, useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';
import { type BrowserRow } from './rows';
import { type ObjectActions } from './use-object-actions';

const PAGE_ROWS = 15;

export function useGridKeyboard(rows: readonly BrowserRow[], actions: ObjectActions, focusIndex: (index: number) => void, openMenuAt: (index: number) => void) {
  return useCallback(
    (e: KeyboardEvent) => {
      const store = useUiStore.getState();
      const current = store.focusKey === null ? -1 : rows.findIndex((r) => r.key === store.focusKey);
      const mod = e.ctrlKey || e.metaKey;
      const moveTo = (index: number) => {
        if (rows.length === 0) return;
        const clamped = Math.max(0, Math.min(rows.length - 1, index));
        const key = (rows[clamped] as BrowserRow).key;
        if (e.shiftKey) store.selectRange(key, rows.map((r) => r.key));
        else if (mod) store.setFocusKey(key);
        else store.selectOnly(key);
        focusIndex(clamped);
      };
      const focused = current >= 0 ? rows[current] : undefined;

      switch (e.key) {
        case 'ArrowDown':
          moveTo(current + 1);
          break;
        case 'ArrowUp':
          moveTo(current < 0 ? 0 : current - 1);
          break;
        case 'Home':
          moveTo(0);
          break;
        case 'End':
          moveTo(rows.length - 1);
          break;
        case 'PageDown':
          moveTo(current + PAGE_ROWS);
          break;
        case 'PageUp':
          moveTo(current - PAGE_ROWS);
          break;
        case 'Enter':
          if (focused) actions.open(focused);
          break;
        case 'Backspace':
          if (e.metaKey) return; // Cmd+Backspace is Delete on macOS
          store.goUp();
          break;
        case ' ':
          if (focused) (mod ? store.toggleKey : store.selectOnly)(focused.key);
          break;
        case 'Escape':
          store.clearSelection();
          break;
        case 'ContextMenu':
          if (current >= 0) openMenuAt(current);
          break;
        case 'F10':
          if (e.shiftKey && current >= 0) openMenuAt(current);
          else return;
          break;
        case 'a':
        case 'A':
          if (!mod) return;
          store.selectAll(rows.map((r) => r.key));
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    [rows, actions, focusIndex, openMenuAt],
  );
}
