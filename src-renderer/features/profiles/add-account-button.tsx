// "Add account": while only the built-in demo exists, the sidebar and the start page offer it
// plainly (the gear beside the profile list is easy to miss on a first run).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { PlusIcon } from '../../components/icons';
import { profilesOptions } from '../../queries/profiles';
import { useUiStore } from '../../state/ui-store';

/** True until the user has a profile of their own (only local-demo profiles, or none). */
export function useFirstRun(): boolean {
  const profiles = useQuery(profilesOptions());
  return profiles.isSuccess && profiles.data.every((p) => p.provider === 'local-demo');
}

export function AddAccountButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={className} onClick={() => useUiStore.getState().openDialog({ kind: 'profiles', add: true })}>
      <PlusIcon />
      {t('profiles.addAccount')}
    </button>
  );
}
