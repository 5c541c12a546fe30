// What each child of a ListObjectsV2 `<Contents>` entry sets on its row: the one set of rules for
// both readers of a listing (the XmlStream handler in parse.ts and the row reader in
// contents-reader.ts), so that the fast reader cannot drift from the reference path.
import { type ObjectRow } from '../types';
import { XmlSyntaxError } from './xml';

export function toNumber(text: string, what: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw new XmlSyntaxError(`${what} is not a number: ${text.slice(0, 40)}`);
  return n;
}

export const stripQuotes = (etag: string): string => {
  // OSS sends "<hex>" (as &quot;): slice instead of a regex per row; anything else the slow way.
  if (etag.length >= 2 && etag.charCodeAt(0) === 34 && etag.charCodeAt(etag.length - 1) === 34 && etag.indexOf('"', 1) === etag.length - 1) return etag.slice(1, -1);
  return etag.trim().replace(/^"|"$/g, '');
};

/** Storage classes repeat on every row: upper-case each distinct spelling once. */
const upperClasses = new Map<string, string>();
function storageClassOf(text: string): string {
  let upper = upperClasses.get(text);
  if (upper === undefined) {
    upper = text.trim().toUpperCase();
    if (upperClasses.size < 64) upperClasses.set(text, upper);
  }
  return upper;
}

export const newObjectRow = (): ObjectRow => ({ kind: 'object', key: '', size: 0, lastModified: '', etag: '', storageClass: '' });

/** The child `name` of a `<Contents>` entry with its (entity-decoded) text; other names change
 * nothing. A repeated child overrides the earlier one, the last `<Type>` decides the kind. */
export function setRowField(row: ObjectRow, name: string, text: string): void {
  if (name === 'Key') row.key = text;
  else if (name === 'Size') row.size = toNumber(text, 'Size');
  else if (name === 'LastModified') row.lastModified = text.trim();
  else if (name === 'ETag') row.etag = stripQuotes(text);
  else if (name === 'StorageClass') row.storageClass = storageClassOf(text);
  else if (name === 'Type') row.kind = text !== 'Normal' && text.trim().toLowerCase() === 'symlink' ? 'symlink' : 'object';
}
