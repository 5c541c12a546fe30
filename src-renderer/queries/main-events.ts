import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type EventName } from '../contract';
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

/** Menu commands main may send (the event exists only if main declares it in the contract). */
export type MenuCommand = 'createLink' | 'retargetLink' | 'delete' | 'followLink' | 'selectAll' | 'goUp' | 'refresh';

const MENU_EVENT = 'menu.command';

function commandOf(payload: unknown): string | null {
  if (typeof payload === 'string') return payload;
  if (payload && typeof payload === 'object' && 'command' in payload && typeof payload.command === 'string') return payload.command;
  return null;
}

export function useMenuCommands(onCommand: (command: string) => void): void {
  useEffect(() => {
    // Not importing the contract's runtime tables keeps zod out of the renderer bundle, so
    // an event main does not know is simply refused by the preload's `on`.
    const on = api().on as (event: EventName, listener: (payload: unknown) => void) => () => void;
    try {
      const off: unknown = on(MENU_EVENT as EventName, (payload) => {
        const command = commandOf(payload);
        if (command) onCommand(command);
      });
      return typeof off === 'function' ? (off as () => void) : undefined;
    } catch {
      return undefined;
    }
  }, [onCommand]);
}
