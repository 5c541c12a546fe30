// A schema-validated JSON file. A file that does not parse or validate is moved aside (never
// deleted) and reported, and the caller starts from an empty value.
import type { z } from 'zod';
import { moveAside, readTextIfExists, writeFileAtomic } from './atomic-file';

/** Something the user should be told about at startup. */
export interface StoreNotice {
  file: string;
  backupPath: string;
  reason: string;
}

export interface LoadedJson<T> {
  /** Undefined when the file was absent or damaged. */
  value: T | undefined;
  notice?: StoreNotice;
}

export function loadJsonFile<S extends z.ZodType>(path: string, schema: S): LoadedJson<z.output<S>> {
  const text = readTextIfExists(path);
  if (text === undefined) return { value: undefined };
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { value: parsed.data };
    reason = `it does not match the expected format (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message ?? 'invalid'})`;
  } catch {
    reason = 'it is not valid JSON';
  }
  const backupPath = moveAside(path);
  return { value: undefined, notice: { file: path, backupPath, reason: `The file was unreadable because ${reason}; it was kept as ${backupPath}.` } };
}

export function saveJsonFile(path: string, value: unknown, mode = 0o600): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, mode);
}
