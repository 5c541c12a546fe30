import { useTranslation } from '../../translation';
import { errorCodeOf } from '../../api';

/** Main refused to store a secret without an OS keyring: the user may accept and resend. */
export function needsInsecureConsent(error: unknown): boolean {
  return errorCodeOf(error) === 'INSECURE_STORAGE';
}

export function InsecureStorageConsent({ onAccept }: { onAccept: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('profiles.insecureStorage')}</p>
      <button type="button" className="button danger" onClick={onAccept}>
        {t('profiles.acceptInsecure')}
      </button>
    </div>
  );
}
