import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type MenuCommand } from '../contract';
import { api } from '../api';
import { queryKeys } from './keys';

/** Keeps react-query in step with changes main announces. */
export function useMainEvents(): void {
  const qc = useQueryClient();
  useEffect(() => {
    const offObjects = api().on('objects.changed', ({ profileId, bucket }) => {
      void qc.invalidateQueries({ queryKey: queryKeys.objectsOfBucket(profileId, bucket) });
      void qc.invalidateQueries({ queryKey: queryKeys.linksOfBucket(profileId, bucket) });
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
