// One banner for a lost connection instead of an error in every area: the last good bucket list
// and listing stay on screen, marked stale; Retry (or, while the window has focus, a retry on its
// own with backoff) refetches everything that failed, so all areas recover together.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from '../../translation';
import { WarningIcon } from '../../components/icons';
import { failedForConnection, useConnectionLost } from './use-connection-lost';

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

export function ConnectionBanner() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lost = useConnectionLost();

  const retry = useCallback(() => {
    for (const query of failedForConnection(client)) void query.fetch();
  }, [client]);

  useEffect(() => {
    if (!lost) return undefined;
    let delay = FIRST_RETRY_MS;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        // An unfocused window waits; coming back to it retries at once (the focus listener).
        if (document.hasFocus()) retry();
        delay = Math.min(delay * 2, MAX_RETRY_MS);
        schedule();
      }, delay);
    };
    schedule();
    window.addEventListener('focus', retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', retry);
    };
  }, [lost, retry]);

  if (!lost) return null;
  return (
    <div className="connection-banner" role="alert">
      <WarningIcon className="error-icon" />
      <p>{t('connection.lost')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
