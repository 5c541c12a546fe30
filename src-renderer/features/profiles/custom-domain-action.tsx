// Shown with a PublicEndpointForbidden (CUSTOM_DOMAIN_REQUIRED) error: bind the bucket's custom
// domain to the profile right there, then retry. The domain itself is bound in the OSS console.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { call } from '../../api';
import { useErrorMessage } from '../../components/error-view';
import { rememberSavedProfile } from './remember-saved-profile';

export function CustomDomainAction({ profileId, bucket, onAdded }: { profileId: string; bucket: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const id = useId();
  const errorMessage = useErrorMessage();
  const [domain, setDomain] = useState('');
  const add = useMutation({
    mutationFn: () => call('setCustomDomain', { id: profileId, bucket, domain: domain.trim() }),
    onSuccess: (saved) => {
      rememberSavedProfile(qc, saved);
      onAdded();
    },
  });
  return (
    <form
      className="custom-domain-action"
      onSubmit={(e) => {
        e.preventDefault();
        if (domain.trim()) add.mutate();
      }}
    >
      <label htmlFor={`${id}-domain`}>{t('customDomain.label', { bucket })}</label>
      <div className="field-row">
        <input id={`${id}-domain`} value={domain} placeholder={t('customDomain.placeholder')} autoComplete="off" spellCheck={false} onChange={(e) => setDomain(e.target.value)} />
        <button type="submit" className="button primary" disabled={!domain.trim() || add.isPending}>
          {add.isPending ? t('customDomain.adding') : t('customDomain.add')}
        </button>
      </div>
      {add.isError && <p className="field-error" role="alert">{t('customDomain.failed', { reason: errorMessage(add.error) })}</p>}
    </form>
  );
}
