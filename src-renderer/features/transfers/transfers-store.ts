// The panel's view of main's queue: items kept in arrival order, merged from batched
// 'transfers.changed' events, plus the panel's own state (open, conflicts to answer).
import { create } from 'zustand';
import { type TransferDto, type TransferTotals, type UploadConflict } from '../../contract';

export type PendingConflicts = { planId: string; conflicts: UploadConflict[] };

type TransfersState = {
  order: string[];
  byId: Record<string, TransferDto>;
  totals: TransferTotals;
  panelOpen: boolean;
  conflicts: PendingConflicts | null;
  replaceAll: (items: TransferDto[], totals: TransferTotals) => void;
  merge: (items: TransferDto[], removed: string[], totals: TransferTotals) => void;
  setPanelOpen: (open: boolean) => void;
  askConflicts: (pending: PendingConflicts | null) => void;
};

export const EMPTY_TOTALS: TransferTotals = { active: 0, size: 0, transferred: 0, rate: 0 };

export const useTransfersStore = create<TransfersState>()((set) => ({
  order: [],
  byId: {},
  totals: EMPTY_TOTALS,
  panelOpen: false,
  conflicts: null,
  replaceAll: (items, totals) => set({ order: items.map((i) => i.id), byId: Object.fromEntries(items.map((i) => [i.id, i])), totals }),
  merge: (items, removed, totals) =>
    set((s) => {
      const byId = { ...s.byId };
      const gone = new Set(removed);
      for (const id of removed) delete byId[id];
      const added: string[] = [];
      for (const item of items) {
        if (!byId[item.id]) added.push(item.id);
        byId[item.id] = item;
      }
      const order = gone.size > 0 ? s.order.filter((id) => !gone.has(id)) : s.order;
      return { byId, totals, order: added.length > 0 ? [...order, ...added] : order };
    }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  askConflicts: (conflicts) => set({ conflicts }),
}));

export const initialTransfersState = useTransfersStore.getState();
