// Sorting by size or time (or names backwards) orders only the rows loaded so far, and the
// substring filter searches only them: say so while the folder is partly loaded, and offer to
// load the rest, with progress and Cancel; at the row cap (a folder view holds at most
// MAX_SEGMENT_PAGES pages a segment) Load all can load no more, so it says that instead.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../translation';
import { formatCount, formatPercent } from '../../components/format';
import { PAGE_SIZE } from '../../queries/objects';
import { MAX_SEGMENT_PAGES } from '../../state/segment-slots';

/** Fetches the next page; resolves whether yet another one exists (false on failure). */
export type NextPage = () => Promise<boolean>;

/** `action`: another way out shown before Load all (Search whole folder, for a filter); `rowCapReached`: no Load all, the cap said instead. */
export function PartialSortNotice({ loaded, nextPage, rowCapReached = false, filtered = false, action }: { loaded: number; nextPage: NextPage; rowCapReached?: boolean; filtered?: boolean; action?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [loadingAll, setLoadingAll] = useState(false);
  const cancelled = useRef(false);
  useEffect(
    () => () => {
      cancelled.current = true; // leaving the folder stops the loop
    },
    [],
  );

  const loadAll = async () => {
    cancelled.current = false;
    setLoadingAll(true);
    try {
      while (!cancelled.current && (await nextPage()));
    } finally {
      if (!cancelled.current) setLoadingAll(false);
    }
  };
  const count = formatCount(loaded, i18n.language);

  return (
    <div className="partial-notice" aria-live="polite">
      {loadingAll ? (
        <>
          <span className="spinner" aria-hidden="true" />
          <span>{t('table.loadingAll', { count: loaded, formatted: count })}</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              cancelled.current = true;
              setLoadingAll(false);
            }}
          >
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <>
          <span>{t(filtered ? 'table.partialFilter' : 'table.partialSort', { count: loaded, formatted: count })}</span>
          {rowCapReached && <span>{t('table.rowCap', { max: formatCount(MAX_SEGMENT_PAGES * PAGE_SIZE, i18n.language) })}</span>}
          {action}
          {!rowCapReached && (
            <button type="button" className="button" onClick={() => void loadAll()}>
              {t('table.loadAll')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** A new order or filter over many loaded rows is built over several tasks: how far it is. */
export function OrderingNotice({ progress, rows, filtered }: { progress: number; rows: number; filtered: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="partial-notice" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{t(filtered ? 'table.filteringProgress' : 'table.sortingProgress', { count: rows, formatted: formatCount(rows, i18n.language), percent: formatPercent(progress, i18n.language) })}</span>
    </div>
  );
}
