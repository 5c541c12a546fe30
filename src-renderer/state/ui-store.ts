// UI state only (selection, location, sort, dialogs): server data lives in react-query.
import { create } from 'zustand';
import { createDialogSlice, type DialogSlice } from './dialog-slice';
import { createLinkCheckSlice, type LinkCheckSlice } from './link-check-slice';
import { createNavSlice, type NavSlice } from './nav-slice';
import { createPropertiesSlice, type PropertiesSlice } from './properties-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type UiState = NavSlice & SelectionSlice & ViewSlice & DialogSlice & LinkCheckSlice & PropertiesSlice;

export const useUiStore = create<UiState>()((...a) => ({
  ...createNavSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
  ...createDialogSlice(...a),
  ...createLinkCheckSlice(...a),
  ...createPropertiesSlice(...a),
}));

/** Fresh state between tests and on profile resets. */
export const initialUiState = useUiStore.getState();
