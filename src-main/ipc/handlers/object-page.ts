// The wire form of one listing page (contract ObjectPage): columns of names relative to the
// prefix, kinds and dates as numbers, storage classes as indexes into the page's distinct list.
import { AppFailure } from '../../errors';
import { ROW_KINDS, type ObjectPage } from '../contract';
import type { ListObjectsPage, ObjectRow, Provider, RowKind } from '../../storage/types';

const KIND_NUMBER: Record<RowKind, number> = Object.fromEntries(ROW_KINDS.map((k, i) => [k, i])) as Record<RowKind, number>;

/** The two digits at `at` as a number, or -1. */
function twoDigits(iso: string, at: number): number {
  const a = iso.charCodeAt(at) - 48;
  const b = iso.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `YYYY-MM-DDTHH:MM:SS[.sss]Z`, the form both services list, read digit by digit (Date.parse
 * was most of a page's encoding); undefined for anything else, which Date.parse then reads. */
function listingTime(iso: string): number | undefined {
  if ((iso.length !== 20 && iso.length !== 24) || iso.charCodeAt(iso.length - 1) !== 90 /* Z */) return undefined;
  if (iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':') return undefined;
  const century = twoDigits(iso, 0);
  const year = century * 100 + twoDigits(iso, 2);
  const [month, day, hour, minute, second] = [twoDigits(iso, 5), twoDigits(iso, 8), twoDigits(iso, 11), twoDigits(iso, 14), twoDigits(iso, 17)];
  let ms = 0;
  if (iso.length === 24) {
    const tenths = iso.charCodeAt(20) - 48;
    const rest = twoDigits(iso, 21);
    if (iso[19] !== '.' || tenths < 0 || tenths > 9 || rest < 0) return undefined;
    ms = tenths * 100 + rest;
  }
  // Years before 100 would be read as 19xx by Date.UTC; day 29..31 roll over exactly as Date.parse's do.
  if (century < 1 || year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** ms since the epoch of an ISO 8601 time; 0 when there is none (folders) or it does not parse. */
export function timeOf(iso: string): number {
  if (!iso) return 0;
  const ms = listingTime(iso) ?? Date.parse(iso);
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
