// The local file system calls transfers make, behind one interface: the app uses node:fs, tests
// inject failures a root-run test machine cannot produce with permission bits (EACCES, EROFS,
// ENOSPC at a chosen point) and check that each one ends as a clear per-item error.
import { type FileHandle, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';

export interface LocalFs {
  open(path: string, flags: 'r' | 'r+' | 'w'): Promise<FileHandle>;
  stat(path: string): Promise<Stats>;
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error when it is already gone. */
  remove(path: string): Promise<void>;
}

export const NODE_FS: LocalFs = {
  open: (path, flags) => open(path, flags),
  stat: (path) => stat(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};
