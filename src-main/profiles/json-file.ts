// A versioned JSON store file (profiles.json, vault.json) read so that nothing vanishes silently:
// - a damaged file (truncated, empty, NUL-filled, one invalid entry) keeps every valid entry; the
//   original is kept as .bak, the repaired file is written at once, and a notice says what was set
//   aside and where;
// - a file written by a newer version, or one that cannot be read (EACCES, EIO, a directory in its
//   place), is never moved aside nor overwritten: the store runs empty and refuses to write.
import type { z } from 'zod';
import { AppFailure } from '../errors';
import type { StoreNotice } from '../ipc/contract';
import { moveAside, readTextIfExists, writeFileAtomic } from './atomic-file';
import { parseJsonPrefix } from './json-prefix';

/** Something the user should be told about at startup (shown on the profiles panel). */
export type { StoreNotice };

export interface StoreFileSpec<T> {
  /** The format version this build writes; a higher one is a newer build's file. */
  version: number;
  /** The valid part of a parsed document and a line for each entry that was not. */
  salvage(document: unknown): { value: T; setAside: string[] };
}

export interface LoadedStore<T> {
  /** Undefined when the file was absent, unreadable or from a newer version. */
  value: T | undefined;
  notice?: StoreNotice;
  /** False: leave the file alone (unreadable or newer); writes must be refused. */
  writable: boolean;
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'read error';
}

function parse(text: string): { document: unknown; complete: boolean } | undefined {
  try {
    return { document: JSON.parse(text), complete: true };
  } catch {
    const prefix = parseJsonPrefix(text);
    return prefix && { document: prefix.value, complete: false };
  }
}

function versionOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null ? (document as { version?: unknown }).version : undefined;
}

export function loadStoreFile<T>(path: string, spec: StoreFileSpec<T>): LoadedStore<T> {
  let text: string | undefined;
  try {
    text = readTextIfExists(path);
  } catch (error) {
    return { value: undefined, writable: false, notice: { path, kind: 'unreadable', setAside: [], reason: readFailure(error) } };
  }
  if (text === undefined) return { value: undefined, writable: true };

  const parsed = parse(text);
  const version = versionOf(parsed?.document);
  if (typeof version === 'number' && version > spec.version) {
    return { value: undefined, writable: false, notice: { path, kind: 'newer-version', setAside: [], reason: `version ${version}` } };
  }
  const { value, setAside } = spec.salvage(parsed?.document);
  if (parsed?.complete && version === spec.version && setAside.length === 0) return { value, writable: true };

  const reason = parsed === undefined ? 'not valid JSON' : !parsed.complete ? 'truncated or damaged JSON' : version !== spec.version ? 'no valid version' : 'invalid entries';
  let backupPath: string;
  try {
    backupPath = moveAside(path);
    saveJsonFile(path, value); // the repaired file: what was kept survives the next start too
  } catch (error) {
    // Damaged and in a folder we may not write: use what was read, change nothing on disk.
    return { value, writable: false, notice: { path, kind: 'unreadable', setAside, reason: `${reason}; could not be set aside (${readFailure(error)})` } };
  }
  return { value, writable: true, notice: { path, kind: 'repaired', backupPath, setAside, reason } };
}

/** The message a refused write carries: the store was left alone at startup for this reason. */
export function refusedWrite(notice: StoreNotice): AppFailure {
  const why = notice.kind === 'newer-version' ? `was written by a newer version of Symbucket (${notice.reason})` : `could not be read (${notice.reason})`;
  // details.leftAlone lets the renderer say this in the user's language instead of the code's sentence.
  return new AppFailure('NOT_SUPPORTED', `${notice.path} ${why}; it is left untouched, so this change was not saved.`, { leftAlone: notice.path });
}

export interface RawEntry {
  key: string;
  /** How the notice names the entry (never its content: it may be a secret). */
  label: string;
  raw: unknown;
}

/** Parses each entry on its own: the valid ones (by key) and a line for each invalid one. */
export function salvageEntries<E>(entries: RawEntry[], schema: z.ZodType<E>): { kept: [key: string, entry: E, label: string][]; setAside: string[] } {
  const kept: [string, E, string][] = [];
  const setAside: string[] = [];
  for (const { key, label, raw } of entries) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) kept.push([key, parsed.data, label]);
    else {
      const issue = parsed.error.issues[0];
      setAside.push(`${label}: ${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`);
    }
  }
  return { kept, setAside };
}

export function saveJsonFile(path: string, value: unknown, mode = 0o600): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, mode);
}
