// Copy share URL…: a presigned GET with a chosen lifetime (capped at 7 days in main), optionally
// as an attachment; for a link, the link's URL or its target's. Copied through main's clipboard.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { Dialog } from '../../components/dialog';
import { useErrorMessage } from '../../components/error-view';
import { formatDate } from '../../components/format';
import { queryKeys } from '../../queries/keys';
import { useUiStore } from '../../state/ui-store';

export const EXPIRY_CHOICES = [
  { id: '15m', seconds: 15 * 60 },
  { id: '1h', seconds: 3600 },
  { id: '1d', seconds: 86_400 },
  { id: '7d', seconds: 7 * 86_400 },
] as const;

export function ShareDialog({ profileId, bucket, objectKey, isLink }: { profileId: string; bucket: string; objectKey: string; isLink: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const errorMessage = useErrorMessage();
  const close = useUiStore((s) => s.closeDialog);
  const [expiresSeconds, setExpires] = useState<number>(3600);
  const [attachment, setAttachment] = useState(false);
  const [ofTarget, setOfTarget] = useState(false);
  const [copied, setCopied] = useState(false);
  // Not cached: each URL is signed at the moment it is asked for.
  const url = useQuery({
    queryKey: queryKeys.shareUrl(profileId, bucket, objectKey, { expiresSeconds, attachment, ofTarget }),
    queryFn: () => call('shareUrl', { profileId, bucket, key: objectKey, expiresSeconds, attachment, ofTarget }),
    gcTime: 0,
    staleTime: Infinity,
  });
  const copy = async () => {
    if (!url.data) return;
    try {
      await call('writeClipboard', { text: url.data.url });
      setCopied(true);
    } catch (e) {
      useUiStore.getState().showToast(errorMessage(e), 'error');
    }
  };
  return (
    <Dialog title={t('share.title')} onClose={close}>
      <div className="field">
        <label htmlFor={`${id}-expires`}>{t('share.expiresIn')}</label>
        <select id={`${id}-expires`} value={expiresSeconds} onChange={(e) => { setExpires(Number(e.target.value)); setCopied(false); }}>
          {EXPIRY_CHOICES.map((c) => (
            <option key={c.id} value={c.seconds}>
              {t(`share.expiry.${c.id}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check-label">
        <input type="checkbox" checked={attachment} onChange={(e) => { setAttachment(e.target.checked); setCopied(false); }} />
        {t('share.attachment')}
      </label>
      {isLink && (
        <fieldset className="field">
          <legend>{t('share.whichUrl')}</legend>
          <label className="check-label">
            <input type="radio" name={`${id}-which`} checked={!ofTarget} onChange={() => { setOfTarget(false); setCopied(false); }} />
            {t('share.linkUrl')}
          </label>
          <label className="check-label">
            <input type="radio" name={`${id}-which`} checked={ofTarget} onChange={() => { setOfTarget(true); setCopied(false); }} />
            {t('share.targetUrl')}
          </label>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('share.url')}</label>
        <input id={`${id}-url`} type="text" readOnly value={url.data?.url ?? ''} className="share-url" onFocus={(e) => e.currentTarget.select()} />
        {url.data && <p className="hint">{t('share.expiresAt', { time: formatDate(url.data.expiresAt, i18n.language) })}</p>}
        {url.isError && (
          <p className="field-error" role="alert">
            {errorMessage(url.error)}
          </p>
        )}
      </div>
      {copied && <p role="status">{t('share.copied')}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
        <button type="button" className="button primary" disabled={!url.data} onClick={() => void copy()}>
          {t('share.copy')}
        </button>
      </div>
    </Dialog>
  );
}
