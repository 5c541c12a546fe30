import { memo, useMemo } from 'react';
import { useTranslation } from '../../translation';
import { formatCount, formatSize } from '../../components/format';
import { useDelayedFlag } from '../../components/use-delayed-flag';
import { useUiStore } from '../../state/ui-store';
import { type RowLookup } from './use-object-actions';
import { TransferTotalsText } from '../transfers/transfer-totals';

/** `matches`: the rows are Search whole folder's matches, not the folder's items. */
type StatusBarProps = { count: number; loadedAll: boolean; matches?: boolean; loading: boolean; rowByKey: RowLookup; location?: string; stale?: boolean };

/** Memoized: re-renders when its counts or the selection change, and then translates only the
 * parts that changed (a page arriving changes the count alone). */
export const StatusBar = memo(function StatusBar({ count, loadedAll, matches = false, loading, rowByKey, location, stale }: StatusBarProps) {
  const { t, i18n } = useTranslation();
  const selectedKeys = useUiStore((s) => s.selectedKeys);
  // `count` picks the plural form; `formatted` is what shows ("185,001", grouped as the language groups).
  const itemsText = useMemo(
    () => t(matches ? (loadedAll ? 'status.matches' : 'status.matchesSoFar') : loadedAll ? 'status.items' : 'status.itemsLoaded', { count, formatted: formatCount(count, i18n.language) }),
    [t, matches, loadedAll, count, i18n.language],
  );
  let bytes = 0;
  for (const key of selectedKeys) bytes += rowByKey.get(key)?.size ?? 0;
  const selectedText = useMemo(() => (selectedKeys.size > 0 ? t('status.selected', { count: selectedKeys.size, formatted: formatCount(selectedKeys.size, i18n.language), size: formatSize(bytes, i18n.language) }) : ''), [t, selectedKeys.size, bytes, i18n.language]);
  const fixed = useMemo(() => ({ stale: t('connection.stale'), loading: t('status.loading') }), [t]);
  // Most pages answer before the spinner would show: it waits (and then spins) only for slow ones.
  const showLoading = useDelayedFlag(loading);
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span>{itemsText}</span>
      {selectedText && <span>{selectedText}</span>}
      {stale && <span className="status-stale">{fixed.stale}</span>}
      {showLoading && (
        <span className="status-loading">
          <span className="spinner" aria-hidden="true" />
          {fixed.loading}
        </span>
      )}
      <TransferTotalsText />
      {location && <span className="status-location">{location}</span>}
    </footer>
  );
});
