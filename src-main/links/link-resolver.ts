// Resolves link rows lazily: which rows are links (OSS listings say so; BOS needs a HEAD), what they
// point at (cached by profile, bucket, key, etag) and the state of each target (HEAD, cached briefly).
import { toAppError } from '../errors';
import type { ErrorCode, LinkInfo, LinkState } from '../ipc/contract';
import type { StorageClient, SymlinkInfo } from '../storage/types';
import { cacheKey, cacheKeyPrefix } from './cache-key';
import type { LimiterFor } from './limiter';
import { listedRowNature, natureOf, readSymlink, stateForTarget } from './link-probes';
import { createMemoCache } from './memo-cache';

export type ClientFor = (profileId: string, bucket: string) => Promise<StorageClient>;

export interface ResolveRow {
  key: string;
  etag: string;
  /** The listing's size, when the caller has it (a mismatch with HEAD hints at a link). */
  size?: number;
  kind: 'folder' | 'object' | 'symlink';
}

export interface LinkResolverOptions {
  clientFor: ClientFor;
  /** The request cap of a client's endpoint. */
  limitFor: LimiterFor;
  /** How long a link's target stays cached (the etag already changes when the link does). */
  targetTtlMs?: number;
  /** How long a target's state stays cached: it can change behind our back. */
  stateTtlMs?: number;
  now?: () => number;
  /** Told every resolution (the reverse index listens): the rows of one bucket, as resolved. */
  onResolved?: (profileId: string, bucket: string, infos: readonly LinkInfo[]) => void;
}

/** Failures that concern the whole profile or the caller, not one row: they fail the request. */
const requestWideCodes = new Set<ErrorCode>(['AUTH_FAILED', 'CLOCK_SKEW', 'NETWORK', 'TIMEOUT', 'CANCELLED', 'PROFILE_NOT_FOUND']);

export function notALink(key: string): LinkInfo {
  return { key, isLink: false, crossBucket: false, state: 'unknown' };
}

export function createLinkResolver(options: LinkResolverOptions) {
  const { clientFor, limitFor } = options;
  const now = options.now ?? Date.now;
  const targets = createMemoCache<SymlinkInfo | null>({ ttlMs: options.targetTtlMs ?? 10 * 60_000, now });
  const states = createMemoCache<LinkState>({ ttlMs: options.stateTtlMs ?? 30_000, now });

  async function detectLink(client: StorageClient, bucket: string, row: ResolveRow, signal?: AbortSignal): Promise<SymlinkInfo | null> {
    if (row.kind === 'object') {
      // BOS listings carry no type: HEAD's type, and GetSymlink when HEAD disagrees with the row.
      const nature = await listedRowNature(client, limitFor(client), bucket, row, signal);
      if (nature !== 'link' && nature !== 'maybe-link') return null;
    }
    return readSymlink(client, limitFor(client), bucket, row.key, signal);
  }

  async function targetState(profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<LinkState> {
    return states.get(cacheKey(profileId, bucket, key), async (shared) => {
      let client: StorageClient;
      try {
        client = await clientFor(profileId, bucket);
      } catch (e) {
        // The profile knows no such bucket (local demo: no client owns it): the target is missing.
        if (toAppError(e).code === 'NOT_FOUND') return 'broken';
        throw e;
      }
      return stateForTarget(await natureOf(client, limitFor(client), bucket, key, shared));
    }, signal);
  }

  async function describe(profileId: string, bucket: string, key: string, link: SymlinkInfo, signal?: AbortSignal): Promise<LinkInfo> {
    const targetBucket = link.targetBucket || bucket;
    const crossBucket = targetBucket !== bucket;
    const state = await targetState(profileId, targetBucket, link.target, signal);
    const info: LinkInfo = { key, isLink: true, target: link.target, crossBucket, state };
    if (crossBucket) info.targetBucket = targetBucket;
    return info;
  }

  async function resolveRow(profileId: string, bucket: string, row: ResolveRow, signal?: AbortSignal): Promise<LinkInfo> {
    if (row.kind === 'folder') return notALink(row.key);
    const client = await clientFor(profileId, bucket);
    // OSS listings type every entry: a plain row is never a link there.
    if (row.kind === 'object' && client.provider !== 'bos') return notALink(row.key);
    // The shared request gets the cache's signal: it is aborted only when every caller has gone.
    const link = await targets.get(cacheKey(profileId, bucket, row.key, row.etag), (shared) => detectLink(client, bucket, row, shared), signal);
    return link ? describe(profileId, bucket, row.key, link, signal) : notALink(row.key);
  }

  /** One LinkInfo per row, in order. Per-row failures give state 'unknown'; profile-wide ones throw. */
  async function resolve(profileId: string, bucket: string, rows: readonly ResolveRow[], signal?: AbortSignal): Promise<LinkInfo[]> {
    const attempt = async (row: ResolveRow, retried: boolean): Promise<LinkInfo> => {
      try {
        return await resolveRow(profileId, bucket, row, signal);
      } catch (e) {
        if (signal?.aborted) throw e;
        const code = toAppError(e).code;
        // A shared in-flight request was cancelled by another caller: ours was not, so ask again.
        if (code === 'CANCELLED' && !retried) return attempt(row, true);
        if (requestWideCodes.has(code)) throw e;
        return { key: row.key, isLink: row.kind === 'symlink', crossBucket: false, state: 'unknown' };
      }
    };
    const infos = await Promise.all(rows.map((row) => attempt(row, false)));
    options.onResolved?.(profileId, bucket, infos);
    return infos;
  }

  /** A fresh look at one key (no cached target or state): for following a link. */
  async function resolveFresh(profileId: string, bucket: string, key: string, signal?: AbortSignal): Promise<LinkInfo | null> {
    const client = await clientFor(profileId, bucket);
    const link = await readSymlink(client, limitFor(client), bucket, key, signal);
    if (!link) {
      options.onResolved?.(profileId, bucket, [notALink(key)]);
      return null;
    }
    states.invalidate((k) => k === cacheKey(profileId, link.targetBucket || bucket, link.target));
    const info = await describe(profileId, bucket, key, link, signal);
    options.onResolved?.(profileId, bucket, [info]);
    return info;
  }

  /** Forget everything known about these keys: they were created, replaced or deleted. */
  function invalidate(profileId: string, bucket: string, keys: readonly string[]): void {
    const prefixes = keys.map((key) => cacheKeyPrefix(profileId, bucket, key));
    const exact = new Set(keys.map((key) => cacheKey(profileId, bucket, key)));
    targets.invalidate((k) => prefixes.some((p) => k.startsWith(p)));
    states.invalidate((k) => exact.has(k));
  }

  return { resolve, resolveFresh, invalidate };
}

export type LinkResolver = ReturnType<typeof createLinkResolver>;
