// Confirmation for drag-to-link: every link to be made (name -> target), conflicts, then one result per item.
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { type CreateLinksItemResult } from '../../contract';
import { call } from '../../api';
import { Dialog } from '../../components/dialog';
import { useErrorMessage } from '../../components/error-view';
import { objectAtKeyOptions } from '../../queries/objects';
import { bucketsOptions } from '../../queries/profiles';
import { type Dialog as DialogState } from '../../state/dialog-slice';
import { useUiStore } from '../../state/ui-store';
import { crossBucketProblem } from './drag';

type DragDialog = Extract<DialogState, { kind: 'dragLinks' }>;

/** Conflict checks are one small listing each; beyond this many we let the server report them. */
const MAX_CHECKS = 100;

export function DragLinksDialog({ profileId, dialog }: { profileId: string; dialog: DragDialog }) {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeDialog);
  const errorMessage = useErrorMessage();
  const [overwrite, setOverwrite] = useState(false);
  const { bucket, prefix, items, sourceBucket } = dialog;
  // The drop bucket (not the one being browsed) decides the rules; its provider and region come from the list.
  const buckets = useQuery(bucketsOptions(profileId));
  const problem = crossBucketProblem(sourceBucket, bucket, buckets.data);
  const noticeId = useId();
  const shownProblem = problem === 'unknownBucket' ? null : problem; // still loading: just wait
  const blocked = problem !== null;
  const sourceRegion = buckets.data?.find((b) => b.name === sourceBucket)?.region ?? '';
  const region = buckets.data?.find((b) => b.name === bucket)?.region ?? '';

  const checks = useQueries({
    queries: items.slice(0, MAX_CHECKS).map((item) => ({ ...objectAtKeyOptions(profileId, bucket, item.key), enabled: !blocked })),
  });
  const conflictOf = (index: number) => checks[index]?.data ?? null;
  const selfLinks = new Set(items.filter((i) => i.key === i.target && !i.targetBucket).map((i) => i.key));
  const conflicts = checks.filter((c) => c.data).length;
  const checking = checks.some((c) => c.isPending && c.fetchStatus !== 'idle');

  const mutation = useMutation({
    mutationFn: () =>
      call('createLinks', { profileId, bucket, overwrite, items: items.filter((i) => !selfLinks.has(i.key)) }),
  });
  const results = mutation.data;
  const resultOf = (key: string): CreateLinksItemResult | undefined => results?.find((r) => r.key === key);

  return (
    <Dialog title={t('dragDialog.title', { count: items.length })} onClose={close} className="drag-dialog">
      <p>{t('dragDialog.intro', { count: items.length, location: `${bucket}/${prefix}` })}</p>
      {shownProblem && (
        <p id={noticeId} className="notice notice-warning" role="alert">
          {t(`dragDialog.${shownProblem}`, { source: sourceBucket, sourceRegion, bucket, region })}
        </p>
      )}
      <ul className="link-plan" aria-label={t('dragDialog.listLabel')}>
        {items.map((item, i) => {
          const existing = conflictOf(i);
          const result = resultOf(item.key);
          const target = item.targetBucket ? `${item.targetBucket}/${item.target}` : item.target;
          return (
            <li key={item.key} className="link-plan-item">
              <span className="plan-name" title={item.key}>
                {item.key.slice(prefix.length)}
              </span>
              <span className="plan-arrow" aria-label={t('dragDialog.pointsTo')}>
                →
              </span>
              <span className="plan-target" title={target}>
                {target}
              </span>
              {selfLinks.has(item.key) && <span className="badge badge-broken">{t('dragDialog.self')}</span>}
              {!result && existing && !selfLinks.has(item.key) && (
                <span className="badge badge-chain" title={t('dragDialog.conflictTip', { kind: t(`kind.${existing.kind}`) })}>
                  {t('dragDialog.conflict')}
                </span>
              )}
              {result && (
                <span className={`badge result-${result.status}`} title={result.error?.message}>
                  {t(`dragDialog.result.${result.status}`)}
                  {result.error ? `: ${t(`errors.${result.error.code}`)}` : ''}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {conflicts > 0 && !results && <p className="hint">{t('dragDialog.conflicts', { count: conflicts })}</p>}
      {!results && (
        <label className="check-label">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          {t('dragDialog.overwrite')}
        </label>
      )}
      {mutation.isError && (
        <p className="field-error" role="alert">
          {errorMessage(mutation.error)}
        </p>
      )}
      {results && (
        <p role="status">
          {t('dragDialog.summary', {
            created: results.filter((r) => r.status === 'created').length,
            skipped: results.filter((r) => r.status === 'skipped-exists').length,
            failed: results.filter((r) => r.status === 'failed').length,
          })}
        </p>
      )}
      <div className="dialog-actions">
        {results ? (
          <button type="button" className="button primary" data-autofocus onClick={close}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button primary" data-autofocus disabled={blocked || checking || mutation.isPending || selfLinks.size === items.length} aria-describedby={shownProblem ? noticeId : undefined} onClick={() => mutation.mutate()}>
              {t('dragDialog.submit', { count: items.length - selfLinks.size })}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
