import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the OS temp dir, plus its remover. */
export async function makeTempDir(label: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `symbucket-${label}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export type Cleanup = () => Promise<unknown> | unknown;

/** The caller's user-data dir, or a fresh temp one whose removal joins `cleanups`. */
export async function userDataDirOrTemp(given: string | undefined, cleanups: Cleanup[]): Promise<string> {
  if (given !== undefined) return given;
  const temp = await makeTempDir('userdata');
  cleanups.push(temp.remove);
  return temp.path;
}

/** Runs every cleanup (last registered first) even when some fail; rethrows the first failure afterwards. */
export async function runCleanups(cleanups: Cleanup[]): Promise<void> {
  let first: unknown;
  for (const cleanup of [...cleanups].reverse()) {
    try {
      await cleanup();
    } catch (error) {
      first ??= error;
    }
  }
  if (first !== undefined) throw first;
}

/**
 * Like Promise.all, but waits for every task to finish before rethrowing the first failure,
 * so no task is still registering a cleanup after the caller has run them.
 */
export async function allSettledOrThrow<T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const outcomes = await Promise.allSettled(tasks);
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
