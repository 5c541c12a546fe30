import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

export type SelectionSlice = {
  selectedKeys: ReadonlySet<string>;
  /** Where a Shift-range starts. */
  anchorKey: string | null;
  /** The keyboard cursor row. */
  focusKey: string | null;
  selectOnly: (key: string) => void;
  toggleKey: (key: string) => void;
  /** Select from the anchor to `key` along `orderedKeys` (the rows as displayed). */
  selectRange: (key: string, orderedKeys: readonly string[]) => void;
  selectAll: (orderedKeys: readonly string[]) => void;
  clearSelection: () => void;
  setFocusKey: (key: string | null) => void;
};

export const createSelectionSlice: StateCreator<UiState, [], [], SelectionSlice> = (set) => ({
  selectedKeys: new Set(),
  anchorKey: null,
  focusKey: null,
  // Already so (End held on the last row): no new state, so nothing re-renders.
  selectOnly: (key) =>
    set((s) => (s.focusKey === key && s.anchorKey === key && s.selectedKeys.size === 1 && s.selectedKeys.has(key) ? s : { selectedKeys: new Set([key]), anchorKey: key, focusKey: key })),
  toggleKey: (key) =>
    set((s) => {
      const next = new Set(s.selectedKeys);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return { selectedKeys: next, anchorKey: key, focusKey: key };
    }),
  selectRange: (key, orderedKeys) =>
    set((s) => {
      const from = s.anchorKey === null ? -1 : orderedKeys.indexOf(s.anchorKey);
      const to = orderedKeys.indexOf(key);
      if (to < 0) return {};
      if (from < 0) return { selectedKeys: new Set([key]), anchorKey: key, focusKey: key };
      const [lo, hi] = from <= to ? [from, to] : [to, from];
      return { selectedKeys: new Set(orderedKeys.slice(lo, hi + 1)), focusKey: key };
    }),
  selectAll: (orderedKeys) => set({ selectedKeys: new Set(orderedKeys) }),
  clearSelection: () => set({ selectedKeys: new Set(), anchorKey: null }),
  setFocusKey: (focusKey) => set({ focusKey }),
});
