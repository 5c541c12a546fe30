import { queryOptions } from '@tanstack/react-query';
import { call } from '../api';
import { queryKeys } from './keys';

export const profilesOptions = () =>
  queryOptions({ queryKey: queryKeys.profiles, queryFn: () => call('listProfiles', undefined) });

export const vaultStatusOptions = () =>
  queryOptions({ queryKey: queryKeys.vault, queryFn: () => call('vaultStatus', undefined), staleTime: Infinity });

/** What happened to the profile files at startup: it does not change while the app runs. */
export const storeNoticesOptions = () =>
  queryOptions({ queryKey: queryKeys.storeNotices, queryFn: () => call('profileNotices', undefined), staleTime: Infinity });

export const bucketsOptions = (profileId: string) =>
  queryOptions({ queryKey: queryKeys.buckets(profileId), queryFn: ({ signal }) => call('listBuckets', { profileId }, signal) });
