// New folder…: a zero-byte `name/` object in the current folder; an existing folder is an error beside the field.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../translation';
import { ApiError, call } from '../../api';
import { useErrorMessage } from '../../components/error-view';
import { useUiStore } from '../../state/ui-store';
import { nameProblem } from '../../contract';
import { NameDialog } from './name-dialog';

export function NewFolderDialog({ profileId, bucket, prefix }: { profileId: string; bucket: string; prefix: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const close = useUiStore((s) => s.closeDialog);
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const mutation = useMutation({
    mutationFn: () => call('newFolder', { profileId, bucket, prefix, name }),
    onSuccess: ({ key }) => {
      close();
      useUiStore.getState().openLocation(bucket, prefix, key);
    },
  });
  const problem = submitted ? nameProblem(prefix, name, true) : null;
  const serverProblem =
    mutation.error instanceof ApiError && mutation.error.code === 'ALREADY_EXISTS' ? t('operations.folderExists', { name }) : mutation.error ? errorMessage(mutation.error) : null;
  return (
    <NameDialog
      title={t('operations.newFolderTitle')}
      name={name}
      onName={(v) => {
        setName(v);
        mutation.reset();
      }}
      problem={problem ? t(`operations.nameProblem.${problem}`) : serverProblem}
      submitLabel={t('operations.create')}
      busy={mutation.isPending}
      onSubmit={() => {
        setSubmitted(true);
        if (!nameProblem(prefix, name, true)) mutation.mutate();
      }}
      onCancel={close}
    />
  );
}
