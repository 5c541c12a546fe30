import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

export type SortBy = 'name' | 'size' | 'time';
export type SortDir = 'asc' | 'desc';

export type ViewSlice = {
  sortBy: SortBy;
  sortDir: SortDir;
  /** Substring filter over the loaded listing. */
  filter: string;
  /** When on, the filter text also narrows the server listing as a key prefix. */
  serverSearch: boolean;
  /** Clicking the active column flips direction; another column starts ascending. */
  toggleSort: (by: SortBy) => void;
  setFilter: (filter: string) => void;
  setServerSearch: (on: boolean) => void;
};

export const createViewSlice: StateCreator<UiState, [], [], ViewSlice> = (set) => ({
  sortBy: 'name',
  sortDir: 'asc',
  filter: '',
  serverSearch: false,
  toggleSort: (by) =>
    set((s) => (s.sortBy === by ? { sortDir: s.sortDir === 'asc' ? 'desc' : 'asc' } : { sortBy: by, sortDir: 'asc' })),
  setFilter: (filter) => set({ filter }),
  setServerSearch: (serverSearch) => set({ serverSearch }),
});
