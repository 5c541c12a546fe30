// Delete…: first counts what the selection holds (folders recursively, with progress and
// cancel) and says "N objects, M links, total size"; then deletes in batches with progress,
// cancel and a per-key failure list. Cancel has the focus, never the Delete button.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { Dialog } from '../../components/dialog';
import { useErrorMessage } from '../../components/error-view';
import { formatSize } from '../../components/format';
import { type DeleteTreeResult, type TreeCountDto } from '../../contract';
import { useUiStore } from '../../state/ui-store';
import { LinksAtRisk } from '../links/links-at-risk';
import { FailureList } from '../operations/failure-list';
import { useJob } from '../operations/use-job';

const SHOWN = 8;

type Phase = { step: 'counting' } | { step: 'confirm'; count: TreeCountDto } | { step: 'deleting'; count: TreeCountDto } | { step: 'done'; result: DeleteTreeResult };

export function DeleteDialog({ profileId, bucket, keys }: { profileId: string; bucket: string; keys: string[] }) {
  const { t, i18n } = useTranslation();
  const close = useUiStore((s) => s.closeDialog);
  const errorMessage = useErrorMessage();
  const job = useJob();
  const { begin, cancel: cancelJob } = job;
  const [phase, setPhase] = useState<Phase>({ step: 'counting' });
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('countKeys', { profileId, bucket, keys, opId: begin() }).then(
      (count) => live && !count.cancelled && setPhase({ step: 'confirm', count }),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [profileId, bucket, keys, begin]);

  const remove = (count: TreeCountDto) => {
    setPhase({ step: 'deleting', count });
    call('deleteKeys', { profileId, bucket, keys, opId: job.begin() }).then(
      (result) => {
        if (result.failed.length === 0 && !result.cancelled) {
          useUiStore.getState().clearSelection();
          close();
        } else setPhase({ step: 'done', result });
      },
      (e: unknown) => setError(e),
    );
  };

  const cancel = () => {
    if (phase.step === 'counting' || phase.step === 'deleting') cancelJob();
    close();
  };
  const total = (c: TreeCountDto) => c.objects + c.links;

  return (
    <Dialog title={t('delete.title')} onClose={cancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (phase.step === 'confirm') remove(phase.count);
        }}
      >
        <ul className="key-list">
          {keys.slice(0, SHOWN).map((key) => (
            <li key={key} title={key}>
              {key}
            </li>
          ))}
          {keys.length > SHOWN && <li className="muted">{t('delete.more', { count: keys.length - SHOWN })}</li>}
        </ul>
        {phase.step === 'counting' && !error && <p role="status">{t('delete.counting', { count: job.progress?.done ?? 0 })}</p>}
        {phase.step !== 'counting' && phase.step !== 'done' && (
          <p className="delete-summary">
            {t('delete.summary', { objects: phase.count.objects, links: phase.count.links, size: formatSize(phase.count.bytes, i18n.language) })}
          </p>
        )}
        {phase.step === 'confirm' && <p>{t('delete.confirmAll', { count: total(phase.count) })}</p>}
        {phase.step === 'deleting' && <p role="status">{t('delete.progress', { done: job.progress?.done ?? 0, total: total(phase.count) })}</p>}
        {phase.step !== 'done' && <LinksAtRisk profileId={profileId} bucket={bucket} keys={keys} excludeSelection />}
        {/* Only where links are deleted: a plain object's delete never speaks of links. */}
        {phase.step !== 'counting' && phase.step !== 'done' && phase.count.links > 0 && (
          <p className="hint">{phase.count.objects === 0 ? t('delete.linkOnlyNote', { count: phase.count.links }) : t('delete.linkNote')}</p>
        )}
        {error !== null && (
          <p className="field-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        {phase.step === 'done' && (
          <>
            {phase.result.cancelled && <p role="status">{t('delete.cancelled', { count: phase.result.deleted })}</p>}
            <FailureList failed={phase.result.failed} />
          </>
        )}
        <div className="dialog-actions">
          {/* Cancel takes the focus, so Enter never deletes by accident. */}
          <button type="button" className="button" onClick={cancel} data-autofocus>
            {phase.step === 'done' ? t('common.close') : t('common.cancel')}
          </button>
          {phase.step !== 'done' && (
            <button type="submit" className="button danger" disabled={phase.step !== 'confirm' || total(phase.count) === 0}>
              {t('delete.submit')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
