// objects.* channels: one listing page as table rows; deleting keys (and telling the renderer
// which folders changed).
import { toAppError } from '../../errors';
import { StorageError } from '../../storage/errors';
import type { StorageClient } from '../../storage/types';
import { changedPrefixes } from './changed-prefixes';
import { encodeObjectPage } from './object-page';
import type { Emit, HandlerGroup } from './types';

export interface ObjectsHandlerDeps {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  /** Forget cached link data for deleted keys. */
  invalidateLinks(profileId: string, bucket: string, keys: readonly string[]): void;
  emit: Emit;
}

export function createObjectsHandlers(deps: ObjectsHandlerDeps): HandlerGroup<'objects.list' | 'objects.delete'> {
  return {
    'objects.list': async ({ profileId, bucket, prefix, cursor, maxKeys, delimiter }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const page = await client.listObjects({
        bucket,
        prefix,
        maxKeys,
        ...(delimiter !== '' && { delimiter }),
        ...(cursor !== undefined && { cursor }),
        ...(signal && { signal }),
      });
      return encodeObjectPage(client.provider, prefix, page);
    },

    'objects.delete': async ({ profileId, bucket, keys }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const result = await client.deleteMany(bucket, keys, signal);
      deps.invalidateLinks(profileId, bucket, keys);
      for (const prefix of changedPrefixes(result.deleted)) deps.emit('objects.changed', { profileId, bucket, prefix });
      return {
        deleted: result.deleted,
        // Per-key provider codes become contract codes with our own sentences.
        failed: result.failed.map((f) => {
          const { code, message } = toAppError(new StorageError({ code: f.code, status: 0, provider: client.provider, message: f.message }));
          return { key: f.key, code, message };
        }),
      };
    },
  };
}
