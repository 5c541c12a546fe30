// objects.* channels: one listing page as table rows; Edit metadata… (and telling the renderer
// which folder changed). Deleting goes through ops.delete (operations.ts).
import { createLimiter } from '../../links/limiter';
import type { CopyLimits } from '../../operations/copy-one';
import { editMetadata } from '../../operations/edit-metadata';
import type { Provider, StorageClient } from '../../storage/types';
import { parentPrefix } from './changed-prefixes';
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

export function createObjectsHandlers(deps: ObjectsHandlerDeps): HandlerGroup<'objects.list' | 'objects.editMetadata'> {
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

    'objects.editMetadata': async ({ profileId, bucket, key, meta }, { signal }) => {
      const client = await deps.clientFor(profileId, bucket);
      const { isLink } = await editMetadata(client, createLimiter(4), { bucket, key, meta, ...(signal && { signal }) }, deps.limits[client.provider]);
      deps.invalidateLinks(profileId, bucket, [key], 'written');
      deps.emit('objects.changed', { profileId, bucket, prefix: parentPrefix(key) });
      return { key, isLink };
    },
  };
}
