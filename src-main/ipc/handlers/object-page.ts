// The wire form of one listing page (contract ObjectPage, written by its ObjectPageWriter): names
// relative to the prefix, kinds and dates as numbers, storage classes as indexes into the page's
// distinct list.
import { AppFailure } from '../../errors';
import { ObjectPageWriter, ROW_KINDS, type ObjectPage } from '../contract';
import type { ListObjectsPage, Provider, RowKind } from '../../storage/types';

const KIND_NUMBER: Record<RowKind, number> = Object.fromEntries(ROW_KINDS.map((k, i) => [k, i])) as Record<RowKind, number>;

/** The two digits at `at` as a number, or -1. */
function twoDigits(iso: string, at: number): number {
  const a = iso.charCodeAt(at) - 48;
  const b = iso.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to year-month-day (proleptic Gregorian; a day past the month's end rolls
 * over, as Date.UTC's does): H. Hinnant's days_from_civil, so no Date call per row. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** `YYYY-MM-DDTHH:MM:SS[.sss]Z`, the form both services list, read digit by digit (Date.parse
 * was most of a page's encoding); undefined for anything else, which Date.parse then reads. */
function listingTime(iso: string): number | undefined {
  const length = iso.length;
  if ((length !== 20 && length !== 24) || iso.charCodeAt(length - 1) !== 90 /* Z */) return undefined;
  // - - T : :
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return undefined;
  const century = twoDigits(iso, 0);
  const yy = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  const hour = twoDigits(iso, 11);
  const minute = twoDigits(iso, 14);
  const second = twoDigits(iso, 17);
  let ms = 0;
  if (length === 24) {
    const tenths = iso.charCodeAt(20) - 48;
    const rest = twoDigits(iso, 21);
    if (iso.charCodeAt(19) !== 46 /* . */ || tenths < 0 || tenths > 9 || rest < 0) return undefined;
    ms = tenths * 100 + rest;
  }
  // Years before 100 are left to Date.parse (Date.UTC would read them as 19xx).
  if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return daysFromCivil(century * 100 + yy, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
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

/** Every row's key, folders first, joined into one string: the keys a listing decodes are mostly
 * concatenations (a '/' decoded from %2F between two slices), which a join copies in one pass,
 * where each key's own startsWith or slice would first flatten it into a new string. */
function joinedKeys(page: ListObjectsPage): { text: string; lengths: Uint32Array } {
  const { folders, objects } = page;
  const keys = new Array<string>(folders.length + objects.length);
  const lengths = new Uint32Array(keys.length);
  let i = 0;
  for (const row of folders) lengths[i] = (keys[i++] = row.key).length;
  for (const row of objects) lengths[i] = (keys[i++] = row.key).length;
  return { text: keys.join(''), lengths };
}

export function encodeObjectPage(provider: Provider, prefix: string, page: ListObjectsPage): ObjectPage {
  const { text, lengths } = joinedKeys(page);
  const out = new ObjectPageWriter(prefix, lengths.length);
  let at = 0;
  let i = 0;
  // The rows of a page mostly share their time (objects uploaded together; folders have none),
  // and reading a time string costs more than comparing it with the last one: each distinct run
  // is read once.
  let lastIso: string | undefined;
  let lastTime = 0;
  for (const rows of [page.folders, page.objects]) {
    for (const row of rows) {
      const end = at + (lengths[i++] as number);
      // Both services list only keys under the prefix; a row outside it would be renamed on the way.
      // (The length check first: a shorter key followed by the next one may read as the prefix.)
      if (end - at < prefix.length || !text.startsWith(prefix, at)) throw new AppFailure('INVALID_RESPONSE', 'The listing returned a key outside the listed folder.');
      const iso = row.lastModified;
      if (iso !== lastIso) {
        lastIso = iso;
        lastTime = timeOf(iso);
      }
      out.add(text.slice(at + prefix.length, end), KIND_NUMBER[row.kind], row.size, lastTime, mayBeLink(provider, row.kind) ? row.etag : '', row.storageClass);
      at = end;
    }
  }
  return out.finish(page.nextCursor);
}
