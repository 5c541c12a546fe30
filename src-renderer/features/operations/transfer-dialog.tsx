// Copy to… / Move to…: a folder picker across the buckets of this profile (same provider:
// copies are server-side), options for links and existing keys, progress, cancel, failures.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { BucketSelect } from '../../components/bucket-select';
import { Dialog } from '../../components/dialog';
import { useErrorMessage } from '../../components/error-view';
import { baseName } from '../../components/format';
import { FolderIcon, UpIcon } from '../../components/icons';
import { type CopyObjectsResult } from '../../contract';
import { objectListOptions } from '../../queries/objects';
import { decodeObjectPage } from '../browser/rows';
import { bucketsOptions } from '../../queries/profiles';
import { parentPrefix } from '../../state/nav-slice';
import { useUiStore } from '../../state/ui-store';
import { LinksAtRisk } from '../links/links-at-risk';
import { FailureList } from './failure-list';
import { useJob } from './use-job';

export type TransferMode = 'copy' | 'move';

/** A typed folder as a prefix: 'docs' and 'docs/' are the same folder, '' and '/' the bucket's top. */
export const asFolder = (text: string): string => {
  const trimmed = text.trim().replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
};

/** Where each selected key lands in `destPrefix`: folders keep their name and go recursively. */
export const transferItems = (keys: readonly string[], destPrefix: string) => keys.map((from) => ({ from, to: `${asFolder(destPrefix)}${baseName(from)}` }));

function FolderPicker({ profileId, bucket, prefix, onPrefix }: { profileId: string; bucket: string; prefix: string; onPrefix: (p: string) => void }) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(objectListOptions(profileId, bucket, prefix));
  const folders = (list.data?.pages ?? []).flatMap((p) => decodeObjectPage(p)).filter((r) => r.kind === 'folder');
  return (
    <div className="folder-picker">
      <div className="folder-picker-head">
        <button type="button" className="icon-button" aria-label={t('toolbar.up')} title={t('toolbar.up')} disabled={prefix === ''} onClick={() => onPrefix(parentPrefix(prefix))}>
          <UpIcon />
        </button>
        <span className="muted">{`${bucket}/${prefix}`}</span>
      </div>
      <ul className="folder-picker-list" aria-label={t('transfer.folders')}>
        {folders.length === 0 && <li className="muted">{list.isPending ? t('table.loading') : t('transfer.noSubfolders')}</li>}
        {folders.map((f) => (
          <li key={f.key}>
            <button type="button" className="folder-picker-item" onClick={() => onPrefix(f.key)}>
              <FolderIcon /> {baseName(f.key)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

type TransferDialogProps = { profileId: string; sourceBucket: string; keys: string[]; mode: TransferMode; startPrefix: string };

export function TransferDialog({ profileId, sourceBucket, keys, mode, startPrefix }: TransferDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorMessage = useErrorMessage();
  const close = useUiStore((s) => s.closeDialog);
  const buckets = useQuery(bucketsOptions(profileId));
  const provider = buckets.data?.find((b) => b.name === sourceBucket)?.provider;
  const sameProvider = (buckets.data ?? []).filter((b) => b.provider === provider);
  const [destBucket, setDestBucket] = useState(sourceBucket);
  const [destPrefix, setDestPrefix] = useState(startPrefix);
  const [linkBytes, setLinkBytes] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<CopyObjectsResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const job = useJob();

  const items = transferItems(keys, destPrefix);
  const samePlace = destBucket === sourceBucket && items.every((i) => i.from === i.to);
  const submit = () => {
    if (samePlace) return;
    setRunning(true);
    setError(null);
    call('copyObjects', { profileId, sourceBucket, destBucket, items, move: mode === 'move', linkBytes, overwrite, opId: job.begin() }).then(
      (r) => {
        setRunning(false);
        if (r.failed.length === 0 && !r.cancelled) close();
        else setResult(r);
      },
      (e: unknown) => {
        setRunning(false);
        setError(e);
      },
    );
  };
  const crossBucketLinkRefused = result?.failed.some((f) => f.code === 'NOT_SUPPORTED') ?? false;

  return (
    <Dialog title={t(mode === 'copy' ? 'transfer.copyTitle' : 'transfer.moveTitle')} onClose={() => (running ? job.cancel() : close())} className="transfer-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) submit();
        }}
      >
        <p>{t(mode === 'copy' ? 'transfer.copyIntro' : 'transfer.moveIntro', { count: keys.length })}</p>
        <div className="field">
          <label htmlFor={`${id}-bucket`}>{t('transfer.bucket')}</label>
          <BucketSelect
            id={`${id}-bucket`}
            value={destBucket}
            buckets={sameProvider}
            onChange={(bucket) => {
              setDestBucket(bucket);
              setDestPrefix('');
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-folder`}>{t('transfer.folder')}</label>
          <input id={`${id}-folder`} type="text" value={destPrefix} autoComplete="off" spellCheck={false} onChange={(e) => setDestPrefix(e.target.value)} />
        </div>
        <FolderPicker profileId={profileId} bucket={destBucket} prefix={asFolder(destPrefix)} onPrefix={setDestPrefix} />
        {samePlace && (
          <p className="hint" role="status">
            {t('transfer.samePlace')}
          </p>
        )}
        {mode === 'move' && !result && <LinksAtRisk profileId={profileId} bucket={sourceBucket} keys={keys} excludeSelection={false} />}
        <p className="hint">{t('transfer.linksStayLinks')}</p>
        <label className="check-label">
          <input type="checkbox" checked={linkBytes} onChange={(e) => setLinkBytes(e.target.checked)} />
          {t('transfer.linkBytes')}
        </label>
        <label className="check-label">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          {t('transfer.overwrite')}
        </label>
        {running && <p role="status">{t('transfer.progress', { count: job.progress?.done ?? 0 })}</p>}
        {error !== null && (
          <p className="field-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        {result && <FailureList failed={result.failed} />}
        {crossBucketLinkRefused && <p className="hint">{t('transfer.ossCrossBucketLink')}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => (running ? job.cancel() : close())}>
            {result ? t('common.close') : t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={running || samePlace}>
            {t(mode === 'copy' ? 'transfer.copy' : 'transfer.move')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
