// What a live region should announce of a text that changes often (a progress line updates up
// to 10 times a second): the first value at once, then the latest value at most every
// `everyMs`, and at once when `now` says so (the end). The visible text stays live; only what a
// screen reader is told is spaced out.
import { useEffect, useRef, useState } from 'react';

export const ANNOUNCE_EVERY_MS = 5_000;

export function usePoliteText(text: string, now: boolean, everyMs = ANNOUNCE_EVERY_MS): string {
  const [announced, setAnnounced] = useState(text);
  const lastAt = useRef(Date.now());
  useEffect(() => {
    if (text === announced) return;
    const wait = now ? 0 : Math.max(0, lastAt.current + everyMs - Date.now());
    const id = setTimeout(() => {
      lastAt.current = Date.now();
      setAnnounced(text);
    }, wait);
    return () => clearTimeout(id);
  }, [text, now, announced, everyMs]);
  // The end is told in the same render that shows it.
  return now ? text : announced;
}
