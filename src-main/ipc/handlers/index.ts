// The full channel table, assembled from one handler group per feature. A channel missing
// from the groups is a type error here.
import type { LinksService } from '../../links/create-links-service';
import type { ProfilesService } from '../../profiles/create-profiles-service';
import type { TransfersService } from '../../transfers/transfers-service';
import type { Handlers } from '../router';
import { createAppHandlers, type AppHandlerDeps } from './app';
import { createBucketsHandlers } from './buckets';
import { createLinksHandlers } from './links';
import { createObjectsHandlers } from './objects';
import type { OperationRegistry } from './operation-registry';
import { createOperationsHandlers, type Clipboard } from './operations';
import { createOpsHandlers } from './ops';
import type { CopyLimits } from '../../operations/copy-one';
import type { Provider } from '../../storage/types';
import { createProfilesHandlers } from './profiles';
import { createSearchHandlers } from './search';
import { createTransfersHandlers } from './transfers';
import type { EventPayload } from '../contract';
import type { Emit } from './types';

export interface HandlerDeps {
  app: AppHandlerDeps;
  profiles: ProfilesService;
  links: LinksService;
  ops: OperationRegistry;
  transfers: TransfersService;
  emit: Emit;
  clipboard?: Clipboard;
  copyLimits: Record<Provider, CopyLimits>;
}

export function createHandlers({ app, profiles, links, ops, transfers, emit: send, clipboard, copyLimits }: HandlerDeps): Handlers {
  const clientFor = (profileId: string, bucket: string) => profiles.resolveClient(profileId, bucket);
  const invalidateLinks = (profileId: string, bucket: string, keys: readonly string[], how: 'written' | 'deleted') => links.invalidate(profileId, bucket, keys, how);
  const recordLinks = (profileId: string, bucket: string, found: readonly { key: string; target: string; targetBucket?: string }[]) => links.recordLinks(profileId, bucket, found);
  // Every objects.changed any handler announces also marks the reverse index's links under that folder stale.
  const emit: Emit = (event, payload) => {
    if (event === 'objects.changed') {
      const { profileId, bucket, prefix } = payload as EventPayload<'objects.changed'>;
      links.folderChanged(profileId, bucket, prefix);
    }
    send(event, payload);
  };
  return {
    ...createAppHandlers(app),
    ...createProfilesHandlers(profiles),
    ...createBucketsHandlers(profiles),
    ...createObjectsHandlers({ clientFor, invalidateLinks, emit, limits: copyLimits }),
    ...createSearchHandlers({ clientFor, ops, emit }),
    ...createOperationsHandlers({ clientFor, invalidateLinks, recordLinks, ops, emit, limits: copyLimits, ...(clipboard && { clipboard }) }),
    ...createLinksHandlers({ links, ops, emit }),
    ...createOpsHandlers(ops),
    ...createTransfersHandlers(transfers),
  };
}
