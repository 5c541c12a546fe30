import { type StateCreator } from 'zustand';
import { compareKeys } from '../contract';
import { type FolderMemory, type FolderPlace, forget, recall, remember } from './folder-memory';
import { type SegmentSlots, withSegmentRetargeted, withSegmentsClosed, withSegmentUsed } from './segment-slots';
import { type UiState } from './ui-store';

/** A place left behind, with how it looked: scroll position and selection come back with it (its segments: folder memory). */
export type HistoryEntry = { bucket: string; prefix: string; scrollTop: number; selected: string[]; focusKey: string | null };

export type NavSlice = {
  profileId: string | null;
  bucket: string | null;
  prefix: string;
  /** A key to select and scroll to once the listing holding it is loaded (follow, create, Go to key). */
  revealKey: string | null;
  /** With revealKey: only put the cursor there (prefix search), do not select. */
  revealFocusOnly: boolean;
  /** The listing segments opened deep in this folder (seek, not scan), in their slots. */
  segments: SegmentSlots;
  /** The segment prefix search opened in this folder: the next text typed retargets it. */
  searchSegment: string | null;
  /** Segments and scroll position of the folders left behind (not the one shown). */
  folderMemory: FolderMemory;
  /** Counts trims (a segment over its row cap dropped pages): the table keeps its top row in place across one. */
  rowsTrimmed: number;
  /** Back/Forward of this window (across folders and buckets). */
  back: HistoryEntry[];
  forward: HistoryEntry[];
  /** Scroll and selection to put back once the listing of a history step is loaded. */
  restore: Pick<HistoryEntry, 'scrollTop' | 'selected' | 'focusKey'> | null;
  selectProfile: (profileId: string) => void;
  openLocation: (bucket: string, prefix?: string, revealKey?: string) => void;
  openPrefix: (prefix: string) => void;
  goUp: () => void;
  goBack: () => void;
  goForward: () => void;
  clearReveal: () => void;
  clearRestore: () => void;
  /**
   * Opens a listing segment of the folder at this start-after (or marks it used), keeping at most
   * MAX_SEGMENTS. `forSearch`: prefix search's segment, which replaces the one it opened before.
   */
  openSegment: (startAfter: string, forSearch?: boolean) => void;
  /**
   * A segment over its row cap (`from`; undefined: the folder's start) gave up the keys in
   * `dropped` and moved its newest pages to the segment `tail` (replacing `from` when it was a tail
   * itself); dropped rows leave the selection and the cursor.
   */
  trimSegment: (from: string | undefined, fromIsTail: boolean, tail: string, dropped: { from: string; to: string }) => void;
  /** react-query dropped these cached segments (`afters` null: the folder's own pages): a memory of them would only refetch. */
  forgetListing: (place: FolderPlace, afters: readonly string[] | null) => void;
  /** Closes segments that list nothing another one has not (or whose keys another segment reached). */
  closeSegments: (startAfters: readonly string[]) => void;
  /** Puts the cursor on `key` (or the first key after it) in this folder, opening a segment there when needed. */
  seekKey: (key: string, focusOnly: boolean) => void;
};

/** The folder holding `prefix`: 'a/b/' -> 'a/', 'a/' -> ''. */
export function parentPrefix(prefix: string): string {
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  const cut = trimmed.lastIndexOf('/');
  return cut < 0 ? '' : trimmed.slice(0, cut + 1);
}

/** Moving elsewhere clears selection, cursor and filter. */
const freshView = () => ({ selectedKeys: new Set<string>(), anchorKey: null, focusKey: null, filter: '', revealFocusOnly: false });


/** The table registers how to read its scroll position, so leaving a place can remember it. */
let readScrollTop: () => number = () => 0;
export function registerScrollReader(read: () => number): () => void {
  readScrollTop = read;
  return () => {
    if (readScrollTop === read) readScrollTop = () => 0;
  };
}

const HISTORY_LIMIT = 100;

function snapshot(s: UiState): HistoryEntry | null {
  if (s.bucket === null) return null;
  return { bucket: s.bucket, prefix: s.prefix, scrollTop: readScrollTop(), selected: [...s.selectedKeys], focusKey: s.focusKey };
}

/**
 * Leaving the folder shown for `to` (another folder, bucket or profile): the folder left goes into
 * the memory, `to`'s remembered segments (and scroll position) come out of it.
 */
function swapFolder(s: UiState, here: HistoryEntry | null, to: FolderPlace | null) {
  const memory = here && s.profileId !== null ? remember(s.folderMemory, { profileId: s.profileId, bucket: here.bucket, prefix: here.prefix, segments: s.segments, scrollTop: here.scrollTop, focusKey: here.focusKey }) : s.folderMemory;
  const { memo, rest } = to ? recall(memory, to) : { memo: null, rest: memory };
  return { memo, state: { folderMemory: rest, segments: memo?.segments ?? [], searchSegment: null } };
}

/** State for moving to a new place: the current one goes onto Back, Forward is dropped. */
function moveTo(s: UiState, bucket: string, prefix: string, revealKey: string | null): Partial<UiState> {
  const here = snapshot(s);
  const same = here !== null && here.bucket === bucket && here.prefix === prefix;
  const back = here && !same ? [...s.back, here].slice(-HISTORY_LIMIT) : s.back;
  // The same folder again (a link into it, Location): its segments stay, already loaded.
  if (same) return { revealKey, restore: null, ...freshView() };
  const { memo, state } = swapFolder(s, here, s.profileId === null ? null : { profileId: s.profileId, bucket, prefix });
  // A remembered folder opens where it was scrolled, the cursor where it was (not the selection:
  // that is for Back), unless a key to reveal says where to look.
  const restore = memo && revealKey === null ? { scrollTop: memo.scrollTop, selected: [], focusKey: memo.focusKey } : null;
  return { bucket, prefix, revealKey, restore, back, forward: [], ...freshView(), ...state };
}

/** Steps one entry along `from`, pushing the current place onto `to`. */
function step(s: UiState, from: 'back' | 'forward'): Partial<UiState> {
  const list = s[from];
  const entry = list.at(-1);
  const here = snapshot(s);
  if (!entry || !here) return {};
  const to = from === 'back' ? 'forward' : 'back';
  const same = here.bucket === entry.bucket && here.prefix === entry.prefix;
  const { state } = same ? { state: {} } : swapFolder(s, here, s.profileId === null ? null : { profileId: s.profileId, bucket: entry.bucket, prefix: entry.prefix });
  return {
    [from]: list.slice(0, -1),
    [to]: [...s[to], here],
    bucket: entry.bucket,
    prefix: entry.prefix,
    revealKey: null,
    ...freshView(),
    ...state,
    restore: { scrollTop: entry.scrollTop, selected: entry.selected, focusKey: entry.focusKey },
  };
}

export const createNavSlice: StateCreator<UiState, [], [], NavSlice> = (set) => ({
  profileId: null,
  bucket: null,
  prefix: '',
  revealKey: null,
  revealFocusOnly: false,
  segments: [],
  searchSegment: null,
  folderMemory: [],
  rowsTrimmed: 0,
  back: [],
  forward: [],
  restore: null,
  selectProfile: (profileId) => set((s) => ({ profileId, bucket: null, prefix: '', revealKey: null, back: [], forward: [], restore: null, ...freshView(), ...swapFolder(s, snapshot(s), null).state })),
  openLocation: (bucket, prefix = '', revealKey) => set((s) => moveTo(s, bucket, prefix, revealKey ?? null)),
  openPrefix: (prefix) => set((s) => (s.bucket === null ? { prefix } : moveTo(s, s.bucket, prefix, null))),
  goUp: () => set((s) => (s.prefix === '' || s.bucket === null ? {} : moveTo(s, s.bucket, parentPrefix(s.prefix), s.prefix))),
  goBack: () => set((s) => step(s, 'back')),
  goForward: () => set((s) => step(s, 'forward')),
  clearReveal: () => set({ revealKey: null, revealFocusOnly: false }),
  clearRestore: () => set({ restore: null }),
  openSegment: (after, forSearch = false) =>
    set((s) => {
      if (!forSearch) return { segments: withSegmentUsed(s.segments, after) };
      // Typing on retargets the segment the previous text opened (same slot) instead of adding one.
      const segments = s.searchSegment === null ? withSegmentUsed(s.segments, after) : withSegmentRetargeted(s.segments, s.searchSegment, after);
      return { segments, searchSegment: after };
    }),
  trimSegment: (from, fromIsTail, tail, dropped) =>
    set((s) => {
      const gone = (key: string | null): boolean => key !== null && (dropped.from === '' || compareKeys(key, dropped.from) > 0) && compareKeys(key, dropped.to) <= 0;
      const kept = [...s.selectedKeys].filter((k) => !gone(k));
      return {
        segments: fromIsTail && from !== undefined ? withSegmentRetargeted(s.segments, from, tail) : withSegmentUsed(s.segments, tail, true),
        rowsTrimmed: s.rowsTrimmed + 1,
        ...(kept.length < s.selectedKeys.size && { selectedKeys: new Set(kept) }),
        ...(gone(s.focusKey) && { focusKey: null }),
        ...(gone(s.anchorKey) && { anchorKey: null }),
      };
    }),
  forgetListing: (place, afters) =>
    set((s) => {
      const folderMemory = forget(s.folderMemory, place, afters);
      return folderMemory === s.folderMemory ? {} : { folderMemory };
    }),
  closeSegments: (afters) => set((s) => ({ segments: withSegmentsClosed(s.segments, afters), searchSegment: s.searchSegment !== null && afters.includes(s.searchSegment) ? null : s.searchSegment })),
  seekKey: (key, focusOnly) => set({ revealKey: key, revealFocusOnly: focusOnly }),
});
