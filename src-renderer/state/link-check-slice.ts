import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

/** The folder (or whole bucket, prefix '') whose links the "Check links…" report covers. */
export type LinkCheckScope = { profileId: string; bucket: string; prefix: string };

export type LinkCheckSlice = {
  /** The open report; `run` changes to scan again. */
  linkCheck: (LinkCheckScope & { run: number }) | null;
  openLinkCheck: (scope: LinkCheckScope) => void;
  rerunLinkCheck: () => void;
  closeLinkCheck: () => void;
};

export const createLinkCheckSlice: StateCreator<UiState, [], [], LinkCheckSlice> = (set) => ({
  linkCheck: null,
  openLinkCheck: (scope) => set((s) => ({ linkCheck: { ...scope, run: (s.linkCheck?.run ?? 0) + 1 }, contextMenu: null })),
  rerunLinkCheck: () => set((s) => (s.linkCheck ? { linkCheck: { ...s.linkCheck, run: s.linkCheck.run + 1 } } : {})),
  closeLinkCheck: () => set({ linkCheck: null }),
});
