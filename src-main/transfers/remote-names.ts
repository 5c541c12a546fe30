// Keys for uploads: the destination prefix plus the file's relative path, the 1,024-byte key
// limit both services share, which keys already exist, and "name (1).ext" for Keep both.
import type { StorageClient } from '../storage/types';

export const MAX_KEY_BYTES = 1024;

export const keyTooLong = (key: string): boolean => Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES;

/** `name (n).ext` for a key's last segment. */
export function numberedKey(key: string, n: number): string {
  const slash = key.lastIndexOf('/') + 1;
  const name = key.slice(slash);
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${key.slice(0, slash)}${stem} (${n})${ext}`;
}

function commonFolder(keys: readonly string[]): string {
  let prefix = keys[0] ?? '';
  for (const k of keys) while (!k.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

export interface ExistingObject {
  key: string;
  size: number;
  lastModified: string;
}

/** Which of `keys` exist: a HEAD each for a few, one recursive listing of their common folder for many. */
export async function existingObjects(client: StorageClient, bucket: string, keys: readonly string[], signal?: AbortSignal): Promise<Map<string, ExistingObject>> {
  const found = new Map<string, ExistingObject>();
  if (keys.length <= 20) {
    await Promise.all(
      keys.map(async (key) => {
        const head = await client.head(bucket, key, signal).catch(() => undefined);
        if (head) found.set(key, { key, size: head.size, lastModified: head.lastModified });
      }),
    );
    return found;
  }
  const wanted = new Set(keys);
  for await (const page of client.listAll({ bucket, prefix: commonFolder(keys), signal })) {
    for (const row of page.objects) if (wanted.has(row.key)) found.set(row.key, { key: row.key, size: row.size, lastModified: row.lastModified });
  }
  return found;
}

/** The first `name (n).ext` that neither exists nor is taken by this batch. */
export async function freeKey(client: StorageClient, bucket: string, key: string, taken: Set<string>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = numberedKey(key, n);
    if (taken.has(candidate)) continue;
    const exists = await client.head(bucket, candidate).then(() => true, () => false);
    if (!exists) return candidate;
  }
}
