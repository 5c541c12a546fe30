// links.* channels over the links service; the scans (Check links, Find links to this) run as
// cancellable operations that report progress as `links.scanProgress` events.
import type { LinksService } from '../../links/create-links-service';
import { changedPrefixes } from './changed-prefixes';
import type { OperationRegistry } from './operation-registry';
import type { Emit, HandlerGroup } from './types';
import { numbered } from './numbered';

export interface LinksHandlerDeps {
  links: Pick<LinksService, 'resolve' | 'createLink' | 'createLinks' | 'followLink' | 'inspectTarget' | 'scanLinks' | 'properties' | 'findLinksTo' | 'pointingHere' | 'knownLinksTo'>;
  ops: Pick<OperationRegistry, 'run'>;
  emit: Emit;
}

type LinkChannels =
  | 'links.resolve'
  | 'links.create'
  | 'links.createMany'
  | 'links.follow'
  | 'links.inspectTarget'
  | 'links.scan'
  | 'links.findLinksTo'
  | 'links.pointingHere'
  | 'links.knownLinksTo'
  | 'objects.properties';

export function createLinksHandlers({ links, ops, emit }: LinksHandlerDeps): HandlerGroup<LinkChannels> {
  const announce = (profileId: string, bucket: string, keys: string[]) => {
    for (const prefix of changedPrefixes(keys)) emit('objects.changed', { profileId, bucket, prefix });
  };
  return {
    'links.resolve': ({ profileId, bucket, rows }, { signal }) => links.resolve(profileId, bucket, rows, signal),

    'links.create': async (input) => {
      const result = await links.createLink(input);
      if (result.status === 'created') announce(input.profileId, input.bucket, [result.key]);
      return result;
    },

    'links.createMany': async ({ profileId, bucket, items, overwrite }) => {
      const results = await links.createLinks(profileId, bucket, items, overwrite);
      announce(profileId, bucket, results.filter((r) => r.status === 'created').map((r) => r.key));
      return results;
    },

    'links.follow': ({ profileId, bucket, key }, { signal }) => links.followLink(profileId, bucket, key, signal),

    'links.inspectTarget': ({ profileId, bucket, key }, { signal }) => links.inspectTarget(profileId, bucket, key, signal),

    'objects.properties': ({ profileId, bucket, key }, { signal }) => links.properties(profileId, bucket, key, signal),

    'links.scan': ({ profileId, bucket, prefix, opId }) =>
      ops.run(opId, (signal) =>
        links.scanLinks(profileId, bucket, prefix, {
          signal,
          onProgress: numbered((progress, seq) => emit('links.scanProgress', { opId, seq, ...progress })),
        }),
      ),

    'links.findLinksTo': ({ profileId, bucket, key, prefix, otherBuckets, opId }) =>
      ops.run(opId, (signal) =>
        links.findLinksTo(profileId, { bucket, key, prefix, otherBuckets }, { signal, onProgress: numbered((progress, seq) => emit('links.scanProgress', { opId, seq, ...progress })) }),
      ),

    'links.pointingHere': ({ profileId, bucket, keys, excludeSelection }, { signal }) => links.pointingHere(profileId, { bucket, keys, excludeSelection }, signal),

    'links.knownLinksTo': async ({ profileId, bucket, key }) => links.knownLinksTo(profileId, bucket, key),
  };
}
