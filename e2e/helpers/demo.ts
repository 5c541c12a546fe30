// The seeded demo dataset, as specs need it (the emulator's own constants, never copies).
import { DEMO_BUCKETS, DEMO_LINKS, type DemoLink } from '../../emulator/seed-demo';

export { DEMO_BUCKETS, DEMO_LINKS };

/** The one demo link matching `where`; throws when the seed no longer has it. */
export function demoLink(where: Partial<Pick<DemoLink, 'provider' | 'bucket' | 'key' | 'state'>> & { crossBucket?: boolean }): DemoLink {
  const found = DEMO_LINKS.find(
    (link) =>
      (where.provider === undefined || link.provider === where.provider) &&
      (where.bucket === undefined || link.bucket === where.bucket) &&
      (where.key === undefined || link.key === where.key) &&
      (where.state === undefined || link.state === where.state) &&
      (where.crossBucket === undefined || (link.targetBucket !== undefined) === where.crossBucket),
  );
  if (!found) throw new Error(`The demo seed has no link matching ${JSON.stringify(where)}`);
  return found;
}

/** Last path segment: what a row is named by. */
export const lastSegment = (key: string): string => key.slice(key.replace(/\/$/, '').lastIndexOf('/') + 1);

/** The folders from the bucket root down to the one holding `key`. */
export const foldersOf = (key: string): string[] => key.split('/').slice(0, -1);
