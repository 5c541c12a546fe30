// Handler pieces that OSS and BOS share word for word: the request context, empty replies,
// the signed-only guard and the bucket operations whose logic does not depend on the wire
// format. Provider-specific bits (provider tag, status codes, ACL parsing) are passed in.
import { badRequest, conflict, forbidden } from './errors';
import type { EmuRequest, EmuResponse } from './http-types';
import { requireBucket } from './object-ops';
import type { Acl, BucketRecord, Provider, Store } from './store';

/** What every OSS and BOS handler receives. */
export interface ProviderCtx {
  store: Store;
  req: EmuRequest;
  bucket?: string;
  key?: string;
  anonymous: boolean;
  region: string;
}

export function emptyResponse(status = 200, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers };
}

export function requireSigned(c: ProviderCtx): void {
  if (c.anonymous) throw forbidden('AccessDenied', 'Anonymous access is forbidden for this operation.');
}

/** The provider's buckets, sorted by name (ListBuckets never shows the other provider's). */
export function providerBuckets(c: ProviderCtx, provider: Provider): BucketRecord[] {
  requireSigned(c);
  return [...c.store.buckets.values()].filter((b) => b.provider === provider).sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function headBucket(c: ProviderCtx, provider: Provider): EmuResponse {
  requireBucket(c.store, c.bucket, provider);
  return emptyResponse(200);
}

/** DeleteBucket: only an empty bucket goes; OSS answers 204, BOS 200. */
export function deleteEmptyBucket(c: ProviderCtx, provider: Provider, status: number): EmuResponse {
  requireSigned(c);
  const b = requireBucket(c.store, c.bucket, provider);
  if (b.objects.size > 0) throw conflict('BucketNotEmpty', 'The bucket you tried to delete is not empty.');
  c.store.deleteBucket(b.name);
  return emptyResponse(status);
}

/** PutBucketAcl: `nextAcl` turns the current ACL into the new one from the provider's header. */
export function updateBucketAcl(c: ProviderCtx, provider: Provider, nextAcl: (current: Acl) => Acl): EmuResponse {
  requireSigned(c);
  const b = requireBucket(c.store, c.bucket, provider);
  c.store.updateBucket(b.name, { acl: nextAcl(b.acl) });
  return emptyResponse(200);
}

/**
 * A header enum (storage class, canned ACL): empty or absent means `fallback`; otherwise
 * `canonical` maps the trimmed value to the provider's spelling, and no match is a 400.
 */
export function parseHeaderEnum<T extends string>(raw: string | undefined, fallback: T, canonical: (trimmed: string) => T | undefined, label: string): T {
  if (raw === undefined || raw === '') return fallback;
  const found = canonical(raw.trim());
  if (found === undefined) throw badRequest('InvalidArgument', `${label}: ${raw}`);
  return found;
}

/** A canned-ACL header parser accepting `allowed` (lower-case) values, case-insensitively. */
export function aclParser(allowed: readonly Acl[]): (raw: string | undefined, fallback: Acl) => Acl {
  return (raw, fallback) => parseHeaderEnum(raw, fallback, (t) => allowed.find((a) => a === t.toLowerCase()), 'Invalid ACL');
}
