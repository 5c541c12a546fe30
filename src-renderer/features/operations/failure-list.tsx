// Per-key failures of an operation, worded from the locale files.
import { useTranslation } from '../../translation';
import { type ItemFailureDto } from '../../contract';

const SHOWN = 50;

export function FailureList({ failed }: { failed: readonly ItemFailureDto[] }) {
  const { t } = useTranslation();
  if (failed.length === 0) return null;
  return (
    <div role="alert">
      <p className="field-error">{t('operations.failedCount', { count: failed.length })}</p>
      <ul className="result-list">
        {failed.slice(0, SHOWN).map((f) => (
          <li key={f.key} className="result-failed">
            {f.key}: {t(`errors.${f.code}`)}
          </li>
        ))}
        {failed.length > SHOWN && <li className="muted">{t('delete.more', { count: failed.length - SHOWN })}</li>}
      </ul>
    </div>
  );
}
