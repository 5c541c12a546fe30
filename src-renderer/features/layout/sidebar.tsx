import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { EmptyState, ErrorView } from '../../components/error-view';
import { GearIcon } from '../../components/icons';
import { profilesOptions } from '../../queries/profiles';
import { usePrefs } from '../../state/prefs-store';
import { useUiStore } from '../../state/ui-store';
import { BucketTree } from '../buckets/bucket-tree';
import { AddAccountButton, useFirstRun } from '../profiles/add-account-button';

export function Sidebar() {
  const { t } = useTranslation();
  const profiles = useQuery(profilesOptions());
  const profileId = useUiStore((s) => s.profileId);
  const openDialog = useUiStore((s) => s.openDialog);
  const firstRun = useFirstRun();

  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar-section">
        <div className="sidebar-heading">
          <label htmlFor="profile-select">{t('sidebar.profile')}</label>
          <button type="button" className="icon-button" title={t('sidebar.manageProfiles')} aria-label={t('sidebar.manageProfiles')} onClick={() => openDialog({ kind: 'profiles' })}>
            <GearIcon />
          </button>
        </div>
        {profiles.isError ? (
          <ErrorView compact error={profiles.error} onRetry={() => void profiles.refetch()} />
        ) : profiles.data && profiles.data.length === 0 ? (
          <EmptyState title={t('profiles.none')}>
            <button type="button" className="button primary" onClick={() => openDialog({ kind: 'profiles' })}>
              {t('profiles.add')}
            </button>
          </EmptyState>
        ) : (
          <select
            id="profile-select"
            className="profile-select"
            value={profileId ?? ''}
            onChange={(e) => {
              useUiStore.getState().selectProfile(e.target.value);
              usePrefs.getState().setLastProfileId(e.target.value);
            }}
          >
            {(profiles.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
        {firstRun && <AddAccountButton className="button add-account" />}
      </div>
      <div className="sidebar-section grow">
        <div className="sidebar-heading">
          <span>{t('buckets.label')}</span>
        </div>
        {profileId && <BucketTree profileId={profileId} />}
      </div>
    </aside>
  );
}
