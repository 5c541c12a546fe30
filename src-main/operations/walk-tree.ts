// Every key under a set of selected keys: a key ending in '/' stands for its whole folder
// (listed recursively, folder marker included), '' for the whole bucket (only Count size may
// send it: the contract refuses it elsewhere), any other key for itself.
import type { ObjectRow, StorageClient } from '../storage/types';

export const isFolderKey = (key: string): boolean => key.endsWith('/');
/** Listed recursively: a folder, or '' (the bucket root). */
const isPrefixKey = (key: string): boolean => key === '' || isFolderKey(key);

/** Pages of rows (at most 1,000 each) under the selection, in listing order. */
export async function* walkSelection(client: StorageClient, bucket: string, keys: readonly string[], signal: AbortSignal): AsyncGenerator<ObjectRow[]> {
  const single = keys.filter((k) => !isPrefixKey(k));
  if (single.length > 0) {
    const rows: ObjectRow[] = [];
    for (const key of single) {
      // A one-entry listing at the key gives the row as a folder listing would (size, class, OSS type).
      const page = await client.listObjects({ bucket, prefix: key, maxKeys: 1, signal });
      const row = page.objects.find((r) => r.key === key);
      // A vanished key still goes on: the operation itself reports it per key.
      rows.push(row ?? { kind: 'object', key, size: 0, lastModified: '', etag: '', storageClass: '' });
    }
    yield rows;
  }
  for (const prefix of keys.filter(isPrefixKey)) {
    for await (const page of client.listAll({ bucket, prefix, signal })) yield page.objects;
  }
}

/**
 * Whether a row is a link. OSS listings say so (Type Symlink); BOS listings do not, so a
 * BOS row costs one HEAD (x-bce-object-type).
 */
export async function rowIsLink(client: StorageClient, bucket: string, row: ObjectRow, signal: AbortSignal): Promise<boolean> {
  if (row.kind === 'symlink') return true;
  if (client.provider === 'oss' || isFolderKey(row.key)) return false;
  return (await client.objectType(bucket, row.key, signal)) === 'Symlink';
}
