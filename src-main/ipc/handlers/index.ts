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
import { createOpsHandlers } from './ops';
import { createProfilesHandlers } from './profiles';
import { createTransfersHandlers } from './transfers';
import type { Emit } from './types';

export interface HandlerDeps {
  app: AppHandlerDeps;
  profiles: ProfilesService;
  links: LinksService;
  ops: OperationRegistry;
  transfers: TransfersService;
  emit: Emit;
}

export function createHandlers({ app, profiles, links, ops, transfers, emit }: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(app),
    ...createProfilesHandlers(profiles),
    ...createBucketsHandlers(profiles),
    ...createObjectsHandlers({
      clientFor: (profileId, bucket) => profiles.resolveClient(profileId, bucket),
      invalidateLinks: (profileId, bucket, keys) => links.invalidate(profileId, bucket, keys),
      emit,
    }),
    ...createLinksHandlers({ links, ops, emit }),
    ...createOpsHandlers(ops),
    ...createTransfersHandlers(transfers),
  };
}
