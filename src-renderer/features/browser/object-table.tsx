// The virtualized object grid over the sparse listing (STYLE.md §6): fixed-height rows drawn by
// arithmetic on scrollTop, gap rows where keys were never listed, the next page near the end.
import { type CSSProperties, memo, type MouseEvent, type ReactNode, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../translation';
import { type StorageProvider } from '../../contract';
import { ArrowIcon } from '../../components/icons';
import { COMPACT_TABLE_BELOW_PX, gridColumns, type ResizableColumn, useColumns } from '../../state/columns-store';
import { registerScrollReader } from '../../state/nav-slice';
import { useUiStore } from '../../state/ui-store';
import { type SortBy } from '../../state/view-slice';
import { useResolveVisibleLinks } from '../links/link-info';
import { ColumnResizer } from './column-resizer';
import { useNarrowerThan } from './use-narrower-than';
import { GapRow } from './gap-row';
import { NO_SLOTS, assignSlots } from './row-slots';
import { useKeepTopRowOnTrim } from './use-keep-top-row';
import { ObjectRow, ROW_HEIGHT, rowDomId } from './object-row';
import { type GapEntry, isGap, type RowView } from './row-view';
import { type BrowserRow } from './rows';
import { useFixedRows } from './use-fixed-rows';
import { useGridKeyboard } from './use-grid-keyboard';
import { useBrowserDropTarget } from '../transfers/file-drop';
import { type ObjectActions } from './use-object-actions';

/** How close to the end of the loaded rows the next page is requested. */
const PREFETCH_ROWS = 150;
/** Rows drawn beyond each edge of the viewport. A jump (End, Page Down, a seek) re-renders every
 * drawn row and the next frame styles and lays them all out, so this is kept small: 6 each way
 * cut holding End in a 1M folder from 5 long tasks to 2 against 12 (bench/README.md). */
const OVERSCAN_ROWS = 6;

export type Paging = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetching: boolean;
  fetchNextPage: () => unknown;
  /** Lists the next page into a gap ("Earlier objects — Load"). */
  loadGap: (gap: GapEntry) => void;
  /** Whether the page filling this gap is on its way. */
  gapLoading: (gap: GapEntry) => boolean;
};

type ObjectTableProps = {
  view: RowView;
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

/** The columns a table of this width shows: without the storage class when compact. */
const columnsFor = (compact: boolean) => (compact ? COLUMNS.filter((col) => col.id !== 'class') : COLUMNS);

/** Memoized: a page arriving re-renders the table, not its header (labels, sort state, resizers). */
const HeaderRow = memo(function HeaderRow({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const sortBy = useUiStore((s) => s.sortBy);
  const sortDir = useUiStore((s) => s.sortDir);
  const toggleSort = useUiStore((s) => s.toggleSort);
  const ids = useId();
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="row header-row">
        {columnsFor(compact).map((col) => {
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
              {col.id !== 'link' && <ColumnResizer column={col.id} label={t('table.resizeColumn', { column: t(col.labelKey) })} />}
            </div>
          );
        })}
      </div>
    </div>
  );
});

export function ObjectTable({ view, profileId, bucket, provider, paging, actions, empty }: ObjectTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useMemo(() => ({ grid: t('table.label'), loadingMore: t('table.loadingMore') }), [t]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedKeys = useUiStore((s) => s.selectedKeys);
  const focusKey = useUiStore((s) => s.focusKey);
  const revealKey = useUiStore((s) => s.revealKey);
  const gridRef = useRef<HTMLDivElement>(null);
  const compact = useNarrowerThan(gridRef, COMPACT_TABLE_BELOW_PX);
  const columns = gridColumns(useColumns((s) => s.widths), { compact });
  const prefix = useUiStore((s) => s.prefix);
  // OS files dropped anywhere on the table (not on a folder row) upload into the current folder.
  const fileDrop = useBrowserDropTarget(profileId, false, bucket, prefix);

  const count = paging.hasNextPage ? view.length + 1 : view.length;
  const { range, totalSize, scrollToIndex, scrollToTop } = useFixedRows(scrollRef, count, ROW_HEIGHT, OVERSCAN_ROWS, { dataRows: view.length });
  useKeepTopRowOnTrim(scrollRef, view, ROW_HEIGHT, scrollToTop);
  const { first, last } = range;

  // Fetch the next page a little before the loader row comes into view.
  useEffect(() => {
    if (last >= view.length - 1 - PREFETCH_ROWS && paging.hasNextPage && !paging.isFetchingNextPage) void paging.fetchNextPage();
  }, [last, view.length, paging]);

  const visibleRows = useMemo(() => {
    const out: BrowserRow[] = [];
    for (let i = first; i <= last; i += 1) {
      const entry = view.at(i);
      if (entry && !isGap(entry)) out.push(entry);
    }
    return out;
  }, [first, last, view]);
  useResolveVisibleLinks(profileId, bucket, provider, visibleRows);

  const focusIndex = useCallback(
    (index: number) => {
      scrollToIndex(index, 'auto');
      // The row may only exist after the scroll re-renders.
      requestAnimationFrame(() => document.getElementById(rowDomId(index))?.focus({ preventScroll: true }));
    },
    [scrollToIndex],
  );

  // Reveal a key (follow, Go to key, going up, prefix search) once the listing has been read where
  // it is (the listing opens a segment there): select it, or put the cursor on the first key after it.
  const revealFocusOnly = useUiStore((s) => s.revealFocusOnly);
  useEffect(() => {
    if (!revealKey || !view.covers(revealKey)) return;
    const store = useUiStore.getState();
    const exact = view.indexOfKey(revealKey);
    if (exact < 0 && paging.isFetching) return; // a refetch after a write may bring it
    const index = exact >= 0 ? exact : view.indexAtOrAfter(revealKey);
    store.clearReveal();
    const entry = view.at(index);
    if (!entry || isGap(entry)) return; // nothing there, nor after it
    if (exact >= 0 && !revealFocusOnly) store.selectOnly(revealKey);
    else store.setFocusKey(entry.key);
    scrollToIndex(index, revealFocusOnly ? 'start' : 'center');
    if (!revealFocusOnly) requestAnimationFrame(() => document.getElementById(rowDomId(index))?.focus({ preventScroll: true }));
  }, [revealKey, revealFocusOnly, view, paging.isFetching, scrollToIndex]);

  // Leaving a place remembers its scroll position; Back/Forward put it and the selection back.
  useEffect(() => registerScrollReader(() => scrollRef.current?.scrollTop ?? 0), []);
  const restore = useUiStore((s) => s.restore);
  useEffect(() => {
    if (!restore || (view.length === 0 && paging.isFetching)) return;
    if (restore.scrollTop > totalSize && paging.hasNextPage) {
      if (!paging.isFetchingNextPage) void paging.fetchNextPage();
      return;
    }
    scrollRef.current?.scrollTo({ top: restore.scrollTop }); // fires scroll: the drawn rows follow at once
    useUiStore.setState({ selectedKeys: new Set(restore.selected), focusKey: restore.focusKey, anchorKey: restore.focusKey, restore: null });
  }, [restore, view, paging, totalSize]);

  const openMenuAt = useCallback(
    (index: number) => {
      const row = view.at(index);
      const rect = document.getElementById(rowDomId(index))?.getBoundingClientRect();
      if (row && !isGap(row)) useUiStore.getState().openContextMenu({ key: row.key, x: (rect?.left ?? 0) + 40, y: (rect?.bottom ?? 0) });
    },
    [view],
  );
  const viewRef = useRef(view);
  viewRef.current = view;
  // A gap fills in place: the rows it loads appear above it and the gap (or, once closed, the row
  // after it) stays where it was on screen, so the scroll position moves by the rows inserted.
  const anchor = useRef<{ keys: string[]; index: number } | null>(null);
  const { loadGap: pagingLoadGap } = paging;
  const loadGap = useCallback(
    (gap: GapEntry) => {
      const index = viewRef.current.indexOfKey(gap.key);
      const next = viewRef.current.at(index + 1);
      if (index >= 0) anchor.current = { keys: next ? [gap.key, next.key] : [gap.key], index };
      pagingLoadGap(gap);
    },
    [pagingLoadGap],
  );
  useLayoutEffect(() => {
    const a = anchor.current;
    const el = scrollRef.current;
    if (!a || !el) return;
    for (const [offset, key] of a.keys.entries()) {
      const now = view.indexOfKey(key);
      if (now < 0) continue;
      // The gap closed under the cursor (Enter on it): the cursor goes to the row that followed it.
      const store = useUiStore.getState();
      if (offset > 0 && store.focusKey === a.keys[0]) {
        store.setFocusKey(key);
        requestAnimationFrame(() => document.getElementById(rowDomId(now))?.focus({ preventScroll: true }));
      }
      const moved = now - (a.index + offset);
      if (moved !== 0) {
        el.scrollTop += moved * ROW_HEIGHT;
        anchor.current = null;
      }
      return;
    }
    anchor.current = null;
  }, [view]);
  const onKeyDown = useGridKeyboard(view, actions, focusIndex, openMenuAt, loadGap);
  const orderedKeys = useCallback(() => viewRef.current.rows().map((r) => r.key), []);
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
  }, [view]);

  // Only the drawn rows are read, for the cursor and for the keys whose row elements are recycled
  // by slot (row-slots.ts): the cost of a render is the rows on screen.
  let focusedIndex = -1;
  const drawnKeys: string[] = [];
  for (let index = first; index <= last; index += 1) {
    const entry = view.at(index);
    if (!entry) continue;
    if (entry.key === focusKey) focusedIndex = index;
    if (!isGap(entry)) drawnKeys.push(entry.key);
  }
  const rowIsRendered = focusedIndex >= 0;

  const committedSlots = useRef(NO_SLOTS);
  const parkingFocus = useRef(false);
  const slots = assignSlots(committedSlots.current, drawnKeys);
  const drawnFocus = useRef(focusedIndex);
  drawnFocus.current = focusedIndex;
  useLayoutEffect(() => {
    committedSlots.current = slots;
    // A recycled element that held keyboard focus now shows another row: focus goes to the
    // cursor's row, or to the grid body when the cursor is scrolled out of view. In the next
    // frame, as the keyboard path does: focus() here would force style and layout inside the key
    // press (a long task), then the frame would do them again.
    const misplaced = (): HTMLElement | null => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || !active.matches('[role="row"][data-key]') || !scrollRef.current?.contains(active)) return null;
      return drawnFocus.current >= 0 && active.id === rowDomId(drawnFocus.current) ? null : active;
    };
    if (!misplaced()) return undefined;
    const frame = requestAnimationFrame(() => {
      if (!misplaced()) return;
      const cursorRow = drawnFocus.current >= 0 ? document.getElementById(rowDomId(drawnFocus.current)) : null;
      if (cursorRow) {
        cursorRow.focus({ preventScroll: true });
        return;
      }
      parkingFocus.current = true; // not a Tab into the body: the view stays where it was scrolled
      scrollRef.current?.focus({ preventScroll: true });
      parkingFocus.current = false;
    });
    return () => cancelAnimationFrame(frame);
  });

  const drawn: ReactNode[] = [];
  for (let index = first; index <= last; index += 1) {
    const entry = view.at(index);
    const start = index * ROW_HEIGHT;
    if (!entry) {
      drawn.push(
        <div key="\u0000loader" className="row row-loader" style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }} aria-hidden="true">
          {labels.loadingMore}
        </div>,
      );
    } else if (isGap(entry)) {
      drawn.push(<GapRow key={entry.key} gap={entry} index={index} start={start} focused={index === focusedIndex} loading={paging.gapLoading(entry)} onLoad={loadGap} t={t} />);
    } else {
      drawn.push(
        <ObjectRow
          key={`slot-${slots.slots.get(entry.key) ?? entry.key}`}
          row={entry}
          index={index}
          start={start}
          selected={selectedKeys.has(entry.key)}
          focused={index === focusedIndex}
          profileId={profileId}
          bucket={bucket}
          provider={provider}
          onMouseDown={onRowMouseDown}
          onClick={onRowClick}
          onDoubleClick={onRowDoubleClick}
          onContextMenu={onRowContextMenu}
          onFollow={onRowFollow}
          showClass={!compact}
          t={t}
          lang={i18n.language}
        />,
      );
    }
  }

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={labels.grid}
      aria-rowcount={view.length + 1}
      aria-colcount={columnsFor(compact).length}
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
      <HeaderRow compact={compact} />
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
          if (e.target === e.currentTarget && view.length > 0 && !parkingFocus.current) {
            const cursor = useUiStore.getState().focusKey; // the latest: a closed gap may just have handed it on
            const known = cursor === null ? -1 : view.indexOfKey(cursor);
            const index = Math.max(0, known);
            const entry = view.at(index);
            if (known < 0 && entry) useUiStore.getState().setFocusKey(entry.key);
            focusIndex(index);
          }
        }}
      >
        {view.length === 0 && empty}
        <div className="grid-canvas" style={{ height: totalSize }}>
          {drawn}
        </div>
      </div>
    </div>
  );
}
