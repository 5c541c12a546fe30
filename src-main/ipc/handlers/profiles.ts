// profiles.* and vault.status over the profiles service. Profiles come back without secrets.
import type { ProfilesService } from '../../profiles/create-profiles-service';
import type { HandlerGroup } from './types';

type ProfileChannels =
  | 'profiles.list'
  | 'profiles.save'
  | 'profiles.remove'
  | 'profiles.test'
  | 'profiles.importCandidates'
  | 'profiles.import'
  | 'profiles.setCustomDomain'
  | 'vault.status'
  | 'profiles.notices';

export type ProfilesPort = Pick<ProfilesService, 'list' | 'save' | 'remove' | 'test' | 'importCandidates' | 'importProfile' | 'vaultStatus' | 'setCustomDomain' | 'notices'>;

export function createProfilesHandlers(profiles: ProfilesPort): HandlerGroup<ProfileChannels> {
  return {
    'profiles.list': async () => profiles.list(),
    'profiles.save': (input) => profiles.save(input),
    'profiles.remove': async ({ id }) => {
      profiles.remove(id);
      return null;
    },
    'profiles.test': ({ id, bucket }) => profiles.test(id, bucket === undefined ? {} : { bucket }),
    'profiles.importCandidates': async () => profiles.importCandidates(),
    'profiles.import': ({ source, name, acceptInsecureStorage }) =>
      profiles.importProfile(source, name, acceptInsecureStorage === undefined ? {} : { acceptInsecureStorage }),
    'profiles.setCustomDomain': async ({ id, bucket, domain }) => profiles.setCustomDomain(id, bucket, domain),
    'vault.status': async () => profiles.vaultStatus(),
    'profiles.notices': async () => profiles.notices(),
  };
}
