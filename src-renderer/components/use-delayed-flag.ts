// A busy indicator that waits before it shows: a wait shorter than the delay (most folder pages)
// shows none, so there is no flash, and no spinning animation for the compositor to draw while
// the page it waits for is being fetched and painted. It goes away at once when the wait ends.
import { useEffect, useState } from 'react';

/** How long a wait lasts before its indicator shows. */
export const BUSY_INDICATOR_DELAY_MS = 400;

/** True once `flag` has stayed true for `delayMs`; false as soon as it is false. */
export function useDelayedFlag(flag: boolean, delayMs: number = BUSY_INDICATOR_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) return undefined;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [flag, delayMs]);
  return flag && shown;
}
