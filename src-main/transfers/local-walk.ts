// What an upload selection expands to: files as they are, folders recursively with paths
// relative to the folder's parent (so the folder itself is kept). Symlinks on the local disk are
// followed to files and folders; a folder reached again through a link (a loop) is skipped.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { localFailure } from './local-errors';
import type { AppError } from '../ipc/contract';

export interface LocalEntry {
  path: string;
  /** `/`-separated, relative to the selection's parent: `folder/sub/file.txt` or `file.txt`. */
  relative: string;
  size: number;
  error?: AppError;
}

const failed = (path: string, relative: string, e: unknown): LocalEntry => ({
  path,
  relative,
  size: 0,
  error: localFailure(e)?.appError ?? { code: 'LOCAL_FILE', message: 'The local file could not be read.' },
});

async function* walkFolder(dir: string, relative: string, ancestors: Set<string>): AsyncGenerator<LocalEntry> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = (await readdir(dir)).sort();
  } catch (e) {
    yield failed(dir, relative, e);
    return;
  }
  if (ancestors.has(real)) return; // a link back up the tree: a loop
  const inside = new Set(ancestors).add(real);
  for (const name of names) {
    const path = join(dir, name);
    const rel = `${relative}/${name}`;
    let st;
    try {
      st = await stat(path); // follows links
    } catch (e) {
      yield failed(path, rel, e);
      continue;
    }
    if (st.isDirectory()) yield* walkFolder(path, rel, inside);
    else if (st.isFile()) yield { path, relative: rel, size: st.size };
  }
}

/** Every file under the selected paths (files and folders), in a stable order. */
export async function* expandSelection(paths: readonly string[]): AsyncGenerator<LocalEntry> {
  for (const path of paths) {
    const name = basename(path);
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      yield failed(path, name, e);
      continue;
    }
    if (st.isDirectory()) yield* walkFolder(path, name, new Set());
    else yield { path, relative: name, size: st.size };
  }
}
