// What a dialog that starts from an object's current properties (Retarget…, Edit metadata…)
// shows until main has read them: "Loading…", or the failure with Retry, and Cancel.
import { type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { type ObjectProperties } from '../../contract';
import { ErrorView } from '../../components/error-view';

export function PendingProperties({ query, onClose }: { query: UseQueryResult<ObjectProperties>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {query.isError ? <ErrorView compact error={query.error} onRetry={() => void query.refetch()} /> : <p className="muted">{t('properties.loading')}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
