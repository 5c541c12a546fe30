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
};

export function localFailure(e: unknown): AppFailure | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !MESSAGES[code]) return undefined;
  return new AppFailure('LOCAL_FILE', MESSAGES[code]!, { errno: code, reason: code });
}

/** Rethrows a local errno as LOCAL_FILE, anything else as is. */
export function asLocal(e: unknown): never {
  throw localFailure(e) ?? e;
}
