// Edit metadata… of an object or a link: the current user metadata (read by main, as Properties
// shows it) in the Create link dialog's rows, with its limits and name rules. Main copies an object
// onto itself (REPLACE, keeping content type and storage class) or writes a link again to the same
// target; its objects.changed refreshes the listing and the panel.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { type ObjectProperties, type StorageProvider } from '../../contract';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-view';
import { baseName } from '../../components/format';
import { propertiesOptions } from '../../queries/objects';
import { useUiStore } from '../../state/ui-store';
import { type MetaRow, META_LIMIT, metaRecord, metaRowsError } from './link-validation';
import { MetaRows, metaRowsFrom } from './meta-rows';
import { PendingProperties } from './pending-properties';

type EditMetadataProps = { profileId: string; bucket: string; provider: StorageProvider; objectKey: string };

export function EditMetadataDialog(props: EditMetadataProps) {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeDialog);
  const current = useQuery(propertiesOptions(props.profileId, props.bucket, props.objectKey));
  return (
    <Dialog title={t('editMeta.title', { name: baseName(props.objectKey) })} onClose={close} className="link-dialog">
      {current.isSuccess ? <EditMetadataForm {...props} current={current.data} onClose={close} /> : <PendingProperties query={current} onClose={close} />}
    </Dialog>
  );
}

function EditMetadataForm({ profileId, bucket, provider, objectKey, current, onClose }: EditMetadataProps & { current: ObjectProperties; onClose: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<MetaRow[]>(() => metaRowsFrom(current.meta));
  const [submitted, setSubmitted] = useState(false);
  const error = metaRowsError(rows, provider);
  const formRef = useRef<HTMLFormElement>(null);
  // The form appears once main has answered: focus its first field (the dialog focused "Loading…"'s Cancel).
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, button')?.focus(), []);
  const mutation = useMutation({
    mutationFn: () => call('editMetadata', { profileId, bucket, key: objectKey, meta: metaRecord(rows) }),
    onSuccess: () => {
      onClose();
      useUiStore.getState().showToast(t('editMeta.saved', { name: baseName(objectKey) }));
    },
  });
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (!error && !mutation.isPending) mutation.mutate();
      }}
    >
      <p className="hint">{t(current.isLink ? 'editMeta.linkNote' : 'editMeta.objectNote')}</p>
      <MetaRows rows={rows} provider={provider} limit={META_LIMIT[provider]} error={submitted || rows.length > 0 ? error : undefined} onChange={setRows} />
      {mutation.isError && <FormError error={mutation.error} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={mutation.isPending}>
          {t('editMeta.save')}
        </button>
      </div>
    </form>
  );
}
