// Whether an element is narrower than a width, kept up to date as it resizes (a side panel opening
// beside the table, the window narrowing). Before the first layout it counts as wide.
import { type RefObject, useLayoutEffect, useState } from 'react';

export function useNarrowerThan(ref: RefObject<HTMLElement | null>, px: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const width = el.offsetWidth;
      setNarrow(width > 0 && width < px);
    };
    read();
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    resize?.observe(el);
    window.addEventListener('resize', read);
    return () => {
      resize?.disconnect();
      window.removeEventListener('resize', read);
    };
  }, [ref, px]);
  return narrow;
}
