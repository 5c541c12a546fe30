import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

export type NavSlice = {
  profileId: string | null;
  bucket: string | null;
  prefix: string;
  /** A key to select and scroll to once the listing holding it is loaded (follow, create). */
  revealKey: string | null;
  selectProfile: (profileId: string) => void;
  openLocation: (bucket: string, prefix?: string, revealKey?: string) => void;
  openPrefix: (prefix: string) => void;
  goUp: () => void;
  clearReveal: () => void;
};

/** The folder holding `prefix`: 'a/b/' -> 'a/', 'a/' -> ''. */
export function parentPrefix(prefix: string): string {
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  const cut = trimmed.lastIndexOf('/');
  return cut < 0 ? '' : trimmed.slice(0, cut + 1);
}

/** Moving elsewhere clears selection, cursor and filter. */
const freshView = () => ({ selectedKeys: new Set<string>(), anchorKey: null, focusKey: null, filter: '' });

export const createNavSlice: StateCreator<UiState, [], [], NavSlice> = (set) => ({
  profileId: null,
  bucket: null,
  prefix: '',
  revealKey: null,
  selectProfile: (profileId) => set({ profileId, bucket: null, prefix: '', revealKey: null, ...freshView() }),
  openLocation: (bucket, prefix = '', revealKey) =>
    set({ bucket, prefix, revealKey: revealKey ?? null, ...freshView() }),
  openPrefix: (prefix) => set({ prefix, revealKey: null, ...freshView() }),
  goUp: () =>
    set((s) => (s.prefix === '' ? {} : { prefix: parentPrefix(s.prefix), revealKey: s.prefix, ...freshView() })),
  clearReveal: () => set({ revealKey: null }),
});
