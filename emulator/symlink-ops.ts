// Provider-neutral PutSymlink/GetSymlink rules (see shared/reference PutSymlink docs).
import { badRequest } from './errors';
import { type MetaRules, checkForbidOverwrite, checkMetaLimit, makeRecord, requireObject, validateKey } from './object-ops';
import type { Acl, BucketRecord, ObjectRecord, Store } from './store';
import { strictDecode } from './decode';
import { latin1ToUtf8 } from './sign-util';
import { bufferContent } from './stored-body';

export interface PutSymlinkInput {
  key: string;
  targetBucket?: string;
  forbidOverwrite: boolean;
  meta: Record<string, string>;
  metaLimit: MetaRules;
  storageClass: string;
  acl: Acl;
  contentType: string;
}

/** Targets arrive percent-encoded (ali-oss) or raw (bce-sdk); both decode to the same key. */
export function decodeTarget(raw: string | undefined, header: string): string {
  if (raw === undefined || raw === '') throw badRequest('MissingArgument', `Missing required header ${header}.`);
  const target = strictDecode(latin1ToUtf8(raw));
  validateKey(target);
  return target;
}

/** No existence, type or permission check on the target: those happen on read. */
export function putSymlink(store: Store, bucket: BucketRecord, input: PutSymlinkInput, target: string): ObjectRecord {
  checkMetaLimit(input.meta, input.metaLimit);
  checkForbidOverwrite(bucket, input.key, input.forbidOverwrite);
  const attrs = { contentType: input.contentType, meta: input.meta, headers: {}, storageClass: input.storageClass, acl: input.acl };
  const rec = makeRecord(input.key, attrs, bufferContent(Buffer.from(target)), 'Symlink');
  rec.symlinkTarget = target;
  if (input.targetBucket !== undefined && input.targetBucket !== bucket.name) rec.symlinkBucket = input.targetBucket;
  store.putObject(bucket.name, rec);
  return rec;
}

export function getSymlink(bucket: BucketRecord, key: string): ObjectRecord {
  const rec = requireObject(bucket, key);
  if (rec.objectType !== 'Symlink') throw badRequest('NotSymlink', 'The specified object is not a symlink.');
  return rec;
}
