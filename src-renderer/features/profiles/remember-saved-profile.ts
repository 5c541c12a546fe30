// After a profile is saved or imported: put it in the cached list at once (so the sidebar can
// select it before the list refetches), then refetch the list and its buckets.
import { type QueryClient } from '@tanstack/react-query';
import { type ProfileDto } from '../../contract';
import { queryKeys } from '../../queries/keys';

export function rememberSavedProfile(qc: QueryClient, saved: ProfileDto): void {
  qc.setQueryData<ProfileDto[]>(queryKeys.profiles, (list = []) =>
    list.some((p) => p.id === saved.id) ? list.map((p) => (p.id === saved.id ? saved : p)) : [...list, saved],
  );
  void qc.invalidateQueries({ queryKey: queryKeys.profiles });
  void qc.invalidateQueries({ queryKey: queryKeys.buckets(saved.id) });
}
