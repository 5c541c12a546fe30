// Widths of the object table's columns, as the user dragged them; remembered across restarts.
// The link target column always takes what is left; until the name column is dragged, name
// and target share the free width, the target a little more (it is a link row's key information).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ResizableColumn = 'name' | 'size' | 'time' | 'class';

export const DEFAULT_WIDTHS = { size: 84, time: 164, class: 104 } as const;
/** The target's share of the free width against the name's 1: enough for a target and its state badge at 1,024 px. */
const LINK_SHARE = 1.4;
export const MIN_WIDTHS: Record<ResizableColumn | 'link', number> = { name: 120, size: 56, time: 96, class: 72, link: 120 };

type ColumnsState = {
  /** px; an absent name width means "share the free width with the target". */
  widths: Partial<Record<ResizableColumn, number>>;
  setWidth: (column: ResizableColumn, px: number) => void;
  resetWidth: (column: ResizableColumn) => void;
};

export const useColumns = create<ColumnsState>()(
  persist(
    (set) => ({
      widths: {},
      setWidth: (column, px) => set((s) => ({ widths: { ...s.widths, [column]: Math.max(MIN_WIDTHS[column], Math.round(px)) } })),
      resetWidth: (column) =>
        set((s) => {
          const { [column]: _dropped, ...rest } = s.widths;
          return { widths: rest };
        }),
    }),
    { name: 'symbucket.columns', version: 1 },
  ),
);

/**
 * Below this table width (e.g. 1,024 px with the Properties or Find links panel open) the storage
 * class column is left out, so that name and link target keep room for their text.
 */
export const COMPACT_TABLE_BELOW_PX = 720;

/** The grid-template-columns of header and rows: name, size, time, class (unless compact), link. */
export function gridColumns(widths: ColumnsState['widths'], { compact = false } = {}): string {
  const px = (c: Exclude<ResizableColumn, 'name'>) => `${widths[c] ?? DEFAULT_WIDTHS[c]}px`;
  const name = widths.name === undefined ? `minmax(${MIN_WIDTHS.name}px, 1fr)` : `${widths.name}px`;
  return `${name} ${px('size')} ${px('time')} ${compact ? '' : `${px('class')} `}minmax(${MIN_WIDTHS.link}px, ${LINK_SHARE}fr)`;
}
