import { type StateCreator } from 'zustand';
import { type UiState } from './ui-store';

/** The Properties side panel: open or not. It shows the cursor row (or the current folder). */
export type PropertiesSlice = {
  propertiesOpen: boolean;
  openProperties: () => void;
  closeProperties: () => void;
  toggleProperties: () => void;
};

export const createPropertiesSlice: StateCreator<UiState, [], [], PropertiesSlice> = (set) => ({
  propertiesOpen: false,
  openProperties: () => set({ propertiesOpen: true, contextMenu: null }),
  closeProperties: () => set({ propertiesOpen: false }),
  toggleProperties: () => set((s) => ({ propertiesOpen: !s.propertiesOpen, contextMenu: null })),
});
