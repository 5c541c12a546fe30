// The profiles dialog: pick a profile to edit, or add a new OSS/BOS one.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../translation';
import { type ProfileDto } from '../../contract';
import { Dialog } from '../../components/dialog';
import { PlusIcon, ProfileIcon } from '../../components/icons';
import { profilesOptions } from '../../queries/profiles';
import { usePrefs } from '../../state/prefs-store';
import { useUiStore } from '../../state/ui-store';
import { ProfileForm } from './profile-form';
import { ProfileImport } from './profile-import';
import { StoreNotices } from './store-notices';

const NEW = '\u0000new';
const IMPORT = '\u0000import';

export function ProfilePanel() {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeDialog);
  const profiles = useQuery(profilesOptions());
  const current = useUiStore((s) => s.profileId);
  const addFirst = useUiStore((s) => s.dialog?.kind === 'profiles' && s.dialog.add === true);
  const [editing, setEditing] = useState<string>(() => (addFirst ? NEW : (current ?? NEW)));
  const list = profiles.data ?? [];
  const profile = list.find((p) => p.id === editing) ?? null;
  const onSaved = (saved: ProfileDto) => {
    setEditing(saved.id);
    useUiStore.getState().selectProfile(saved.id);
    usePrefs.getState().setLastProfileId(saved.id);
  };

  return (
    <Dialog title={t('profiles.title')} onClose={close} className="profile-panel">
      <StoreNotices />
      <div className="profile-panel-body">
        <ul className="profile-list" aria-label={t('profiles.listLabel')}>
          {list.map((p) => (
            <li key={p.id}>
              <button type="button" className={`list-button${p.id === editing ? ' selected' : ''}`} aria-pressed={p.id === editing} onClick={() => setEditing(p.id)}>
                <ProfileIcon />
                <span className="tree-text">{p.name}</span>
                <span className="provider-tag" aria-hidden="true">{t(`provider.short.${p.provider}`)}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className={`list-button${editing === NEW ? ' selected' : ''}`} aria-pressed={editing === NEW} onClick={() => setEditing(NEW)}>
              <PlusIcon />
              {t('profiles.add')}
            </button>
          </li>
          <li>
            <button type="button" className={`list-button${editing === IMPORT ? ' selected' : ''}`} aria-pressed={editing === IMPORT} onClick={() => setEditing(IMPORT)}>
              {t('profiles.importButton')}
            </button>
          </li>
        </ul>
        <div className="profile-editor">
          {editing === IMPORT ? (
            <ProfileImport onImported={onSaved} />
          ) : profile?.provider === 'local-demo' ? (
            <div className="empty-state">
              <p className="empty-title">{profile.name}</p>
              <p className="empty-hint">{t('profiles.demoReadOnly')}</p>
            </div>
          ) : (
            <ProfileForm
              key={editing}
              profile={profile}
              onSaved={onSaved}
            />
          )}
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
