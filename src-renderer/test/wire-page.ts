// Wire pages for renderer tests, written as main writes them (the contract's ObjectPageWriter),
// so a test sees exactly the columns the app gets over IPC.
import { ObjectPageWriter, ROW_KINDS, type ObjectPage, type RowKind } from '../contract';

export interface WireRow {
  /** Relative to the page's prefix; a trailing '/' makes a folder unless `kind` says otherwise. */
  name: string;
  kind?: RowKind;
  size?: number;
  /** ms since the epoch. */
  time?: number;
  etag?: string;
  storageClass?: string;
}

/** A page of `rows` (names or rows) under `prefix`; objects default to size 1, time 0, no etag, STANDARD. */
export function wirePage(prefix: string, rows: readonly (string | WireRow)[], nextCursor?: string): ObjectPage {
  const out = new ObjectPageWriter(prefix, rows.length);
  for (const entry of rows) {
    const row = typeof entry === 'string' ? { name: entry } : entry;
    const kind = row.kind ?? (row.name.endsWith('/') ? 'folder' : 'object');
    out.add(row.name, ROW_KINDS.indexOf(kind), row.size ?? 1, row.time ?? 0, row.etag ?? '', row.storageClass ?? 'STANDARD');
  }
  return out.finish(nextCursor);
}
