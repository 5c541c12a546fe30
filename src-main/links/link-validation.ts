// Checks a link request can pass before anything is sent: names, self-links, cross-bucket targets,
// user metadata limits and storage-class rules of each provider (see reference/*-put-symlink.txt).
import { AppFailure } from '../errors';
import type { Provider } from '../storage/types';

export const MAX_KEY_BYTES = 1024;
/** Total bytes of user metadata names + values: OSS 8 KB, BOS 2 KB. */
export const META_LIMIT_BYTES: Record<Provider, number> = { oss: 8 * 1024, bos: 2 * 1024 };

/** Storage classes a link may have, upper-case, mapped to the spelling the provider expects. */
const OSS_CLASSES: Record<string, string> = {
  STANDARD: 'Standard',
  IA: 'IA',
  ARCHIVE: 'Archive',
  COLDARCHIVE: 'ColdArchive',
  DEEPCOLDARCHIVE: 'DeepColdArchive',
};
const BOS_CLASSES: Record<string, string> = {
  STANDARD: 'STANDARD',
  STANDARD_IA: 'STANDARD_IA',
  COLD: 'COLD',
  MAZ_STANDARD: 'MAZ_STANDARD',
  MAZ_STANDARD_IA: 'MAZ_STANDARD_IA',
};

export interface LinkRequest {
  bucket: string;
  key: string;
  target: string;
  targetBucket?: string;
  meta?: Record<string, string>;
  storageClass?: string;
}

export interface ValidLinkRequest {
  bucket: string;
  key: string;
  target: string;
  /** Only set for a real cross-bucket link (BOS). */
  targetBucket?: string;
  meta: Record<string, string>;
  /** In the provider's spelling. */
  storageClass?: string;
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function checkObjectName(what: 'Link name' | 'Target', value: string): void {
  if (value.length === 0) throw new AppFailure('BAD_REQUEST', `${what} must not be empty.`);
  if (utf8Bytes(value) > MAX_KEY_BYTES) throw new AppFailure('BAD_REQUEST', `${what} must be at most ${MAX_KEY_BYTES} bytes (UTF-8).`);
}

const META_NAME = /^[A-Za-z0-9_-]+$/;
const META_VALUE = /^[\x20-\x7e]*$/;

export function checkMeta(provider: Provider, meta: Record<string, string>): void {
  const seen = new Set<string>();
  let total = 0;
  for (const [name, value] of Object.entries(meta)) {
    if (!META_NAME.test(name)) throw new AppFailure('INVALID_ARGUMENT', `Metadata name "${name}" may contain only letters, digits, "-" and "_".`);
    if (!META_VALUE.test(value)) throw new AppFailure('INVALID_ARGUMENT', `Metadata "${name}" may contain only printable ASCII characters.`);
    // Providers lower-case metadata names (BOS always, OSS on read): two names differing in case collide.
    const lower = name.toLowerCase();
    if (seen.has(lower)) throw new AppFailure('INVALID_ARGUMENT', `Metadata name "${name}" is given twice.`);
    seen.add(lower);
    total += utf8Bytes(name) + utf8Bytes(value);
  }
  const limit = META_LIMIT_BYTES[provider];
  if (total > limit) {
    throw new AppFailure('INVALID_ARGUMENT', `User metadata is ${total} bytes; ${provider.toUpperCase()} allows at most ${limit} bytes for a link.`);
  }
}

/** The provider's spelling of a requested storage class, or undefined when none was asked for. */
export function checkStorageClass(provider: Provider, requested: string | undefined): string | undefined {
  if (requested === undefined || requested.trim() === '') return undefined;
  const upper = requested.trim().toUpperCase();
  if (provider === 'bos' && upper === 'ARCHIVE') throw new AppFailure('INVALID_ARGUMENT', 'BOS links cannot use the ARCHIVE storage class.');
  const known = (provider === 'oss' ? OSS_CLASSES : BOS_CLASSES)[upper];
  if (known === undefined) throw new AppFailure('INVALID_ARGUMENT', `Unknown ${provider.toUpperCase()} storage class "${requested}".`);
  return known;
}

/** Every check that needs no request. Throws AppFailure; returns the request normalised. */
export function validateLinkRequest(provider: Provider, req: LinkRequest): ValidLinkRequest {
  checkObjectName('Link name', req.key);
  checkObjectName('Target', req.target);
  if (req.key.endsWith('/')) throw new AppFailure('BAD_REQUEST', 'A link name cannot end with "/" (that is a folder).');
  const targetBucket = req.targetBucket && req.targetBucket !== req.bucket ? req.targetBucket : undefined;
  if (targetBucket !== undefined && provider !== 'bos') {
    throw new AppFailure('INVALID_ARGUMENT', 'Only BOS supports links to another bucket.');
  }
  if (targetBucket === undefined && req.target === req.key) throw new AppFailure('INVALID_TARGET', 'A link cannot point to itself.');
  const meta = req.meta ?? {};
  checkMeta(provider, meta);
  const storageClass = checkStorageClass(provider, req.storageClass);
  const valid: ValidLinkRequest = { bucket: req.bucket, key: req.key, target: req.target, meta };
  if (targetBucket !== undefined) valid.targetBucket = targetBucket;
  if (storageClass !== undefined) valid.storageClass = storageClass;
  return valid;
}

/** Rules that depend on the bucket's own storage class (undefined: unknown, let the server decide). */
export function checkBucketClass(provider: Provider, bucketClass: string | undefined, linkClass: string | undefined): void {
  const upper = bucketClass?.toUpperCase();
  if (provider === 'oss' && upper === 'ARCHIVE') throw new AppFailure('NOT_SUPPORTED', 'OSS does not allow links in an Archive bucket.');
  if (provider === 'bos' && upper === 'ARCHIVE' && linkClass === undefined) {
    throw new AppFailure('INVALID_ARGUMENT', 'This bucket stores objects as ARCHIVE by default, which links cannot use: choose a storage class for the link.');
  }
}
