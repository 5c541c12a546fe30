import { useTranslation } from 'react-i18next';
import { formatSize } from '../../components/format';
import { useUiStore } from '../../state/ui-store';
import { type RowLookup } from './use-object-actions';
import { TransferTotalsText } from '../transfers/transfer-totals';

/** `matches`: the rows are Search whole folder's matches, not the folder's items. */
type StatusBarProps = { count: number; loadedAll: boolean; matches?: boolean; loading: boolean; rowByKey: RowLookup; location?: string; stale?: boolean };

export function StatusBar({ count, loadedAll, matches = false, loading, rowByKey, location, stale }: StatusBarProps) {
  const { t, i18n } = useTranslation();
  const selectedKeys = useUiStore((s) => s.selectedKeys);
  let bytes = 0;
  for (const key of selectedKeys) bytes += rowByKey.get(key)?.size ?? 0;
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span>{t(matches ? (loadedAll ? 'status.matches' : 'status.matchesSoFar') : loadedAll ? 'status.items' : 'status.itemsLoaded', { count })}</span>
      {selectedKeys.size > 0 && (
        <span>{t('status.selected', { count: selectedKeys.size, size: formatSize(bytes, i18n.language) })}</span>
      )}
      {stale && <span className="status-stale">{t('connection.stale')}</span>}
      {loading && (
        <span className="status-loading">
          <span className="spinner" aria-hidden="true" />
          {t('status.loading')}
        </span>
      )}
      <TransferTotalsText />
      {location && <span className="status-location">{location}</span>}
    </footer>
  );
}
