// Checks a link request can pass before anything is sent: names, self-links, cross-bucket targets,
// user metadata limits and storage-class rules of each provider (see reference/*-put-symlink.txt).
import { AppFailure } from '../errors';
import { PROVIDER_RULES, metaProblem, storageClassRule } from '../ipc/rules';
import type { Provider } from '../storage/types';

export const MAX_KEY_BYTES = PROVIDER_RULES.oss.maxKeyBytes;

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

/** The provider's metadata rules from ipc/rules.ts (names, printable values, case collisions, size). */
export function checkMeta(provider: Provider, meta: Record<string, string>): void {
  const problem = metaProblem(provider, meta);
  if (problem === undefined) return;
  const rules = PROVIDER_RULES[provider].meta;
  const p = provider.toUpperCase();
  const message =
    problem.kind === 'name'
      ? `Metadata name "${problem.name}" may contain only ${rules.nameRule} on ${p}.`
      : problem.kind === 'value'
        ? `Metadata "${problem.name}" may contain only printable ASCII characters.`
        : problem.kind === 'duplicate'
          ? `Metadata name "${problem.name}" is given twice.`
          : `User metadata is ${problem.bytes} bytes (counting "${rules.prefix}" per entry); ${p} allows at most ${problem.limit} bytes.`;
  throw new AppFailure('INVALID_ARGUMENT', message);
}

/** The provider's spelling of a requested storage class, or undefined when none was asked for. */
export function checkStorageClass(provider: Provider, requested: string | undefined): string | undefined {
  if (requested === undefined || requested.trim() === '') return undefined;
  const rule = storageClassRule(provider, requested);
  if (rule === undefined) throw new AppFailure('INVALID_ARGUMENT', `Unknown ${provider.toUpperCase()} storage class "${requested}".`);
  if (!rule.link) throw new AppFailure('INVALID_ARGUMENT', `${provider.toUpperCase()} links cannot use the ${rule.id} storage class.`);
  return rule.id;
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
