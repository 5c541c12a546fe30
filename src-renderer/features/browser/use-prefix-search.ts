// Prefix search: the name typed in the filter box opens the listing at that key (one request) with
// the cursor on it. One segment per folder follows the text: the seek waits until typing pauses,
// and each new text retargets the segment the last one opened (cleared and retyped too) instead of
// opening another, which would evict segments the user opened on purpose.
import { useEffect } from 'react';
import { useUiStore } from '../../state/ui-store';

/** How long typing must pause before the typed name is looked up. */
export const PREFIX_SEEK_DELAY_MS = 200;

/** The key prefix search looks for (null: not searching), seeking it once typing pauses. */
export function usePrefixSearch(prefix: string, filter: string, serverSearch: boolean): string | null {
  const prefixSearch = serverSearch && filter !== '' ? prefix + filter : null;
  useEffect(() => {
    if (prefixSearch === null) return;
    const timer = setTimeout(() => useUiStore.getState().seekKey(prefixSearch, true), PREFIX_SEEK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [prefixSearch]);
  return prefixSearch;
}
