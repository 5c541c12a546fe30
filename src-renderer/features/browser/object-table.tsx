// The virtualized object grid over react-query's infinite pages (STYLE.md §6).
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type MouseEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type StorageProvider } from '../../contract';
import { ArrowIcon } from '../../components/icons';
import { gridColumns, type ResizableColumn, useColumns } from '../../state/columns-store';
import { registerScrollReader } from '../../state/nav-slice';
import { useUiStore } from '../../state/ui-store';
import { type SortBy } from '../../state/view-slice';
import { useResolveVisibleLinks } from '../links/link-info';
import { ColumnResizer } from './column-resizer';
import { ObjectRow, ROW_HEIGHT, rowDomId } from './object-row';
import { type BrowserRow } from './rows';
import { useGridKeyboard } from './use-grid-keyboard';
import { useBrowserDropTarget } from '../transfers/file-drop';
import { type ObjectActions } from './use-object-actions';

/** How close to the end of the loaded rows the next page is requested. */
const PREFETCH_ROWS = 150;

type Paging = { hasNextPage: boolean; isFetchingNextPage: boolean; isFetching: boolean; fetchNextPage: () => unknown };

type ObjectTableProps = {
  rows: BrowserRow[];
  profileId: string;
  bucket: string;
  provider: StorageProvider;
  paging: Paging;
  actions: ObjectActions;
  /** Shown inside the grid body when there are no rows (empty folder, no match). */
  empty?: ReactNode;
};

const COLUMNS: { id: ResizableColumn | 'link'; sort?: SortBy; labelKey: string }[] = [
  { id: 'name', sort: 'name', labelKey: 'table.name' },
  { id: 'size', sort: 'size', labelKey: 'table.size' },
  { id: 'time', sort: 'time', labelKey: 'table.modified' },
  { id: 'class', labelKey: 'table.storageClass' },
  { id: 'link', labelKey: 'table.linkTarget' },
];

function HeaderRow() {
  const { t } = useTranslation();
  const sortBy = useUiStore((s) => s.sortBy);
  const sortDir = useUiStore((s) => s.sortDir);
  const toggleSort = useUiStore((s) => s.toggleSort);
  const ids = useId();
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="row header-row">
        {COLUMNS.map((col) => {
          const active = col.sort !== undefined && col.sort === sortBy;
          return (
            <div
              key={col.id}
              role="columnheader"
              // Named by its label alone, not by the resize handle inside it.
              aria-labelledby={`${ids}-${col.id}`}
              className={`cell cell-${col.id}`}
              aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : col.sort ? 'none' : undefined}
            >
              {col.sort ? (
                <button type="button" id={`${ids}-${col.id}`} className="sort-button" onClick={() => toggleSort(col.sort as SortBy)}>
                  {t(col.labelKey)}
                  {active && <ArrowIcon up={sortDir === 'asc'} className="sort-arrow" />}
                </button>
              ) : (
                <span id={`${ids}-${col.id}`}>{t(col.labelKey)}</span>
              )}
              {/* The last column takes the rest of the width, so it has no edge of its own. */}
              {col.id !== 'link' && <ColumnResizer column={col.id} label={t(col.labelKey)} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function ObjectTable({ rows, profileId, bucket, provider, paging, actions, empty }: ObjectTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedKeys = useUiStore((s) => s.selectedKeys);
  const focusKey = useUiStore((s) => s.focusKey);
  const revealKey = useUiStore((s) => s.revealKey);
  const columns = gridColumns(useColumns((s) => s.widths));
  const prefix = useUiStore((s) => s.prefix);
  // OS files dropped anywhere on the table (not on a folder row) upload into the current folder.
  const fileDrop = useBrowserDropTarget(profileId, false, bucket, prefix);

  const count = paging.hasNextPage ? rows.length + 1 : rows.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => rows[i]?.key ?? '\u0000loader',
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  // Fetch the next page a little before the loader row comes into view.
  useEffect(() => {
    if (lastIndex >= rows.length - 1 - PREFETCH_ROWS && paging.hasNextPage && !paging.isFetchingNextPage) void paging.fetchNextPage();
  }, [lastIndex, rows.length, paging]);

  const visibleRows = useMemo(
    () => items.map((item) => rows[item.index]).filter((r): r is BrowserRow => r !== undefined),
    [items, rows],
  );
  useResolveVisibleLinks(profileId, bucket, provider, visibleRows);

  const focusIndex = useCallback(
    (index: number) => {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The row may only exist after the scroll re-renders.
      requestAnimationFrame(() => document.getElementById(rowDomId(index))?.focus({ preventScroll: true }));
    },
    [virtualizer],
  );

  // Reveal a key (after follow / create / going up): page until it is loaded, then select and scroll.
  useEffect(() => {
    if (!revealKey) return;
    const index = rows.findIndex((r) => r.key === revealKey);
    if (index >= 0) {
      const store = useUiStore.getState();
      store.selectOnly(revealKey);
      store.clearReveal();
      virtualizer.scrollToIndex(index, { align: 'center' });
      requestAnimationFrame(() => document.getElementById(rowDomId(index))?.focus({ preventScroll: true }));
    } else if (paging.hasNextPage) {
      if (!paging.isFetchingNextPage) void paging.fetchNextPage();
    } else if (!paging.isFetching) {
      useUiStore.getState().clearReveal(); // loaded everything and it is not there
    }
  }, [revealKey, rows, paging, virtualizer]);

  // Leaving a place remembers its scroll position; Back/Forward put it and the selection back.
  useEffect(() => registerScrollReader(() => scrollRef.current?.scrollTop ?? 0), []);
  const restore = useUiStore((s) => s.restore);
  useEffect(() => {
    if (!restore || (rows.length === 0 && paging.isFetching)) return;
    if (restore.scrollTop > virtualizer.getTotalSize() && paging.hasNextPage) {
      if (!paging.isFetchingNextPage) void paging.fetchNextPage();
      return;
    }
    if (scrollRef.current) scrollRef.current.scrollTop = restore.scrollTop;
    useUiStore.setState({ selectedKeys: new Set(restore.selected), focusKey: restore.focusKey, anchorKey: restore.focusKey, restore: null });
  }, [restore, rows, paging, virtualizer]);

  const openMenuAt = useCallback(
    (index: number) => {
      const row = rows[index];
      const rect = document.getElementById(rowDomId(index))?.getBoundingClientRect();
      if (row) useUiStore.getState().openContextMenu({ key: row.key, x: (rect?.left ?? 0) + 40, y: (rect?.bottom ?? 0) });
    },
    [rows],
  );
  const onKeyDown = useGridKeyboard(rows, actions, focusIndex, openMenuAt);

  const orderedKeys = useCallback(() => rowsRef.current.map((r) => r.key), []);
  const onRowMouseDown = useCallback(
    (e: MouseEvent, row: BrowserRow) => {
      const store = useUiStore.getState();
      if (e.button === 2) {
        if (!store.selectedKeys.has(row.key)) store.selectOnly(row.key);
        return;
      }
      if (e.button !== 0) return;
      if (e.shiftKey) {
        e.preventDefault(); // no text selection
        store.selectRange(row.key, orderedKeys());
      } else if (e.ctrlKey || e.metaKey) store.toggleKey(row.key);
      else if (!store.selectedKeys.has(row.key)) store.selectOnly(row.key);
      else store.setFocusKey(row.key); // keep a multi-selection so it can be dragged; click narrows it
    },
    [orderedKeys],
  );
  // Stable across page loads so memoized rows do not re-render when the listing grows.
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const onRowDoubleClick = useCallback((row: BrowserRow) => actionsRef.current.open(row), []);
  const onRowFollow = useCallback((row: BrowserRow) => void actionsRef.current.follow(row.key), []);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const onRowClick = useCallback((e: MouseEvent, row: BrowserRow) => {
    if (e.button === 0 && !e.shiftKey && !e.ctrlKey && !e.metaKey) useUiStore.getState().selectOnly(row.key);
  }, []);
  const onRowContextMenu = useCallback((e: MouseEvent, row: BrowserRow) => {
    e.preventDefault();
    useUiStore.getState().openContextMenu({ key: row.key, x: e.clientX, y: e.clientY });
  }, []);

  // Opening a folder unmounts the focused row; keep keyboard focus in the grid when that happens.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (hadFocus.current && (document.activeElement === document.body || document.activeElement === null)) scrollRef.current?.focus();
  }, [rows]);

  const focusedIndex = focusKey === null ? -1 : rows.findIndex((r) => r.key === focusKey);
  const rowIsRendered = items.some((i) => i.index === focusedIndex);

  return (
    <div
      role="grid"
      aria-label={t('table.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      aria-multiselectable="true"
      className="object-grid"
      style={{ '--columns': columns } as CSSProperties}
      onKeyDown={onKeyDown}
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(e) => {
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) hadFocus.current = false;
      }}
    >
      <HeaderRow />
      <div
        ref={scrollRef}
        role="rowgroup"
        className="grid-body"
        tabIndex={rowIsRendered ? -1 : 0}
        {...fileDrop}
        onContextMenu={(e) => {
          // Beside the rows: the folder's own menu (Upload files…, Upload folder…).
          if ((e.target as HTMLElement).closest('[role="row"]')) return;
          e.preventDefault();
          useUiStore.getState().openContextMenu({ key: '', x: e.clientX, y: e.clientY, background: true });
        }}
        onFocus={(e) => {
          // Tabbing into the body lands on the cursor row, or the first one.
          if (e.target === e.currentTarget && rows.length > 0) {
            const index = Math.max(0, focusedIndex);
            if (focusedIndex < 0) useUiStore.getState().setFocusKey((rows[0] as BrowserRow).key);
            focusIndex(index);
          }
        }}
      >
        {rows.length === 0 && empty}
        <div className="grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) {
              return (
                <div key={item.key} className="row row-loader" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }} aria-hidden="true">
                  {t('table.loadingMore')}
                </div>
              );
            }
            return (
              <ObjectRow
                key={item.key}
                row={row}
                index={item.index}
                start={item.start}
                selected={selectedKeys.has(row.key)}
                focused={item.index === focusedIndex}
                profileId={profileId}
                bucket={bucket}
                provider={provider}
                onMouseDown={onRowMouseDown}
                onClick={onRowClick}
                onDoubleClick={onRowDoubleClick}
                onContextMenu={onRowContextMenu}
                onFollow={onRowFollow}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
