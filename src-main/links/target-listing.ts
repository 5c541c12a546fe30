// Many links to targets in one OSS folder (a drag and drop of a folder's files): the targets are
// checked with a listing of the range they span instead of one HEAD each. OSS listings type their
// rows (Symlink or not), which is all the chain check needs; a listing that runs to its end also
// proves the targets it did not list missing. BOS listings carry no type: there every target is
// checked with its own request. Whatever a listing leaves open (a sparse range, a listing we may
// not make) is checked the usual way.
import type { StorageClient } from '../storage/types';
import type { LimiterFor } from './limiter';
import { limited, parentPrefixOf, type ObjectNature } from './link-probes';

/** Distinct targets of one folder before a listing pays off (below, parallel HEADs are as quick). */
export const MIN_LISTED_TARGETS = 16;
/** A page that settles fewer targets than this stops the listing: the range is too sparse. */
const MIN_HITS_PER_PAGE = 16;

export type TargetNatures = Map<string, ObjectNature>;

/** The targets of a batch grouped by folder, each group listed at most once, on first need. */
export function createTargetListing(limitFor: LimiterFor) {
  const groups = new Map<string, { targets: string[]; listed?: Promise<TargetNatures> }>();
  const groupKey = (bucket: string, target: string) => `${bucket}\n${parentPrefixOf(target)}`;

  return {
    /** Declares the batch's targets (call before `natureFromListing`). */
    add(bucket: string, targets: Iterable<string>): void {
      for (const target of targets) {
        if (target === '' || target.endsWith('/')) continue;
        const key = groupKey(bucket, target);
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { targets: [] }));
        group.targets.push(target);
      }
    },

    /** The target's nature as its folder's listing shows it; undefined when the listing cannot tell. */
    async natureFromListing(client: StorageClient, bucket: string, target: string): Promise<ObjectNature | undefined> {
      if (client.provider !== 'oss') return undefined;
      const group = groups.get(groupKey(bucket, target));
      if (!group || new Set(group.targets).size < MIN_LISTED_TARGETS) return undefined;
      group.listed ??= listTargets(client, limitFor, bucket, [...new Set(group.targets)].sort());
      return (await group.listed).get(target);
    },
  };
}

function commonPrefix(sorted: readonly string[]): string {
  const first = sorted[0] ?? '';
  const last = sorted[sorted.length - 1] ?? '';
  let n = 0;
  while (n < first.length && first.charCodeAt(n) === last.charCodeAt(n)) n++;
  // Never cut a surrogate pair in two: the prefix is sent as UTF-8.
  if (n > 0 && n < first.length && /[\ud800-\udbff]/.test(first.charAt(n - 1))) n--;
  return first.slice(0, n);
}

/** One folder's targets (sorted, distinct, no `/` after the folder) from a listing of the keys they share. */
async function listTargets(client: StorageClient, limitFor: LimiterFor, bucket: string, targets: readonly string[]): Promise<TargetNatures> {
  const wanted = new Set(targets);
  const natures: TargetNatures = new Map();
  const limit = limitFor(client);
  // The targets share their folder, so with the delimiter each is a row of its own (sub-folders fold into one row).
  const prefix = commonPrefix(targets);
  let cursor: string | undefined;
  try {
    for (let pages = 0; pages <= targets.length / MIN_HITS_PER_PAGE; pages++) {
      const at = cursor;
      const page = await limited(limit, undefined, () => client.listObjects({ bucket, prefix, delimiter: '/', maxKeys: 1000, ...(at !== undefined && { cursor: at }) }));
      let hits = 0;
      for (const row of page.objects) {
        if (!wanted.has(row.key)) continue;
        natures.set(row.key, row.kind === 'symlink' ? 'link' : 'object');
        hits++;
      }
      cursor = page.nextCursor;
      if (cursor === undefined) {
        // The whole range was listed: what it did not show does not exist.
        for (const target of targets) if (!natures.has(target)) natures.set(target, 'missing');
        break;
      }
      if (hits < MIN_HITS_PER_PAGE) break;
    }
  } catch {
    // No listing (permissions, network): the targets left open are checked one by one.
  }
  return natures;
}
