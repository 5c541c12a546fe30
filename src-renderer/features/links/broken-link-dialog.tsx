import { useTranslation } from '../../translation';
import { Dialog } from '../../components/dialog';
import { WarningIcon } from '../../components/icons';
import { useUiStore } from '../../state/ui-store';

/** Following a link whose target is gone: say so plainly and offer to retarget it. */
export function BrokenLinkDialog({ linkKey, target, onRetarget }: { linkKey: string; target?: string; onRetarget: () => void }) {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeDialog);
  return (
    <Dialog title={t('broken.title')} onClose={close}>
      <div className="notice notice-warning">
        <WarningIcon />
        <p>{target ? t('broken.message', { link: linkKey, target }) : t('broken.messageNoTarget', { link: linkKey })}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
        <button type="button" className="button primary" data-autofocus onClick={onRetarget}>
          {t('broken.retarget')}
        </button>
      </div>
    </Dialog>
  );
}
