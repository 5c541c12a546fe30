import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api';
import { WarningIcon } from './icons';

/** A localized sentence for any failure, picked by its AppError code. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => t(`errors.${errorCodeOf(error)}`);
}

export function ErrorView({ error, onRetry, compact }: { error: unknown; onRetry: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  return (
    <div className={compact ? 'error-view compact' : 'error-view'} role="alert">
      <WarningIcon className="error-icon" />
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {hint && <p className="empty-hint">{hint}</p>}
      {children}
    </div>
  );
}
