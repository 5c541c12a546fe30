// Picks the profile on start (last used, else the local demo, else the first) and honours a
// start location in the URL hash: #/<bucket>/<prefix> (used by the preview and deep links).
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { profilesOptions } from '../../queries/profiles';
import { usePrefs } from '../../state/prefs-store';
import { useUiStore } from '../../state/ui-store';

export const DEMO_PROFILE_ID = 'local-demo';

/** The start location in a hash, or null when there is none or it is malformed (e.g. `#%`). */
export function parseHashLocation(hash: string): { bucket: string; prefix: string } | null {
  let path: string;
  try {
    path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  } catch {
    return null; // URIError: a bad escape; start without a location rather than crash
  }
  if (!path) return null;
  const slash = path.indexOf('/');
  if (slash < 0) return { bucket: path, prefix: '' };
  const prefix = path.slice(slash + 1);
  return { bucket: path.slice(0, slash), prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix };
}

export function useInitialLocation(): void {
  const profiles = useQuery(profilesOptions());
  const profileId = useUiStore((s) => s.profileId);
  useEffect(() => {
    const list = profiles.data;
    if (!list || list.length === 0) return;
    if (profileId && (list.some((p) => p.id === profileId) || profiles.isFetching)) return;
    const last = usePrefs.getState().lastProfileId;
    const chosen = list.find((p) => p.id === last) ?? list.find((p) => p.id === DEMO_PROFILE_ID) ?? list[0];
    if (!chosen) return;
    const store = useUiStore.getState();
    store.selectProfile(chosen.id);
    const start = parseHashLocation(window.location.hash);
    if (start && profileId === null) store.openLocation(start.bucket, start.prefix);
  }, [profiles.data, profiles.isFetching, profileId]);
}
