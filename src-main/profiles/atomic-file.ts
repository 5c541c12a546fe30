// Small synchronous file helpers for the profile store and the vault: atomic replace (temp file,
// fsync, rename) with a given mode, and moving a damaged file aside instead of deleting it.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** `<name>.json.<pid>.<hex>.tmp`, as writeFileAtomic names its temp files. */
const TEMP_FILE = /^[\w.-]+\.json\.(\d+)\.[0-9a-f]+\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/**
 * Removes temp files left by writes that a crash or SIGKILL interrupted (the target file itself
 * is intact: the rename never happened). Our own writes are synchronous, so a temp file with our
 * pid is a dead process's whose pid was reused; a live other process's are left alone.
 * Returns the names removed.
 */
export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no dir yet (first run) or unreadable: the stores report the latter
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_FILE.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || (pid !== process.pid && isRunning(pid))) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Not ours to remove after all (permissions): harmless, try again next start.
    }
  }
  return removed;
}

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
