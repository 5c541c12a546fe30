import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

/** The folder (or whole bucket, prefix '') whose links the "Check links…" report covers. */
export type LinkCheckScope = { profileId: string; bucket: string; prefix: string };

/** The object or folder ('…/') whose links "Find links to this" looks for. */
export type FindLinksScope = { profileId: string; bucket: string; key: string };

export type LinkCheckSlice = {
  /** The open report; `run` changes to scan again. */
  linkCheck: (LinkCheckScope & { run: number }) | null;
  openLinkCheck: (scope: LinkCheckScope) => void;
  rerunLinkCheck: () => void;
  closeLinkCheck: () => void;
  /** The open "Links to <name>" report (docked where the link check goes: one at a time). */
  findLinks: (FindLinksScope & { run: number }) | null;
  openFindLinks: (scope: FindLinksScope) => void;
  closeFindLinks: () => void;
};

export const createLinkCheckSlice: StateCreator<UiState, [], [], LinkCheckSlice> = (set) => ({
  linkCheck: null,
  openLinkCheck: (scope) => set((s) => ({ linkCheck: { ...scope, run: (s.linkCheck?.run ?? 0) + 1 }, findLinks: null, contextMenu: null })),
  rerunLinkCheck: () => set((s) => (s.linkCheck ? { linkCheck: { ...s.linkCheck, run: s.linkCheck.run + 1 } } : {})),
  closeLinkCheck: () => set({ linkCheck: null }),
  findLinks: null,
  openFindLinks: (scope) => set((s) => ({ findLinks: { ...scope, run: (s.findLinks?.run ?? 0) + 1 }, linkCheck: null, contextMenu: null, dialog: null })),
  closeFindLinks: () => set({ findLinks: null }),
});
