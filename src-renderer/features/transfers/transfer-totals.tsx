// The status bar's transfer totals: active count, bytes done of total, rate, ETA.
import { useTranslation } from '../../translation';
import { formatSize } from '../../components/format';
import { formatEta, formatRate } from './transfer-format';
import { useTransfersStore } from './transfers-store';

export function TransferTotalsText() {
  const { t, i18n } = useTranslation();
  const totals = useTransfersStore((s) => s.totals);
  if (totals.active === 0) return null;
  const eta = formatEta(totals.etaSeconds);
  return (
    <span className="status-transfers">
      {t('transfers.status', {
        active: totals.active,
        done: formatSize(totals.transferred, i18n.language),
        total: formatSize(totals.size, i18n.language),
        rate: formatRate(totals.rate, i18n.language),
      })}
      {eta && ` · ${eta}`}
    </span>
  );
}
