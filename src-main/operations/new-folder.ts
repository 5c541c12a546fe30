// New folder…: a zero-byte `<prefix><name>/` object. The name is one path segment, and the
// whole key stays within the 1,024-byte key limit; an existing folder is an error.
import { AppFailure } from '../errors';
import type { StorageClient } from '../storage/types';

const MAX_KEY_BYTES = 1024;

/** Why a folder name is refused, or undefined. The renderer shows the same rule beside the field. */
export function folderNameProblem(prefix: string, name: string): 'EMPTY' | 'SLASH' | 'TOO_LONG' | 'DOTS' | undefined {
  if (name.trim() === '') return 'EMPTY';
  if (name.includes('/')) return 'SLASH';
  if (name === '.' || name === '..') return 'DOTS';
  if (new TextEncoder().encode(`${prefix}${name}/`).length > MAX_KEY_BYTES) return 'TOO_LONG';
  return undefined;
}

export async function createFolder(client: StorageClient, input: { bucket: string; prefix: string; name: string; signal?: AbortSignal }): Promise<{ key: string }> {
  const problem = folderNameProblem(input.prefix, input.name);
  if (problem) throw new AppFailure('INVALID_ARGUMENT', `The folder name is not valid (${problem}).`, { reason: problem });
  const key = `${input.prefix}${input.name}/`;
  // A folder exists when any key starts with it (a marker object or just objects inside).
  const page = await client.listObjects({ bucket: input.bucket, prefix: key, maxKeys: 1, ...(input.signal && { signal: input.signal }) });
  if (page.objects.length > 0 || page.folders.length > 0) throw new AppFailure('ALREADY_EXISTS', 'A folder with this name already exists.', { key });
  await client.put({ bucket: input.bucket, key, body: Buffer.alloc(0), ...(input.signal && { signal: input.signal }) });
  return { key };
}
