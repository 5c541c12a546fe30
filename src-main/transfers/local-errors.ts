// Local file system failures as per-item errors the user can act on (never a bare errno).
import { AppFailure } from '../errors';

const MESSAGES: Record<string, string> = {
  ENOENT: 'The local file or folder does not exist.',
  EACCES: 'Permission denied for the local file or folder.',
  EPERM: 'The operating system did not allow access to the local file or folder.',
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is exceeded.',
  EROFS: 'The download folder is on a read-only disk.',
  EISDIR: 'A folder is in the way of the file.',
  ENOTDIR: 'A file is in the way of the folder.',
  ELOOP: 'Too many levels of symbolic links.',
  EMFILE: 'Too many open files; try again.',
  EIO: 'The local disk could not be read or written (I/O error).',
};

/** A local errno as LOCAL_FILE: what went wrong and, when known, where (`details.path`). */
export function localFailure(e: unknown, path?: string): AppFailure | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !MESSAGES[code]) return undefined;
  const where = path ?? (e as { path?: unknown }).path;
  const at = typeof where === 'string' ? where : undefined;
  return new AppFailure('LOCAL_FILE', at ? `${MESSAGES[code]!} (${at})` : MESSAGES[code]!, { errno: code, reason: code, ...(at && { path: at }) });
}

/** Rethrows a local errno as LOCAL_FILE naming `path` (a FileHandle's errors carry none), anything else as is. */
export const asLocalAt =
  (path: string) =>
  (e: unknown): never => {
    throw localFailure(e, path) ?? e;
  };
