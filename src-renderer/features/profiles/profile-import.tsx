// Import credentials found on this machine (ossutil config, bcecmd config, OSS_ACCESS_KEY_* env).
// Main lists candidates without secrets; the secret is read and stored by main on import.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../translation';
import { type ImportCandidate, type ProfileDto } from '../../contract';
import { call } from '../../api';
import { useErrorMessage } from '../../components/error-view';
import { InsecureStorageConsent, needsInsecureConsent } from './insecure-storage-consent';
import { rememberSavedProfile } from './remember-saved-profile';

// Its own key: not under queryKeys.profiles, whose data is the ProfileDto list.
const candidatesKey = ['profile-import-candidates'] as const;

export function ProfileImport({ onImported }: { onImported: (profile: ProfileDto) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const candidates = useQuery({ queryKey: candidatesKey, queryFn: () => call('importCandidates', undefined) });

  if (candidates.isPending) return <p className="hint">{t('profiles.importLoading')}</p>;
  if (candidates.isError) return <p className="field-error" role="alert">{errorMessage(candidates.error)}</p>;
  if (candidates.data.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-hint">{t('profiles.importNone')}</p>
      </div>
    );
  }
  return (
    <ul className="import-candidates" aria-label={t('profiles.importListLabel')}>
      {candidates.data.map((c) => (
        <ImportCandidateItem key={c.source} candidate={c} onImported={onImported} />
      ))}
    </ul>
  );
}

function ImportCandidateItem({ candidate, onImported }: { candidate: ImportCandidate; onImported: (profile: ProfileDto) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const id = useId();
  const errorMessage = useErrorMessage();
  const sourceLabel = t(`profiles.importSources.${candidate.source}`);
  const [name, setName] = useState(() => `${t(`provider.short.${candidate.provider}`)} (${candidate.source})`);

  const importIt = useMutation({
    mutationFn: (acceptInsecureStorage: boolean) =>
      call('importProfile', { source: candidate.source, name: name.trim(), ...(acceptInsecureStorage ? { acceptInsecureStorage } : {}) }),
    onSuccess: (saved) => {
      rememberSavedProfile(qc, saved);
      onImported(saved);
    },
  });
  const askInsecureConsent = needsInsecureConsent(importIt.error);

  return (
    <li className="import-candidate" aria-label={sourceLabel}>
      <p className="import-candidate-title">{sourceLabel}</p>
      <dl className="import-candidate-details">
        <dt>{t('profiles.provider')}</dt>
        <dd>{t(`provider.${candidate.provider}`)}</dd>
        <dt>{t('profiles.accessKeyId')}</dt>
        <dd>{candidate.accessKeyId}</dd>
        <dt>{t('profiles.endpoint')}</dt>
        <dd>{candidate.endpoint}</dd>
        <dt>{t('profiles.region')}</dt>
        <dd>{candidate.region}</dd>
      </dl>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) importIt.mutate(false);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('profiles.importName')}</label>
          <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        {askInsecureConsent && <InsecureStorageConsent onAccept={() => importIt.mutate(true)} />}
        {importIt.isError && !askInsecureConsent && <p className="field-error" role="alert">{t('profiles.importFailed', { reason: errorMessage(importIt.error) })}</p>}
        <button type="submit" className="button primary" disabled={!name.trim() || importIt.isPending}>
          {t('profiles.importAction')}
        </button>
      </form>
    </li>
  );
}
