// Local names for downloads: a key's folders become folders (never escaping the chosen
// directory), and an existing file is never overwritten: "name (1).ext" instead.
import { stat } from 'node:fs/promises';
import { join, parse, sep } from 'node:path';

/** One path segment that is safe on every OS: no separators, no `.`/`..`, no reserved characters. */
export function safeSegment(segment: string): string {
  if (segment === '.' || segment === '..') return '_';
  // eslint-disable-next-line no-control-regex
  const cleaned = segment.replace(/[<>:"|?*\\/\x00-\x1f]/g, '_').replace(/[. ]+$/, (m) => '_'.repeat(m.length));
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '_' : cleaned;
}

/** `directory` + the key's part below `basePrefix`, one safe segment per folder. */
export function localPathFor(directory: string, key: string, basePrefix: string): string {
  const relative = key.startsWith(basePrefix) ? key.slice(basePrefix.length) : key;
  return join(directory, ...relative.split('/').filter((s) => s !== '').map(safeSegment));
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * `path` if free, else `name (1).ext`, `name (2).ext`, …. When queueing, names taken by other
 * queued items and their pending `.part` files count as used (`pending`); when renaming the
 * finished `.part`, only a real file in the way does.
 */
export async function uniqueLocalPath(path: string, pending?: ReadonlySet<string>): Promise<string> {
  const free = async (p: string) =>
    !(await exists(p)) && (pending === undefined || (!pending.has(p) && !(await exists(`${p}.part`))));
  if (await free(path)) return path;
  const { dir, name, ext } = parse(path);
  for (let n = 1; ; n++) {
    const candidate = `${dir}${sep}${name} (${n})${ext}`;
    if (await free(candidate)) return candidate;
  }
}
