// "Links pointing here": Find links to this (a scan of the bucket, or a prefix of it, and on BOS
// the other buckets the user ticks) and the quick answer the delete / rename / move dialogs give
// from the reverse index after a look at the links in the folders concerned.
import { AppFailure } from '../errors';
import type { LinkInfo } from '../ipc/contract';
import { parentPrefixOf } from './link-probes';
import type { ClientFor, LinkResolver } from './link-resolver';
import { isInside, type IndexedLink, type ReverseIndex } from './reverse-index';
import { scanLinks, type ScanProgress } from './scan-links';

export interface LinksToDeps {
  clientFor: ClientFor;
  resolver: LinkResolver;
  index: ReverseIndex;
  now?: () => number;
}

export interface FoundLink {
  bucket: string;
  key: string;
  target: string;
  targetBucket: string;
  state: LinkInfo['state'];
}

export interface FindLinksRequest {
  /** The bucket of the object or folder whose links are wanted. */
  bucket: string;
  /** The object's key, or a folder ('…/'): links into it. */
  key: string;
  /** Scan only this prefix of `bucket` ('' the whole bucket). */
  prefix: string;
  /** BOS: other buckets to scan whole, for cross-bucket links. */
  otherBuckets: readonly string[];
}

export interface FindLinksProgress extends ScanProgress {
  /** Links found so far that point at the key. */
  matches: number;
}

export interface FindLinksResult {
  links: FoundLink[];
  scanned: number;
  cancelled: boolean;
}

const pointsAt = (info: LinkInfo, linkBucket: string, bucket: string, key: string): boolean =>
  info.target !== undefined && (info.targetBucket ?? linkBucket) === bucket && isInside(info.target, key);

export async function findLinksTo(
  deps: LinksToDeps,
  profileId: string,
  req: FindLinksRequest,
  options: { signal?: AbortSignal; onProgress?: (p: FindLinksProgress) => void } = {},
): Promise<FindLinksResult> {
  const { signal, onProgress } = options;
  const others = [...new Set(req.otherBuckets)].filter((b) => b !== req.bucket);
  if (others.length > 0 && (await deps.clientFor(profileId, req.bucket)).provider !== 'bos') {
    throw new AppFailure('INVALID_ARGUMENT', 'Only BOS links can point into another bucket.');
  }
  const scopes = [{ bucket: req.bucket, prefix: req.prefix }, ...others.map((bucket) => ({ bucket, prefix: '' }))];
  const links: FoundLink[] = [];
  const total = { scanned: 0, linksFound: 0, problems: 0 };
  let cancelled = false;
  for (const scope of scopes) {
    const startedAt = (deps.now ?? Date.now)();
    const report = await scanLinks({ clientFor: deps.clientFor, resolver: deps.resolver }, profileId, scope.bucket, scope.prefix, {
      ...(signal && { signal }),
      onLinks: (page) => {
        for (const info of page) {
          if (!pointsAt(info, scope.bucket, req.bucket, req.key)) continue;
          links.push({ bucket: scope.bucket, key: info.key, target: info.target ?? '', targetBucket: info.targetBucket ?? scope.bucket, state: info.state });
        }
      },
      onProgress: (p) => onProgress?.({ scanned: total.scanned + p.scanned, linksFound: total.linksFound + p.linksFound, problems: total.problems + p.problems, matches: links.length }),
    });
    total.scanned += report.scanned;
    total.linksFound += Object.values(report.counts).reduce((n, c) => n + c, 0);
    total.problems += report.problems.length;
    if (report.cancelled) {
      cancelled = true;
      break;
    }
    deps.index.scanned(profileId, scope.bucket, scope.prefix, startedAt);
  }
  onProgress?.({ ...total, matches: links.length });
  return { links, scanned: total.scanned, cancelled };
}

export interface PointingHereRequest {
  bucket: string;
  /** Objects and folders ('…/') about to be deleted, renamed or moved. */
  keys: readonly string[];
  /** Links inside the selection go with it (a delete): they are not counted as breaking. */
  excludeSelection: boolean;
}

export interface PointingHere {
  /** Per selected key, the known links that point at it (or into it). */
  targets: { key: string; links: IndexedLink[] }[];
  /** When a completed scan last covered the whole bucket. */
  coveredAt?: number;
  /** The folders whose links were looked at just now. */
  checkedFolders: string[];
}

/** How many listing rows of one folder the quick check resolves at most. */
const QUICK_ROWS = 1000;
/** How many stale index entries are read again at most. */
const RECHECK_MAX = 200;

async function quickCheckFolder(deps: LinksToDeps, profileId: string, bucket: string, prefix: string, signal?: AbortSignal): Promise<void> {
  const client = await deps.clientFor(profileId, bucket);
  const page = await client.listObjects({ bucket, prefix, delimiter: '/', maxKeys: QUICK_ROWS, ...(signal && { signal }) });
  const rows = page.objects.filter((r) => r.kind === 'symlink' || client.provider === 'bos').map(({ key, etag, kind, size }) => ({ key, etag, kind, size }));
  // Resolving records every row in the reverse index (the resolver tells it).
  for (let i = 0; i < rows.length; i += 200) await deps.resolver.resolve(profileId, bucket, rows.slice(i, i + 200), signal);
}

export async function linksPointingHere(deps: LinksToDeps, profileId: string, req: PointingHereRequest, signal?: AbortSignal): Promise<PointingHere> {
  // The folders of the selection: where links to these keys most often live.
  const folders = [...new Set(req.keys.map((k) => parentPrefixOf(k.endsWith('/') ? k.slice(0, -1) : k)))].sort();
  for (const folder of folders) await quickCheckFolder(deps, profileId, req.bucket, folder, signal);

  // Entries whose folder changed since they were read are read again (a few, not a scan).
  const stale = new Map<string, IndexedLink>();
  for (const key of req.keys) for (const e of deps.index.linksTo(profileId, req.bucket, key).links) if (e.stale) stale.set(`${e.bucket}\u0000${e.key}`, e);
  await Promise.all([...stale.values()].slice(0, RECHECK_MAX).map((e) => deps.resolver.resolveFresh(profileId, e.bucket, e.key, signal).catch(() => null)));

  const inSelection = (link: IndexedLink) => link.bucket === req.bucket && req.keys.some((k) => isInside(link.key, k));
  let coveredAt: number | undefined;
  const targets = req.keys.map((key) => {
    const known = deps.index.linksTo(profileId, req.bucket, key);
    coveredAt = known.coveredAt;
    return { key, links: req.excludeSelection ? known.links.filter((l) => !inSelection(l)) : known.links };
  });
  return { targets, checkedFolders: folders, ...(coveredAt !== undefined && { coveredAt }) };
}
