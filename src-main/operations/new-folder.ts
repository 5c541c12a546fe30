// New folder…: a zero-byte `<prefix><name>/` object. The name is one path segment, and the
// whole key stays within the 1,024-byte key limit; an existing folder is an error.
import { AppFailure } from '../errors';
import { nameProblem } from '../ipc/contract';
import type { StorageClient } from '../storage/types';

export async function createFolder(client: StorageClient, input: { bucket: string; prefix: string; name: string; signal?: AbortSignal }): Promise<{ key: string }> {
  const problem = nameProblem(input.prefix, input.name, true);
  if (problem) throw new AppFailure('INVALID_ARGUMENT', `The folder name is not valid (${problem}).`, { reason: problem });
  const key = `${input.prefix}${input.name}/`;
  // A folder exists when any key starts with it (a marker object or just objects inside).
  const page = await client.listObjects({ bucket: input.bucket, prefix: key, maxKeys: 1, ...(input.signal && { signal: input.signal }) });
  if (page.objects.length > 0 || page.folders.length > 0) throw new AppFailure('ALREADY_EXISTS', 'A folder with this name already exists.', { key });
  await client.put({ bucket: input.bucket, key, body: Buffer.alloc(0), ...(input.signal && { signal: input.signal }) });
  return { key };
}
