// What sits at the target the user is typing, asked once typing pauses, so the Create link dialog
// can say at once that the target is missing or is itself a link.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type TargetInspection } from '../../contract';
import { call } from '../../api';
import { queryKeys } from '../../queries/keys';

const PAUSE_MS = 300;

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The inspection of `key` in `bucket`, or undefined while typing, loading, or when `enabled` is false. */
export function useTargetInspection(profileId: string, bucket: string, key: string, enabled: boolean): TargetInspection | undefined {
  const settledKey = useSettled(enabled ? key : '', PAUSE_MS);
  const query = useQuery({
    queryKey: queryKeys.linkTarget(profileId, bucket, settledKey),
    queryFn: () => call('inspectLinkTarget', { profileId, bucket, key: settledKey }),
    enabled: enabled && settledKey !== '' && settledKey === key,
    staleTime: 5_000,
  });
  return enabled && settledKey === key ? query.data : undefined;
}
