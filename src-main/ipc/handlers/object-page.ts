// The wire form of one listing page (contract ObjectPage): columns of names relative to the
// prefix, kinds and dates as numbers, storage classes as indexes into the page's distinct list.
import { AppFailure } from '../../errors';
import { ROW_KINDS, type ObjectPage } from '../contract';
import type { ListObjectsPage, ObjectRow, Provider, RowKind } from '../../storage/types';

const KIND_NUMBER: Record<RowKind, number> = Object.fromEntries(ROW_KINDS.map((k, i) => [k, i])) as Record<RowKind, number>;

/** ms since the epoch of an ISO 8601 time; 0 when there is none (folders) or it does not parse. */
function timeOf(iso: string): number {
  if (!iso) return 0;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

/** The etag only keys the link cache: rows that can never be links (folders, and OSS rows the listing
 * types as plain objects) go without, which halves a page of 32-character hex ETags. */
function mayBeLink(provider: Provider, kind: RowKind): boolean {
  return kind === 'symlink' || (provider === 'bos' && kind === 'object');
}

export function encodeObjectPage(provider: Provider, prefix: string, page: ListObjectsPage): ObjectPage {
  const count = page.folders.length + page.objects.length;
  const out: ObjectPage = { prefix, names: new Array<string>(count), kinds: new Array<number>(count), sizes: new Array<number>(count), times: new Array<number>(count), etags: new Array<string>(count), classes: new Array<number>(count), storageClasses: [] };
  const classIndex = new Map<string, number>();
  let i = 0;
  const add = (row: ObjectRow): void => {
    let cls = classIndex.get(row.storageClass);
    if (cls === undefined) {
      cls = out.storageClasses.push(row.storageClass) - 1;
      classIndex.set(row.storageClass, cls);
    }
    // Both services list only keys under the prefix; a row outside it would be renamed on the way.
    if (!row.key.startsWith(prefix)) throw new AppFailure('INVALID_RESPONSE', 'The listing returned a key outside the listed folder.');
    out.names[i] = row.key.slice(prefix.length);
    out.kinds[i] = KIND_NUMBER[row.kind];
    out.sizes[i] = row.size;
    out.times[i] = timeOf(row.lastModified);
    out.etags[i] = mayBeLink(provider, row.kind) ? row.etag : '';
    out.classes[i] = cls;
    i += 1;
  };
  for (const row of page.folders) add(row);
  for (const row of page.objects) add(row);
  if (page.nextCursor !== undefined) out.nextCursor = page.nextCursor;
  return out;
}
