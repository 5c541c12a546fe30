// How each folder left behind looked: its listing segments, scroll position and cursor, whichever way it
// was left (another folder, the path bar, Up, Location, another bucket or profile, Back). Coming
// back finds them as they were. One entry per (profile, bucket, folder), the most recently left
// FOLDER_MEMORY_LIMIT kept; a segment is forgotten when react-query drops its cached pages (then
// re-opening it would be a request the user did not ask for), a folder when its first pages go.
import { type SegmentSlots, withSegmentsClosed } from './segment-slots';

/** Folders whose segments are remembered (each segment's pages stay cached only while react-query keeps them). */
export const FOLDER_MEMORY_LIMIT = 16;

export type FolderPlace = { profileId: string; bucket: string; prefix: string };
/** `focusKey`: the cursor, so keyboard focus comes back where it was (not on the first row, scrolled to the top). */
export type FolderMemo = FolderPlace & { segments: SegmentSlots; scrollTop: number; focusKey: string | null };
/** Least recently left first. */
export type FolderMemory = readonly FolderMemo[];

const samePlace = (a: FolderPlace, b: FolderPlace): boolean => a.profileId === b.profileId && a.bucket === b.bucket && a.prefix === b.prefix;

/** The memory with `memo` as the most recently left folder (replacing its older entry), bounded. */
export function remember(memory: FolderMemory, memo: FolderMemo): FolderMemory {
  return [...memory.filter((m) => !samePlace(m, memo)), memo].slice(-FOLDER_MEMORY_LIMIT);
}

/** The entry for `place` (if any) and the memory without it: the folder shown holds its own state. */
export function recall(memory: FolderMemory, place: FolderPlace): { memo: FolderMemo | null; rest: FolderMemory } {
  const memo = memory.find((m) => samePlace(m, place)) ?? null;
  return { memo, rest: memo ? memory.filter((m) => m !== memo) : memory };
}

/**
 * The memory without these segments of `place` (`afters` null: the whole folder). The same array
 * when nothing was remembered there, so a cache eviction elsewhere re-renders nothing.
 */
export function forget(memory: FolderMemory, place: FolderPlace, afters: readonly string[] | null): FolderMemory {
  const memo = memory.find((m) => samePlace(m, place));
  if (!memo) return memory;
  if (afters === null) return memory.filter((m) => m !== memo);
  const segments = withSegmentsClosed(memo.segments, afters);
  return segments === memo.segments ? memory : memory.map((m) => (m === memo ? { ...m, segments } : m));
}
