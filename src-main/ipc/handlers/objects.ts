// objects.* channels: one listing page as table rows; deleting keys (and telling the renderer
// which folders changed).
import { toAppError } from '../../errors';
import { StorageError } from '../../storage/errors';
import { createLimiter } from '../../links/limiter';
import type { CopyLimits } from '../../operations/copy-one';
import { editMetadata } from '../../operations/edit-metadata';
import type { Provider, StorageClient } from '../../storage/types';
import { changedPrefixes, parentPrefix } from './changed-prefixes';
import { encodeObjectPage } from './object-page';
import type { Emit, HandlerGroup } from './types';

export interface ObjectsHandlerDeps {
  clientFor(profileId: string, bucket: string): Promise<StorageClient>;
  /** Forget cached link data for deleted keys. */
  invalidateLinks(profileId: string, bucket: string, keys: readonly string[], how: 'written' | 'deleted'): void;
  emit: Emit;
  /** When an object is too big for one CopyObject (Edit metadata… copies it onto itself). */
  limits: Record<Provider, CopyLimits>;
}

export function createObjectsHandlers(deps: ObjectsHandlerDeps): HandlerGroup<'objects.list' | 'objects.delete' | 'objects.editMetadata'> {
  return {
    'objects.list': async ({ profileId, bucket, prefix, cursor, startAfter, maxKeys, delimiter }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const page = await client.listObjects({
        bucket,
        prefix,
        maxKeys,
        ...(delimiter !== '' && { delimiter }),
        ...(cursor !== undefined && { cursor }),
        ...(startAfter !== undefined && { startAfter }),
        ...(signal && { signal }),
      });
      return encodeObjectPage(client.provider, prefix, page);
    },

    'objects.delete': async ({ profileId, bucket, keys }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const result = await client.deleteMany(bucket, keys, signal);
      deps.invalidateLinks(profileId, bucket, result.deleted, 'deleted');
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

    'objects.editMetadata': async ({ profileId, bucket, key, meta }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const { isLink } = await editMetadata(client, createLimiter(4), { bucket, key, meta, ...(signal && { signal }) }, deps.limits[client.provider]);
      deps.invalidateLinks(profileId, bucket, [key], 'written');
      deps.emit('objects.changed', { profileId, bucket, prefix: parentPrefix(key) });
      return { key, isLink };
    },
  };
}
