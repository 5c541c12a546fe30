// The listing segments a folder keeps open besides its start, as slots: a segment keeps its slot
// while it is open (each slot is one react-query observer, and moving a query between observers
// would cancel a page on its way), a new one takes a free slot or the least recently used one.

/** Listing segments a folder keeps open besides its start (each holds its pages in memory). */
export const MAX_SEGMENTS = 8;

/**
 * Pages a segment (the folder's start too) holds at most: paging on past it drops its oldest pages
 * (far above the viewport) into a gap that loads in place again, so memory stays bounded however
 * far a 1M-object folder is scrolled. 200 pages: a 100k-object folder still loads whole twice over.
 */
export const MAX_SEGMENT_PAGES = 200;

/**
 * An open segment: its start-after and when it was last used (a larger number: more recently).
 * `tail`: the newest pages of a segment over MAX_SEGMENT_PAGES, moved here; it starts where the
 * dropped pages ended (not where anyone asked to look), so its own trim keeps no first page.
 */
export type SeekSegment = { after: string; used: number; tail?: true };
export type SegmentSlots = readonly (SeekSegment | null)[];

const lastUse = (slots: SegmentSlots): number => slots.reduce((n, s) => Math.max(n, s?.used ?? 0), 0);

/** `after` opened (a trim's `tail`), or marked the most recently used when it already is open. */
export function withSegmentUsed(slots: SegmentSlots, after: string, tail = false): SegmentSlots {
  const used = lastUse(slots) + 1;
  const open = slots.findIndex((s) => s?.after === after);
  if (open >= 0) return (slots[open] as SeekSegment).used === used - 1 ? slots : slots.map((s, i) => (i === open && s ? { ...s, used } : s));
  const opened: SeekSegment = tail ? { after, used, tail } : { after, used };
  const free = slots.indexOf(null);
  if (free >= 0) return slots.map((s, i) => (i === free ? opened : s));
  if (slots.length < MAX_SEGMENTS) return [...slots, opened];
  // Full: the least recently used one closes (never the one just used: it has the largest number).
  let oldest = 0;
  slots.forEach((s, i) => {
    if ((s?.used ?? 0) < (slots[oldest]?.used ?? 0)) oldest = i;
  });
  return slots.map((s, i) => (i === oldest ? opened : s));
}

/**
 * `to` opened in place of `from` (prefix search's segment retargeted as the text changes, a tail
 * moved on by its trim): in `from`'s slot, so it evicts no other segment; when `from` is closed,
 * `to` opens as any other.
 */
export function withSegmentRetargeted(slots: SegmentSlots, from: string, to: string): SegmentSlots {
  const at = slots.findIndex((s) => s?.after === from);
  if (at < 0 || from === to) return withSegmentUsed(slots, to);
  if (slots.some((s) => s?.after === to)) return withSegmentUsed(withSegmentsClosed(slots, [from]), to);
  const used = lastUse(slots) + 1;
  return slots.map((s, i) => (i === at && s ? { ...s, after: to, used } : s));
}

/** The slots with these segments closed (their slots free, the others where they were). */
export function withSegmentsClosed(slots: SegmentSlots, afters: readonly string[]): SegmentSlots {
  return slots.some((s) => s !== null && afters.includes(s.after)) ? slots.map((s) => (s !== null && afters.includes(s.after) ? null : s)) : slots;
}

/** The open segments' start-afters, least recently used first. */
export function openSegments(slots: SegmentSlots): string[] {
  return slots
    .filter((s): s is SeekSegment => s !== null)
    .sort((a, b) => a.used - b.used)
    .map((s) => s.after);
}
