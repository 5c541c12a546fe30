// Every query key is built here, general -> specific, so invalidation by prefix works.
export const queryKeys = {
  appInfo: ['appInfo'] as const,
  profiles: ['profiles'] as const,
  vault: ['vault'] as const,
  storeNotices: ['storeNotices'] as const,
  buckets: (profileId: string) => ['buckets', profileId] as const,
  objectsOfProfile: (profileId: string) => ['objects', profileId] as const,
  objectsOfBucket: (profileId: string, bucket: string) => ['objects', profileId, bucket] as const,
  objects: (profileId: string, bucket: string, prefix: string) => ['objects', profileId, bucket, prefix] as const,
  /** A segment of a folder's listing opened after a key (seek); under the folder's key, so its refresh reaches it. */
  objectsAfter: (profileId: string, bucket: string, prefix: string, startAfter: string) => ['objects', profileId, bucket, prefix, 'after', startAfter] as const,
  linksOfBucket: (profileId: string, bucket: string) => ['links', profileId, bucket] as const,
  /** One resolved row; the etag makes a rewritten link a new entry. */
  link: (profileId: string, bucket: string, key: string, etag: string) => ['links', profileId, bucket, 'row', key, etag] as const,
  linkBatch: (profileId: string, bucket: string, keys: readonly string[]) => ['links', profileId, bucket, 'batch', ...keys] as const,
  /** The known links a delete / rename / move of these keys would break (asked fresh each time a dialog opens). */
  pointingHere: (profileId: string, bucket: string, excludeSelection: boolean, keys: readonly string[]) => ['pointingHere', profileId, bucket, excludeSelection, ...keys] as const,
  /** A share URL for these options (signed when asked, never reused once the dialog closes). */
  shareUrl: (profileId: string, bucket: string, key: string, options: { expiresSeconds: number; attachment: boolean; ofTarget: boolean }) =>
    ['shareUrl', profileId, bucket, key, options] as const,
  /** Does an object exist at this exact key (drag-to-link conflict check). */
  exists: (profileId: string, bucket: string, key: string) => ['objects', profileId, bucket, 'exists', key] as const,
  /** What a link target key holds (object, link, nothing); under 'objects' so writes refresh it. */
  linkTarget: (profileId: string, bucket: string, key: string) => ['objects', profileId, bucket, 'linkTarget', key] as const,
  propertiesOfProfile: (profileId: string) => ['properties', profileId] as const,
  /** The Properties panel's facts about one key; any write of the profile refreshes them (a link's target may be elsewhere). */
  properties: (profileId: string, bucket: string, key: string) => ['properties', profileId, bucket, key] as const,
  /** What main's reverse index knows points at a key ("N links point here"); refreshed with the properties and after each scan. */
  linksHere: (profileId: string, bucket: string, key: string) => ['properties', profileId, bucket, key, 'linksHere'] as const,
};

/** What a folder listing's key (`objects` or `objectsAfter`) names; null for any other key. */
export function parseListingKey(key: readonly unknown[]): { profileId: string; bucket: string; prefix: string; startAfter: string | null } | null {
  const [root, profileId, bucket, prefix, after, startAfter] = key;
  if (root !== 'objects' || typeof profileId !== 'string' || typeof bucket !== 'string' || typeof prefix !== 'string') return null;
  if (key.length === 4) return { profileId, bucket, prefix, startAfter: null };
  return key.length === 6 && after === 'after' && typeof startAfter === 'string' ? { profileId, bucket, prefix, startAfter } : null;
}
