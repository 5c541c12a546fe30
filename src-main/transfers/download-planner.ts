// Turns a selection of rows into download items: objects and links as they are, folders
// recursively, each under the chosen directory with the folder structure below the selection's
// folder kept. A link downloads its target's bytes under the link's own name ("via link →
// target"). A local file in the way is never overwritten: the new one is "name (1).ext".
import type { StorageClient } from '../storage/types';
import { localPathFor, uniqueLocalPath } from './local-names';
import type { NewTransfer } from './transfer-queue';

export interface DownloadRow {
  key: string;
  kind: 'folder' | 'object' | 'symlink';
}

const parentOf = (key: string): string => key.slice(0, key.replace(/\/$/, '').lastIndexOf('/') + 1);
const nameOf = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

async function* objectsOf(client: StorageClient, bucket: string, rows: readonly DownloadRow[]): AsyncGenerator<DownloadRow> {
  for (const row of rows) {
    if (row.kind !== 'folder') {
      yield row;
      continue;
    }
    for await (const page of client.listAll({ bucket, prefix: row.key })) {
      for (const o of page.objects) if (!o.key.endsWith('/')) yield { key: o.key, kind: o.kind === 'symlink' ? 'symlink' : 'object' };
    }
  }
}

export async function planDownloads(
  client: StorageClient,
  target: { profileId: string; bucket: string; directory: string },
  rows: readonly DownloadRow[],
  pendingPaths: ReadonlySet<string>,
): Promise<NewTransfer[]> {
  const base = parentOf(rows[0]?.key ?? '');
  const common = rows.every((r) => parentOf(r.key) === base) ? base : '';
  const taken = new Set(pendingPaths);
  const items: NewTransfer[] = [];
  for await (const row of objectsOf(client, target.bucket, rows)) {
    const wanted = localPathFor(target.directory, row.key, common);
    const localPath = await uniqueLocalPath(wanted, taken);
    taken.add(localPath);
    const viaLink = row.kind === 'symlink' ? await client.getSymlink(target.bucket, row.key).then((l) => l.target, () => undefined) : undefined;
    items.push({
      direction: 'download',
      profileId: target.profileId,
      bucket: target.bucket,
      key: row.key,
      localPath,
      name: nameOf(localPath),
      size: 0,
      ...(viaLink !== undefined && { viaLink }),
    });
  }
  return items;
}
