// The reverse index: for each profile and target bucket, which known links point at which key.
// Filled by every resolution (listings' visible rows, Check links, Find links) and by the writes
// main makes itself; a write or delete of a key forgets what was known about that key as a link
// and re-states the links aimed at it; an objects.changed folder marks the links under it as
// "not re-checked since" (stale) until they are seen again. Plain data, no I/O.
import type { LinkState } from '../ipc/contract';

export interface IndexedLink {
  /** Where the link itself lives. */
  bucket: string;
  key: string;
  target: string;
  targetBucket: string;
  state: LinkState;
  /** When the link was last read (ms since the epoch). */
  seenAt: number;
  /** Its folder changed after it was read: it may have been rewritten or removed since. */
  stale: boolean;
}

/** What a resolution says about one key: a link to (targetBucket, target), or not a link. */
export interface SeenKey {
  key: string;
  isLink: boolean;
  target?: string;
  targetBucket?: string;
  state: LinkState;
}

export interface LinksTo {
  links: IndexedLink[];
  /** When a completed scan last covered the whole target bucket; undefined if none did. */
  coveredAt?: number;
}

interface ProfileIndex {
  /** link bucket -> link key -> entry */
  byLink: Map<string, Map<string, IndexedLink>>;
  /** target bucket -> target key -> entries */
  byTarget: Map<string, Map<string, Set<IndexedLink>>>;
  /** bucket -> prefix -> when a completed scan covered it */
  scans: Map<string, Map<string, number>>;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export function isInside(key: string, targetOrFolder: string): boolean {
  return targetOrFolder.endsWith('/') ? key.startsWith(targetOrFolder) : key === targetOrFolder;
}

export function createReverseIndex(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const profiles = new Map<string, ProfileIndex>();
  const profile = (id: string): ProfileIndex => getOrAdd(profiles, id, () => ({ byLink: new Map(), byTarget: new Map(), scans: new Map() }));

  function remove(p: ProfileIndex, entry: IndexedLink): void {
    p.byLink.get(entry.bucket)?.delete(entry.key);
    const targets = p.byTarget.get(entry.targetBucket);
    const set = targets?.get(entry.target);
    set?.delete(entry);
    if (set && set.size === 0) targets?.delete(entry.target);
  }

  /** Record what a resolution found in `bucket`: links are (re)indexed, plain objects dropped. */
  function record(profileId: string, bucket: string, seen: readonly SeenKey[]): void {
    const p = profile(profileId);
    const links = getOrAdd(p.byLink, bucket, () => new Map<string, IndexedLink>());
    const at = now();
    for (const info of seen) {
      // A failed resolution tells nothing: keep what was known.
      if (info.isLink && info.target === undefined) continue;
      const old = links.get(info.key);
      if (old) remove(p, old);
      if (!info.isLink || info.target === undefined) continue;
      const entry: IndexedLink = { bucket, key: info.key, target: info.target, targetBucket: info.targetBucket ?? bucket, state: info.state, seenAt: at, stale: false };
      links.set(info.key, entry);
      getOrAdd(getOrAdd(p.byTarget, entry.targetBucket, () => new Map()), entry.target, () => new Set()).add(entry);
    }
  }

  /** Links aimed at these keys of `bucket` get a new state (their target was just deleted or written). */
  function restateTargets(p: ProfileIndex, bucket: string, keys: readonly string[], state: LinkState): void {
    const targets = p.byTarget.get(bucket);
    if (!targets) return;
    for (const key of keys) for (const entry of targets.get(key) ?? []) entry.state = state;
  }

  /** Forget these keys as links, and give the links aimed at them a new state. */
  function keysChanged(profileId: string, bucket: string, keys: readonly string[], targetState: LinkState): void {
    const p = profile(profileId);
    const links = p.byLink.get(bucket);
    for (const key of keys) {
      const old = links?.get(key);
      if (old) remove(p, old);
    }
    restateTargets(p, bucket, keys, targetState);
  }

  /** Keys of `bucket` were deleted: they are no links any more, and links to them are broken. */
  const deleted = (profileId: string, bucket: string, keys: readonly string[]) => keysChanged(profileId, bucket, keys, 'broken');

  /** Keys of `bucket` were written: what they are now is unknown until seen; links to them must be checked again. */
  const written = (profileId: string, bucket: string, keys: readonly string[]) => keysChanged(profileId, bucket, keys, 'unknown');

  /** objects.changed: the folder (and below) changed in ways not all told here; its links are stale. */
  function folderChanged(profileId: string, bucket: string, prefix: string): void {
    const links = profiles.get(profileId)?.byLink.get(bucket);
    if (!links) return;
    for (const entry of links.values()) if (entry.key.startsWith(prefix)) entry.stale = true;
  }

  /** A completed scan covered `prefix` of `bucket` at `at`. */
  function scanned(profileId: string, bucket: string, prefix: string, at = now()): void {
    getOrAdd(profile(profileId).scans, bucket, () => new Map()).set(prefix, at);
  }

  /** Known links (in any bucket of the profile) whose target is `key`, or lies inside it when it ends in '/'. */
  function linksTo(profileId: string, targetBucket: string, key: string): LinksTo {
    const p = profiles.get(profileId);
    if (!p) return { links: [] };
    const targets = p.byTarget.get(targetBucket);
    const found: IndexedLink[] = [];
    if (targets) {
      if (key.endsWith('/')) {
        for (const [target, entries] of targets) if (target.startsWith(key)) found.push(...entries);
      } else found.push(...(targets.get(key) ?? []));
    }
    found.sort((a, b) => (a.bucket === b.bucket ? (a.key < b.key ? -1 : 1) : a.bucket < b.bucket ? -1 : 1));
    const coveredAt = p.scans.get(targetBucket)?.get('');
    return coveredAt === undefined ? { links: found.map((e) => ({ ...e })) } : { links: found.map((e) => ({ ...e })), coveredAt };
  }

  /** The indexed link at this key, if any (a copy). */
  function linkAt(profileId: string, bucket: string, key: string): IndexedLink | undefined {
    const entry = profiles.get(profileId)?.byLink.get(bucket)?.get(key);
    return entry && { ...entry };
  }

  function size(profileId: string): number {
    let n = 0;
    for (const links of profiles.get(profileId)?.byLink.values() ?? []) n += links.size;
    return n;
  }

  return { record, deleted, written, folderChanged, scanned, linksTo, linkAt, size };
}

export type ReverseIndex = ReturnType<typeof createReverseIndex>;
