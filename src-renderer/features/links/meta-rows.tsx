import { useTranslation } from '../../translation';
import { type StorageProvider } from '../../contract';
import { CloseIcon, PlusIcon } from '../../components/icons';
import { type FieldError, type MetaRow, metaBytes } from './link-validation';

type MetaRowsProps = { rows: MetaRow[]; provider: StorageProvider; limit: number; error?: FieldError; onChange: (rows: MetaRow[]) => void };

let nextId = 1;
export const newMetaRow = (): MetaRow => ({ id: nextId++, key: '', value: '' });
/** Rows for metadata read back from the service (Retarget…, Edit metadata…). */
export const metaRowsFrom = (meta: Record<string, string>): MetaRow[] => Object.entries(meta).map(([key, value]) => ({ id: nextId++, key, value }));

/** Optional user metadata, with a live byte count against the provider's limit. */
export function MetaRows({ rows, provider, limit, error, onChange }: MetaRowsProps) {
  const { t } = useTranslation();
  const bytes = metaBytes(rows, provider);
  const update = (id: number, patch: Partial<MetaRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <fieldset className="meta-rows">
      <legend>{t('linkDialog.meta')}</legend>
      {rows.map((row, i) => (
        <div key={row.id} className="meta-row">
          <input aria-label={t('linkDialog.metaName', { n: i + 1 })} placeholder={t('linkDialog.metaNamePlaceholder')} value={row.key} onChange={(e) => update(row.id, { key: e.target.value })} />
          <input aria-label={t('linkDialog.metaValue', { n: i + 1 })} placeholder={t('linkDialog.metaValuePlaceholder')} value={row.value} onChange={(e) => update(row.id, { value: e.target.value })} />
          <button type="button" className="icon-button" aria-label={t('linkDialog.metaRemove', { n: i + 1 })} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
            <CloseIcon />
          </button>
        </div>
      ))}
      <div className="meta-footer">
        <button type="button" className="button small" onClick={() => onChange([...rows, newMetaRow()])}>
          <PlusIcon /> {t('linkDialog.metaAdd')}
        </button>
        <span className={bytes > limit ? 'byte-count over' : 'byte-count'} aria-live="polite">
          {t('linkDialog.metaBytes', { bytes, limit })}
        </span>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {t(error.key, error.values)}
        </p>
      )}
    </fieldset>
  );
}
