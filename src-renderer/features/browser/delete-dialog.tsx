import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { Dialog } from '../../components/dialog';
import { useErrorMessage } from '../../components/error-view';
import { queryKeys } from '../../queries/keys';
import { useUiStore } from '../../state/ui-store';

const SHOWN = 8;

export function DeleteDialog({ profileId, bucket, keys }: { profileId: string; bucket: string; keys: string[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const close = useUiStore((s) => s.closeDialog);
  const errorMessage = useErrorMessage();
  const mutation = useMutation({
    mutationFn: () => call('deleteObjects', { profileId, bucket, keys }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.objectsOfBucket(profileId, bucket) });
      void qc.invalidateQueries({ queryKey: queryKeys.linksOfBucket(profileId, bucket) });
    },
    onSuccess: (result) => {
      if (result.failed.length === 0) {
        useUiStore.getState().clearSelection();
        close();
      }
    },
  });
  const failed = mutation.data?.failed ?? [];

  return (
    <Dialog title={t('delete.title')} onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <p>{t('delete.confirm', { count: keys.length })}</p>
        <ul className="key-list">
          {keys.slice(0, SHOWN).map((key) => (
            <li key={key} title={key}>
              {key}
            </li>
          ))}
          {keys.length > SHOWN && <li className="muted">{t('delete.more', { count: keys.length - SHOWN })}</li>}
        </ul>
        <p className="hint">{t('delete.linkNote')}</p>
        {mutation.isError && (
          <p className="field-error" role="alert">
            {errorMessage(mutation.error)}
          </p>
        )}
        {failed.length > 0 && (
          <ul className="result-list" role="alert">
            {failed.map((f) => (
              <li key={f.key} className="result-failed">
                {f.key}: {t(`errors.${f.code}`)}
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          {/* Cancel takes the focus, so Enter never deletes by accident. */}
          <button type="button" className="button" onClick={close} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={mutation.isPending}>
            {t('delete.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
