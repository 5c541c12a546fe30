import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type MenuCommand } from '../contract';
import { api } from '../api';
import { refreshLinksPointingInto } from '../features/links/refresh-links';
import { queryKeys } from './keys';

/**
 * Whether an `objects.changed` event at `prefix` touches this query: listings at the folder or
 * below it (a server-side prefix search lists `folder + text`), and "does this key exist" checks there.
 */
export function listingChanged(key: readonly unknown[], profileId: string, bucket: string, prefix: string): boolean {
  if (key[0] !== 'objects' || key[1] !== profileId || key[2] !== bucket) return false;
  const at = key[3] === 'exists' ? key[4] : key[3];
  return typeof at === 'string' && at.startsWith(prefix);
}

/** Keeps react-query in step with changes main announces. */
export function useMainEvents(): void {
  const qc = useQueryClient();
  useEffect(() => {
    // The one refetch trigger after a write: dialogs do not invalidate on their own.
    const offObjects = api().on('objects.changed', ({ profileId, bucket, prefix }) => {
      void qc.invalidateQueries({ predicate: (q) => listingChanged(q.queryKey, profileId, bucket, prefix) });
      void qc.invalidateQueries({ queryKey: queryKeys.linksOfBucket(profileId, bucket) });
      void qc.invalidateQueries({ queryKey: queryKeys.propertiesOfProfile(profileId) });
      // Links shown anywhere whose target was in the changed folder: Broken at once if it is gone.
      void refreshLinksPointingInto(qc, profileId, bucket, prefix);
    });
    const offProfiles = api().on('profiles.changed', ({ profiles }) => {
      qc.setQueryData(queryKeys.profiles, profiles);
    });
    return () => {
      offObjects();
      offProfiles();
    };
  }, [qc]);
}

/** Application-menu commands (Create link…, Retarget link…, Delete…, …) act on the current selection. */
export function useMenuCommands(onCommand: (command: MenuCommand) => void): void {
  useEffect(() => api().on('menu.command', ({ command }) => onCommand(command)), [onCommand]);
}
