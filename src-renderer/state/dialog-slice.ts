import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

/** What a link dialog starts with; Retarget is the same dialog prefilled with overwrite. */
export type LinkDialogSeed = {
  mode: 'create' | 'retarget';
  /** Name inside the current folder. */
  name: string;
  target: string;
  targetBucket?: string;
};

export type DragLinkItem = { key: string; target: string; targetBucket?: string };

export type Dialog =
  | { kind: 'link'; seed: LinkDialogSeed }
  | { kind: 'delete'; keys: string[] }
  | { kind: 'dragLinks'; bucket: string; prefix: string; items: DragLinkItem[]; sourceBucket: string }
  /** `add`: open on the new-profile form (the first-run "Add account" buttons). */
  | { kind: 'profiles'; add?: boolean }
  | { kind: 'brokenLink'; key: string; target?: string }
  | { kind: 'newFolder' }
  | { kind: 'rename'; key: string }
  | { kind: 'transfer'; mode: 'copy' | 'move'; keys: string[] }
  | { kind: 'share'; key: string; isLink: boolean }
  | { kind: 'editMetadata'; key: string }
  | { kind: 'goToKey' };

/** Ctrl/⌘+C or X inside the app: what Ctrl/⌘+V pastes (keys of one bucket; folders end in '/'). */
export type AppClipboard = { profileId: string; bucket: string; keys: string[]; mode: 'copy' | 'cut' };

/** `background`: the menu of the table itself (no row), acting on the current folder. */
export type ContextMenuState = { x: number; y: number; key: string; background?: boolean };

export type DialogSlice = {
  dialog: Dialog | null;
  appClipboard: AppClipboard | null;
  setAppClipboard: (clip: AppClipboard | null) => void;
  contextMenu: ContextMenuState | null;
  /** A short, already localized status message (copied, failed to follow, ...). */
  toast: { message: string; tone: 'info' | 'error' } | null;
  showToast: (message: string, tone?: 'info' | 'error') => void;
  dismissToast: () => void;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
  openContextMenu: (menu: ContextMenuState) => void;
  closeContextMenu: () => void;
};

export const createDialogSlice: StateCreator<UiState, [], [], DialogSlice> = (set) => ({
  dialog: null,
  appClipboard: null,
  setAppClipboard: (appClipboard) => set({ appClipboard }),
  contextMenu: null,
  toast: null,
  showToast: (message, tone = 'info') => set({ toast: { message, tone } }),
  dismissToast: () => set({ toast: null }),
  openDialog: (dialog) => set({ dialog, contextMenu: null }),
  closeDialog: () => set({ dialog: null }),
  openContextMenu: (contextMenu) => set({ contextMenu }),
  closeContextMenu: () => set({ contextMenu: null }),
});
