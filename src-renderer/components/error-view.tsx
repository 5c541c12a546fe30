import { type ReactNode, useCallback, useId, useState } from 'react';
import { useTranslation } from '../translation';
import { ApiError, errorCodeOf } from '../api';
import { WarningIcon } from './icons';
import { useCopyText } from './use-copy-text';

/** A localized sentence for any failure, picked by its AppError code. */
/** The same function until the language changes: the callbacks built on it keep their identity across renders. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => t(`errors.${errorCodeOf(error)}`), [t]);
}

/** What main sent beside the code (provider, its error code, HTTP status, request id); main puts no secret there. */
function detailsOf(error: unknown): [string, string][] {
  if (!(error instanceof ApiError)) return [];
  return [['code', error.code], ...Object.entries(error.details ?? {}).filter(([, value]) => value !== '')];
}

/** "Details" disclosure under an error: its code and provider detail, with "Copy details" for a support ticket. */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  const details = detailsOf(error);
  const [open, setOpen] = useState(false);
  const id = useId();
  const copy = useCopyText();
  if (details.length === 0) return null;
  return (
    <div className="error-details">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('errorDetails.toggle')}
      </button>
      {open && (
        <div id={id}>
          <dl className="error-details-list">
            {details.map(([name, value]) => (
              <div key={name}>
                <dt>{t(`errorDetails.${name}`, { defaultValue: name })}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="button"
            onClick={() => void copy([message, ...details.map(([name, value]) => `${name}: ${value}`)].join('\n'), t('errorDetails.copied'))}
          >
            {t('errorDetails.copy')}
          </button>
        </div>
      )}
    </div>
  );
}

/** `action`: what the user can do about this error besides Retry (e.g. add a custom domain). */
export function ErrorView({ error, onRetry, compact, action }: { error: unknown; onRetry: () => void; compact?: boolean; action?: ReactNode }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  return (
    <div className={compact ? 'error-view compact' : 'error-view'} role="alert">
      <WarningIcon className="error-icon" />
      <p>{message}</p>
      {action}
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
      <ErrorDetails error={error} />
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

/** A failed submit under a form: the sentence (announced) and the provider's details. */
export function FormError({ error }: { error: unknown }) {
  const message = useErrorMessage()(error);
  return (
    <>
      <p className="field-error" role="alert">
        {message}
      </p>
      <ErrorDetails error={error} />
    </>
  );
}
