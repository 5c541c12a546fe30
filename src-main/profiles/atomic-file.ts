// Small synchronous file helpers for the profile store and the vault: atomic replace (temp file,
// fsync, rename) with a given mode, and moving a damaged file aside instead of deleting it.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFileAtomic(path: string, data: string, mode = 0o600): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  // The mode given to open() is filtered by the umask: set it exactly.
  chmodSync(temp, mode);
  renameSync(temp, path);
}

export function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Renames `path` to `path.bak` (or `.bak.1`, `.bak.2`, ... if taken): never overwrites a backup. */
export function moveAside(path: string): string {
  let backup = `${path}.bak`;
  for (let n = 1; existsSync(backup); n++) backup = `${path}.bak.${n}`;
  renameSync(path, backup);
  return backup;
}
