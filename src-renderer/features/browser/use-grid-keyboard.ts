// Keyboard for the object grid: arrows/Home/End/PageUp/PageDown move, Shift extends,
// Enter opens or follows (on a gap row: loads it), Backspace goes up, Ctrl/Cmd+A selects all, Esc clears.
import { type KeyboardEvent, useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';
import { type GapEntry, isGap, type RowView } from './row-view';
import { type ObjectActions } from './use-object-actions';

const PAGE_ROWS = 15;

export function useGridKeyboard(view: RowView, actions: ObjectActions, focusIndex: (index: number) => void, openMenuAt: (index: number) => void, loadGap: (gap: GapEntry) => void) {
  return useCallback(
    (e: KeyboardEvent) => {
      const store = useUiStore.getState();
      const current = store.focusKey === null ? -1 : view.indexOfKey(store.focusKey);
      const mod = e.ctrlKey || e.metaKey;
      const orderedKeys = () => view.rows().map((r) => r.key);
      const moveTo = (index: number) => {
        if (view.length === 0) return;
        const clamped = Math.max(0, Math.min(view.length - 1, index));
        const entry = view.at(clamped);
        if (!entry) return;
        // A gap row takes the cursor but is never selected.
        if (isGap(entry) || mod) store.setFocusKey(entry.key);
        else if (e.shiftKey) store.selectRange(entry.key, orderedKeys());
        else store.selectOnly(entry.key);
        focusIndex(clamped);
      };
      const at = current >= 0 ? view.at(current) : undefined;
      const gap = isGap(at) ? at : undefined;
      const focused = isGap(at) ? undefined : at;

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
          moveTo(view.length - 1);
          break;
        case 'PageDown':
          moveTo(current + PAGE_ROWS);
          break;
        case 'PageUp':
          moveTo(current - PAGE_ROWS);
          break;
        case 'Enter':
          if (e.altKey) return; // Alt+Enter is Properties (use-shortcuts)
          if (gap) loadGap(gap);
          else if (focused) actions.open(focused);
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
          if (focused) openMenuAt(current);
          break;
        case 'F10':
          if (e.shiftKey && focused) openMenuAt(current);
          else return;
          break;
        case 'a':
        case 'A':
          if (!mod) return;
          store.selectAll(orderedKeys());
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    [view, actions, focusIndex, openMenuAt, loadGap],
  );
}
