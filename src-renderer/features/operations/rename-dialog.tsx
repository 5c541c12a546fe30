// Rename…: server-side copy, then the source is deleted only once the copy succeeded (main's
// ops.copy with move). A folder moves every key under it, with progress; a name that is taken asks.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { useErrorMessage } from '../../components/error-view';
import { baseName } from '../../components/format';
import { useUiStore } from '../../state/ui-store';
import { parentPrefix } from '../../state/nav-slice';
import { FailureList } from './failure-list';
import { nameProblem } from '../../contract';
import { LinksAtRisk } from '../links/links-at-risk';
import { NameDialog } from './name-dialog';
import { useJob } from './use-job';

export function RenameDialog({ profileId, bucket, sourceKey }: { profileId: string; bucket: string; sourceKey: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const close = useUiStore((s) => s.closeDialog);
  const folder = sourceKey.endsWith('/');
  const parent = parentPrefix(sourceKey);
  const [name, setName] = useState(baseName(sourceKey).replace(/\/$/, ''));
  const [submitted, setSubmitted] = useState(false);
  const job = useJob();
  const newKey = `${parent}${name}${folder ? '/' : ''}`;
  const mutation = useMutation({
    mutationFn: (overwrite: boolean) =>
      call('copyObjects', { profileId, sourceBucket: bucket, destBucket: bucket, items: [{ from: sourceKey, to: newKey }], move: true, overwrite, opId: job.begin() }),
    onSuccess: (result) => {
      if (result.failed.length === 0 && !result.cancelled) {
        close();
        useUiStore.getState().openLocation(bucket, parent, newKey);
      }
    },
  });
  const result = mutation.data;
  const taken = result?.failed.some((f) => f.code === 'ALREADY_EXISTS') ?? false;
  const local = submitted ? nameProblem(parent, name, folder) : null;
  const problem = local ? t(`operations.nameProblem.${local}`) : newKey === sourceKey && submitted ? t('operations.sameName') : mutation.error ? errorMessage(mutation.error) : null;
  const submit = (overwrite: boolean) => {
    setSubmitted(true);
    if (!nameProblem(parent, name, folder) && newKey !== sourceKey) mutation.mutate(overwrite);
  };
  return (
    <NameDialog
      title={t('operations.renameTitle')}
      name={name}
      onName={(v) => {
        setName(v);
        mutation.reset();
      }}
      problem={problem}
      submitLabel={taken ? t('operations.replace') : t('operations.rename')}
      busy={mutation.isPending}
      onSubmit={() => submit(taken)}
      onCancel={() => {
        if (mutation.isPending) job.cancel();
        close();
      }}
    >
      {!result && <LinksAtRisk profileId={profileId} bucket={bucket} keys={[sourceKey]} excludeSelection={false} />}
      {mutation.isPending && folder && job.progress && <p role="status">{t('operations.moved', { count: job.progress.done })}</p>}
      {taken && (
        <p className="notice notice-warning" role="alert">
          {t('operations.renameTaken', { name })}
        </p>
      )}
      {result && !taken && <FailureList failed={result.failed} />}
    </NameDialog>
  );
}
