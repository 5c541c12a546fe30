// buckets.list: every bucket of a profile, tagged with its provider (the local demo merges OSS and BOS).
import type { ProfilesService } from '../../profiles/create-profiles-service';
import type { HandlerGroup } from './types';

export function createBucketsHandlers(profiles: Pick<ProfilesService, 'listBuckets'>): HandlerGroup<'buckets.list'> {
  return {
    'buckets.list': ({ profileId }, { signal }) => profiles.listBuckets(profileId, signal),
  };
}
