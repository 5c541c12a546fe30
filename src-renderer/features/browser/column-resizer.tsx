// The draggable right edge of a column header: pointer drag, or Left/Right with the keyboard
// (Shift for bigger steps); double-click gives the column back its default width.
import { type PointerEvent, useRef } from 'react';
import { type ResizableColumn, useColumns } from '../../state/columns-store';

const STEP = 16;

/** `label`: its accessible name ("Resize Name column"), from the header row's translator. */
export function ColumnResizer({ column, label }: { column: ResizableColumn; label: string }) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const widthOf = (handle: HTMLElement) => handle.parentElement?.offsetWidth ?? 0;
  const setWidth = useColumns((s) => s.setWidth);
  const resetWidth = useColumns((s) => s.resetWidth);
  const width = useColumns((s) => s.widths[column]);

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      tabIndex={0}
      className="column-resizer"
      onPointerDown={(e: PointerEvent<HTMLDivElement>) => {
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { startX: e.clientX, startWidth: widthOf(e.currentTarget) };
      }}
      onPointerMove={(e) => {
        if (drag.current) setWidth(column, drag.current.startWidth + e.clientX - drag.current.startX);
      }}
      onPointerUp={(e) => {
        drag.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onDoubleClick={() => resetWidth(column)}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        e.stopPropagation();
        const step = (e.shiftKey ? 4 : 1) * STEP * (e.key === 'ArrowLeft' ? -1 : 1);
        setWidth(column, widthOf(e.currentTarget) + step);
      }}
    />
  );
}
