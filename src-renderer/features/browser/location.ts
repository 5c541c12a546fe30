// The Location field's language: `bucket/prefix/` opens a folder, `bucket/key` opens the key's
// folder and selects it; `oss://bucket/key` and `bos://bucket/key` say the provider too.
import { type BucketDto } from '../../contract';

export type LocationTarget = { bucket: string; prefix: string; revealKey?: string };
export type LocationProblem = 'EMPTY' | 'NO_BUCKET' | 'WRONG_PROVIDER';

export function parseLocation(text: string, buckets: readonly BucketDto[]): LocationTarget | { problem: LocationProblem; bucket?: string } {
  const trimmed = text.trim();
  const scheme = /^(oss|bos):\/\//i.exec(trimmed);
  const path = (scheme ? trimmed.slice(scheme[0].length) : trimmed).replace(/^\/+/, '');
  if (path === '') return { problem: 'EMPTY' };
  const slash = path.indexOf('/');
  const bucket = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? '' : path.slice(slash + 1);
  const found = buckets.find((b) => b.name === bucket);
  if (!found) return { problem: 'NO_BUCKET', bucket };
  if (scheme && scheme[1]?.toLowerCase() !== found.provider) return { problem: 'WRONG_PROVIDER', bucket };
  if (rest === '' || rest.endsWith('/')) return { bucket, prefix: rest };
  return { bucket, prefix: rest.slice(0, rest.lastIndexOf('/') + 1), revealKey: rest };
}
