// The links module's public face: resolve, create (one or many), follow and scan, sharing one
// request limiter per endpoint and one cache so that the UI and a scan never exceed an endpoint's
// concurrency cap together, and a dead endpoint never delays work on another.
import { AppFailure, toAppError } from '../errors';
import type { CreateLinkResult, CreateLinksItemResult, FollowResult, LinkInfo, ObjectProperties, TargetInspection } from '../ipc/contract';
import type { StorageClient } from '../storage/types';
import { cacheKey } from './cache-key';
import { createLink, type CreateLinkRequest } from './create-link';
import { createLimiter, createLimiterPerEndpoint } from './limiter';
import { natureOf, parentPrefixOf, readSymlink, type ObjectNature } from './link-probes';
import { createLinkResolver, type ResolveRow } from './link-resolver';
import { createMemoCache } from './memo-cache';
import { createTargetListing } from './target-listing';
import { readProperties } from './object-properties';
import { findLinksTo, linksPointingHere, type FindLinksProgress, type FindLinksRequest, type PointingHereRequest } from './links-to';
import { createReverseIndex } from './reverse-index';
import { scanLinks, type ScanOptions } from './scan-links';

export interface LinksServiceDeps {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  /** Requests in flight at once per endpoint (default 8). */
  concurrency?: number;
  /** Cache lifetimes, for tests. */
  targetTtlMs?: number;
  stateTtlMs?: number;
  now?: () => number;
}

export interface CreateLinksItem {
  key: string;
  target: string;
  targetBucket?: string;
}

export function createLinksService(deps: LinksServiceDeps) {
  const concurrency = deps.concurrency ?? 8;
  const limitFor = createLimiterPerEndpoint(concurrency);
  const index = createReverseIndex(deps.now ? { now: deps.now } : {});
  const resolver = createLinkResolver({ ...deps, limitFor, onResolved: (profileId, bucket, infos) => index.record(profileId, bucket, infos) });
  const linksToDeps = { clientFor: deps.clientFor, resolver, index, ...(deps.now && { now: deps.now }) };
  const bucketClasses = createMemoCache<string | undefined>({ ttlMs: 10 * 60_000, ...(deps.now && { now: deps.now }) });

  /** The bucket's default storage class, from ListBuckets; undefined if the key may not list buckets. */
  function bucketStorageClass(profileId: string, bucket: string): Promise<string | undefined> {
    return bucketClasses.get(cacheKey(profileId, bucket), async () => {
      const client = await deps.clientFor(profileId, bucket);
      try {
        const buckets = await limitFor(client)(() => client.listBuckets());
        return buckets.find((b) => b.name === bucket)?.storageClass.toUpperCase();
      } catch {
        return undefined; // the server still enforces its rules; we only lose the early, clearer message
      }
    });
  }

  const createDeps = {
    clientFor: deps.clientFor,
    limitFor,
    bucketStorageClass,
    onWritten: (profileId: string, bucket: string, key: string) => {
      resolver.invalidate(profileId, bucket, [key]);
      index.written(profileId, bucket, [key]);
    },
    onCreated: (profileId: string, bucket: string, key: string, link: { target: string; targetBucket?: string }) =>
      index.record(profileId, bucket, [{ key, isLink: true, ...link, state: 'unknown' }]),
  };

  return {
    /** Link info for the rows a caller shows, in order. */
    resolve(profileId: string, bucket: string, rows: readonly ResolveRow[], signal?: AbortSignal): Promise<LinkInfo[]> {
      return resolver.resolve(profileId, bucket, rows, signal);
    },

    createLink(input: CreateLinkRequest): Promise<CreateLinkResult> {
      return createLink(createDeps, input);
    },

    /** Drag and drop: one result per item, in order; a failure never hides among successes. */
    async createLinks(profileId: string, bucket: string, items: readonly CreateLinksItem[], overwrite = false): Promise<CreateLinksItemResult[]> {
      // Items run under their own cap; each item's requests also pass the shared request limiter.
      const perItem = createLimiter(concurrency);
      // Each distinct target is checked once for the whole batch (many links often share one);
      // many targets in one OSS folder are checked with a listing of their range.
      const natures = new Map<string, Promise<ObjectNature>>();
      const listing = createTargetListing(limitFor);
      for (const item of items) listing.add(item.targetBucket ?? bucket, [item.target]);
      const check = async (client: StorageClient, targetBucket: string, target: string): Promise<ObjectNature> =>
        (await listing.natureFromListing(client, targetBucket, target)) ?? natureOf(client, limitFor(client), targetBucket, target);
      const targetNature = (client: StorageClient, targetBucket: string, target: string): Promise<ObjectNature> => {
        const key = cacheKey(profileId, targetBucket, target);
        let nature = natures.get(key);
        if (!nature) natures.set(key, (nature = check(client, targetBucket, target)));
        return nature;
      };
      const batchDeps = { ...createDeps, targetNature };
      return Promise.all(
        items.map((item) =>
          perItem(async (): Promise<CreateLinksItemResult> => {
            const base = { key: item.key, target: item.target };
            try {
              const result = await createLink(batchDeps, { profileId, bucket, ...item, overwrite });
              return { ...base, status: result.status === 'created' ? 'created' : 'skipped-exists' };
            } catch (e) {
              return { ...base, status: 'failed', error: toAppError(e) };
            }
          }),
        ),
      );
    },

    /** Where a link points, with its state (never from cache: the user is about to go there). */
    async followLink(profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<FollowResult> {
      const info = await resolver.resolveFresh(profileId, bucket, key, signal);
      if (!info?.target) throw new AppFailure('NOT_SYMLINK', 'The object is not a link.');
      const targetBucket = info.targetBucket ?? bucket;
      return { bucket: targetBucket, key: info.target, parentPrefix: parentPrefixOf(info.target), state: info.state };
    },

    /** What a link to `key` would point at: an object, a link (and where it points), nothing yet, or a key we may not read. */
    async inspectTarget(profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<TargetInspection> {
      const client = await deps.clientFor(profileId, bucket);
      const limit = limitFor(client);
      const nature = await natureOf(client, limit, bucket, key, signal);
      if (nature !== 'link') return { nature };
      const link = await readSymlink(client, limit, bucket, key, signal);
      return link ? { nature, linkTarget: link.target } : { nature };
    },

    /** The Properties panel's facts about one key (a link's own and its target's). */
    properties(profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<ObjectProperties> {
      return readProperties({ clientFor: deps.clientFor, limitFor }, profileId, bucket, key, signal);
    },

    /** Check links…: every link under the prefix; a completed scan also marks the prefix as covered in the reverse index. */
    async scanLinks(profileId: string, bucket: string, prefix: string, options?: ScanOptions) {
      const startedAt = (deps.now ?? Date.now)();
      const report = await scanLinks({ clientFor: deps.clientFor, resolver }, profileId, bucket, prefix, options);
      if (!report.cancelled) index.scanned(profileId, bucket, prefix, startedAt);
      return report;
    },

    /** Find links to this: links whose target is the key (or inside the folder), found by scanning. */
    findLinksTo(profileId: string, req: FindLinksRequest, options?: { signal?: AbortSignal; onProgress?: (p: FindLinksProgress) => void }) {
      return findLinksTo(linksToDeps, profileId, req, options);
    },

    /** The known links that a delete, rename or move of these keys would break (index + a quick look at their folders). */
    pointingHere(profileId: string, req: PointingHereRequest, signal?: AbortSignal) {
      return linksPointingHere(linksToDeps, profileId, req, signal);
    },

    /** The reverse index alone (no request): what is known to point at a key or into a folder. */
    knownLinksTo(profileId: string, bucket: string, key: string) {
      return index.linksTo(profileId, bucket, key);
    },

    /**
     * Forget cached link data for keys written or deleted elsewhere (ops.delete, ops.copy):
     * their cached target, the cached state of links aimed at them, and their reverse-index entries.
     */
    invalidate(profileId: string, bucket: string, keys: readonly string[], how: 'written' | 'deleted' = 'written'): void {
      resolver.invalidate(profileId, bucket, keys);
      if (how === 'deleted') index.deleted(profileId, bucket, keys);
      else index.written(profileId, bucket, keys);
    },

    /** Links main now knows were written (copies and moves re-create links with their target). */
    recordLinks(profileId: string, bucket: string, links: readonly { key: string; target: string; targetBucket?: string }[]): void {
      index.record(profileId, bucket, links.map((l) => ({ ...l, isLink: true, state: 'unknown' as const })));
    },

    /** objects.changed: the links indexed under the folder are stale until read again. */
    folderChanged(profileId: string, bucket: string, prefix: string): void {
      index.folderChanged(profileId, bucket, prefix);
    },
  };
}

export type LinksService = ReturnType<typeof createLinksService>;
