// Create link / Retarget link: one dialog. Retarget is the same form prefilled with overwrite.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../translation';
import { type CreateLinkResult, type ObjectProperties, type StorageProvider, storageClassRule, type TargetInspection } from '../../contract';
import { call } from '../../api';
import { BucketSelect } from '../../components/bucket-select';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-view';
import { formatDate, formatSize } from '../../components/format';
import { propertiesOptions } from '../../queries/objects';
import { bucketsOptions } from '../../queries/profiles';
import { type LinkDialogSeed } from '../../state/dialog-slice';
import { useUiStore } from '../../state/ui-store';
import { type BrowserRow } from '../browser/rows';
import { storageClassLabel } from '../../components/provider-names';
import { type FieldError, type LinkForm, linkKeyOf, META_LIMIT, metaRecord, STORAGE_CLASSES, validateLinkForm } from './link-validation';
import { MetaRows, metaRowsFrom } from './meta-rows';
import { PendingProperties } from './pending-properties';
import { useTargetInspection } from './use-target-inspection';

type LinkDialogProps = {
  profileId: string;
  bucket: string;
  prefix: string;
  provider: StorageProvider;
  bucketStorageClass?: string;
  seed: LinkDialogSeed;
  rows: readonly BrowserRow[];
};

type Existing = Extract<CreateLinkResult, { status: 'exists' }>['existing'];

function FieldMessage({ id, error }: { id: string; error?: FieldError }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {t(error.key, error.values)}
    </p>
  );
}

function ConflictNotice({ existing, onReplace, busy }: { existing: Existing; onReplace: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        {t('linkDialog.exists', {
          key: existing.key,
          kind: t(`kind.${existing.kind}`),
          size: formatSize(existing.size, i18n.language),
          time: formatDate(existing.lastModified, i18n.language),
        })}
      </p>
      {existing.target && <p>{t('linkDialog.existingTarget', { target: existing.target })}</p>}
      <button type="button" className="button danger" onClick={onReplace} disabled={busy}>
        {t('linkDialog.replace')}
      </button>
    </div>
  );
}

/** Said beside the Target field as soon as typing pauses: the target is missing or is itself a link. */
function TargetNotice({ id, target, inspection, onUseTarget }: { id: string; target: string; inspection?: TargetInspection; onUseTarget: (key: string) => void }) {
  const { t } = useTranslation();
  if (inspection?.nature === 'missing') {
    return (
      <p id={id} className="hint hint-warning">
        {t('linkDialog.targetMissing', { target })}
      </p>
    );
  }
  if (inspection?.nature !== 'link') return null;
  const linkTarget = inspection.linkTarget;
  return (
    <div id={id} className="notice notice-warning" role="status">
      <p>{t(linkTarget ? 'linkDialog.targetIsLinkTo' : 'linkDialog.targetIsLink', { target, linkTarget })}</p>
      {linkTarget && (
        <button type="button" className="button" onClick={() => onUseTarget(linkTarget)}>
          {t('linkDialog.useLinkTarget')}
        </button>
      )}
    </div>
  );
}

/** Archive-tier bucket default (OSS "Archive"/"ColdArchive", BOS "ARCHIVE"). */
export function isArchiveClass(storageClass: string | undefined): boolean {
  return /archive/i.test(storageClass ?? '');
}

/**
 * Create link… / Retarget…. A retarget first reads the link (main's Properties: its own metadata
 * and storage class) so that writing it again to the new target keeps them; the overwrite is
 * implied and the Target field starts focused with its text selected.
 */
export function LinkDialog(props: LinkDialogProps) {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeDialog);
  const retarget = props.seed.mode === 'retarget';
  const current = useQuery({ ...propertiesOptions(props.profileId, props.bucket, linkKeyOf(props.prefix, props.seed.name)), enabled: retarget });
  const title = t(retarget ? 'linkDialog.retargetTitle' : 'linkDialog.title');
  if (!retarget || current.isSuccess) {
    return (
      <Dialog title={title} onClose={close} className="link-dialog">
        <LinkDialogForm {...props} current={retarget ? current.data : undefined} />
      </Dialog>
    );
  }
  return (
    <Dialog title={title} onClose={close} className="link-dialog">
      <PendingProperties query={current} onClose={close} />
    </Dialog>
  );
}

/** The link's current storage class in the provider's spelling, if a link may keep it. */
function keptClass(provider: StorageProvider, current: ObjectProperties | undefined): string | undefined {
  const id = current?.storageClass ? storageClassRule(provider, current.storageClass)?.id : undefined;
  return id !== undefined && STORAGE_CLASSES[provider].includes(id) ? id : undefined;
}

function LinkDialogForm({ profileId, bucket, prefix, provider, bucketStorageClass, seed, rows, current }: LinkDialogProps & { current: ObjectProperties | undefined }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const close = useUiStore((s) => s.closeDialog);
  const retarget = seed.mode === 'retarget';
  const ossArchiveBucket = provider === 'oss' && isArchiveClass(bucketStorageClass);
  const bosArchiveDefault = provider === 'bos' && isArchiveClass(bucketStorageClass);
  const [form, setForm] = useState<LinkForm>(() => ({
    name: seed.name,
    target: current?.link?.target ?? seed.target,
    targetBucket: (current?.link ? current.link.targetBucket : seed.targetBucket) ?? bucket,
    // A retarget replaces the link itself: the overwrite is implied (no checkbox).
    overwrite: retarget,
    // BOS rejects ARCHIVE links, so an ARCHIVE-default bucket needs an explicit other class.
    storageClass: keptClass(provider, current) ?? (bosArchiveDefault ? (STORAGE_CLASSES.bos[0] as string) : ''),
    meta: current ? metaRowsFrom(current.meta) : [],
  }));
  const targetRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!retarget) return;
    targetRef.current?.focus();
    targetRef.current?.select();
  }, [retarget]);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [existing, setExisting] = useState<Existing | null>(null);
  /** Create was pressed for a target that does not exist yet: ask once; accepted creates the link anyway. */
  const [missingAsked, setMissingAsked] = useState(false);
  const [missingAccepted, setMissingAccepted] = useState(false);

  const buckets = useQuery({ ...bucketsOptions(profileId), enabled: provider === 'bos' });
  const region = buckets.data?.find((b) => b.name === bucket)?.region;
  const targetBuckets = (buckets.data ?? []).filter((b) => b.provider === 'bos' && (region === undefined || b.region === region));
  const completions = useMemo(() => rows.filter((r) => r.kind !== 'folder').map((r) => r.key), [rows]);

  const ctx = { prefix, bucket, provider };
  const errors = validateLinkForm(form, ctx);
  const shown = (field: 'name' | 'target' | 'meta') => (submitted || touched[field] ? errors[field] : undefined);
  const set = (patch: Partial<LinkForm>, field?: string) => {
    setForm((f) => ({ ...f, ...patch }));
    if (field) setTouched((s) => ({ ...s, [field]: true }));
    setExisting(null);
    setMissingAsked(false);
    setMissingAccepted(false);
  };
  const inspectedBucket = provider === 'bos' && form.targetBucket ? form.targetBucket : bucket;
  const inspection = useTargetInspection(profileId, inspectedBucket, form.target.trim(), !errors.target);


  const mutation = useMutation({
    mutationFn: (overwrite: boolean) =>
      call('createLink', {
        profileId,
        bucket,
        key: linkKeyOf(prefix, form.name),
        target: form.target.trim(),
        targetBucket: provider === 'bos' && form.targetBucket && form.targetBucket !== bucket ? form.targetBucket : undefined,
        overwrite,
        meta: metaRecord(form.meta),
        storageClass: form.storageClass || undefined,
      }),
    onSuccess: (result) => {
      if (result.status === 'exists') {
        setExisting(result.existing);
        return;
      }
      const store = useUiStore.getState();
      store.closeDialog();
      // main's objects.changed refetches the listing; the reveal waits for it to hold the link.
      store.openLocation(bucket, result.key.slice(0, result.key.lastIndexOf('/') + 1), result.key);
    },
  });

  const submit = (overwrite: boolean, createMissing = missingAccepted) => {
    setSubmitted(true);
    if (ossArchiveBucket || Object.keys(errors).length > 0 || mutation.isPending) return;
    // A link to a key that does not exist yet is allowed (it is broken until the key appears), but asked first.
    if (inspection?.nature === 'missing' && !createMissing) {
      setMissingAsked(true);
      return;
    }
    mutation.mutate(overwrite);
  };

  const fieldProps = (field: 'name' | 'target') => ({
    id: `${ids}-${field}`,
    'aria-invalid': shown(field) ? true : undefined,
    'aria-describedby': shown(field) ? `${ids}-${field}-error` : undefined,
  });

  return (
    <>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit(form.overwrite);
        }}
      >
        {ossArchiveBucket && (
          <p id={`${ids}-archive`} className="notice notice-warning" role="alert">
            {t('linkDialog.archiveBucket')}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t('linkDialog.name')}</label>
          <input {...fieldProps('name')} type="text" value={form.name} data-autofocus={retarget ? undefined : true} autoComplete="off" spellCheck={false} onChange={(e) => set({ name: e.target.value }, 'name')} />
          <FieldMessage id={`${ids}-name-error`} error={shown('name')} />
          <p className="hint">{t('linkDialog.nameHint', { folder: prefix || '/' })}</p>
        </div>
        {provider === 'bos' && (
          <div className="field">
            <label htmlFor={`${ids}-bucket`}>{t('linkDialog.targetBucket')}</label>
            <BucketSelect id={`${ids}-bucket`} value={form.targetBucket} buckets={targetBuckets} onChange={(targetBucket) => set({ targetBucket })} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-target`}>{t('linkDialog.target')}</label>
          <input {...fieldProps('target')} ref={targetRef} data-autofocus={retarget ? true : undefined} type="text" role="textbox" list={`${ids}-targets`} value={form.target} autoComplete="off" spellCheck={false} onChange={(e) => set({ target: e.target.value }, 'target')} />
          {/* Completion from the loaded listing; role stays textbox (a list would make it a combobox). */}
          <datalist id={`${ids}-targets`}>
            {completions.slice(0, 500).map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
          <FieldMessage id={`${ids}-target-error`} error={shown('target')} />
          {!shown('target') && (
            <TargetNotice id={`${ids}-target-notice`} target={form.target.trim()} inspection={inspection} onUseTarget={(key) => set({ target: key }, 'target')} />
          )}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-class`}>{t('linkDialog.storageClass')}</label>
          <select id={`${ids}-class`} value={form.storageClass} onChange={(e) => set({ storageClass: e.target.value })}>
            {!bosArchiveDefault && <option value="">{t('linkDialog.storageClassDefault')}</option>}
            {STORAGE_CLASSES[provider].map((c) => (
              <option key={c} value={c}>
                {storageClassLabel(provider, c, i18n.language)}
              </option>
            ))}
          </select>
          {bosArchiveDefault && <p className="hint">{t('linkDialog.bosArchiveDefault')}</p>}
        </div>
        <MetaRows rows={form.meta} provider={provider} limit={META_LIMIT[provider]} error={shown('meta')} onChange={(meta) => set({ meta }, 'meta')} />
        {!retarget && (
          <label className="check-label">
            <input type="checkbox" checked={form.overwrite} onChange={(e) => set({ overwrite: e.target.checked })} />
            {t('linkDialog.overwrite')}
          </label>
        )}
        {provider === 'oss' && form.overwrite && !retarget && <p className="hint">{t('linkDialog.ossOverwriteNote')}</p>}
        {missingAsked && inspection?.nature === 'missing' && !missingAccepted && (
          <div className="notice notice-warning" role="alert">
            <p>{t('linkDialog.confirmMissing', { target: form.target.trim() })}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setMissingAccepted(true);
                submit(form.overwrite, true);
              }}
            >
              {t('linkDialog.createAnyway')}
            </button>
          </div>
        )}
        {existing && <ConflictNotice existing={existing} busy={mutation.isPending} onReplace={() => submit(true)} />}
        {mutation.isError && <FormError error={mutation.error} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={mutation.isPending || ossArchiveBucket} aria-describedby={ossArchiveBucket ? `${ids}-archive` : undefined}>
            {t(seed.mode === 'retarget' ? 'linkDialog.retargetSubmit' : 'linkDialog.create')}
          </button>
        </div>
      </form>
    </>
  );
}
