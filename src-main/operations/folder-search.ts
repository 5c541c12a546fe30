// Search whole folder: lists a folder page by page (its own level with the '/' delimiter, as the
// table shows it, or recursively) and hands each page's matching rows on as they are found. Memory
// stays bounded: matches are not kept here, and the search stops at `maxMatches`.
import { compareKeys, nameMatcher } from '../ipc/contract';
import type { ObjectRow, StorageClient } from '../storage/types';

export interface FolderSearchInput {
  bucket: string;
  prefix: string;
  text: string;
  recursive: boolean;
  maxMatches: number;
  /** Keys per list request (1..1000); tests page small folders in many requests. */
  pageSize?: number;
}

export interface SearchCounts {
  /** Entries listed, the folder's own marker object not counted. */
  scanned: number;
  matches: number;
  pages: number;
}

export interface FolderSearchSummary extends SearchCounts {
  truncated: boolean;
  cancelled: boolean;
}

/** One page's matches, each list in key order. */
export interface SearchBatch {
  folders: ObjectRow[];
  objects: ObjectRow[];
}

export interface FolderSearchContext {
  signal: AbortSignal;
  /** After every page (also one without matches): the counts so far and that page's matches. */
  onPage(counts: SearchCounts, batch: SearchBatch): void;
}

export async function searchFolder(client: StorageClient, input: FolderSearchInput, ctx: FolderSearchContext): Promise<FolderSearchSummary> {
  const matches = nameMatcher(input.text);
  const counts: SearchCounts = { scanned: 0, matches: 0, pages: 0 };
  let truncated = false;
  if (!matches) return { ...counts, truncated, cancelled: false };
  const nameOf = (row: ObjectRow): string => row.key.slice(input.prefix.length);
  /** Matching rows of one list, at most `room` of them. */
  const pick = (rows: readonly ObjectRow[], room: number): ObjectRow[] => {
    const out: ObjectRow[] = [];
    for (const row of rows) {
      if (row.key === input.prefix) continue;
      if (!matches(nameOf(row))) continue;
      if (out.length === room) {
        truncated = true;
        break;
      }
      out.push(row);
    }
    return out;
  };
  const listing = client.listAll({
    bucket: input.bucket,
    prefix: input.prefix,
    ...(!input.recursive && { delimiter: '/' }),
    ...(input.pageSize !== undefined && { maxKeys: input.pageSize }),
    signal: ctx.signal,
  });
  try {
    for await (const page of listing) {
      counts.pages += 1;
      const marker = page.objects.some((o) => o.key === input.prefix) ? 1 : 0;
      counts.scanned += page.folders.length + page.objects.length - marker;
      // A page lists folders and files apart; each keeps key order, and the cap keeps the first
      // matches in key order across both.
      const batch = capInKeyOrder(pick(page.folders, input.maxMatches - counts.matches), pick(page.objects, input.maxMatches - counts.matches), input.maxMatches - counts.matches);
      if (batch.dropped) truncated = true;
      counts.matches += batch.folders.length + batch.objects.length;
      ctx.onPage({ ...counts }, { folders: batch.folders, objects: batch.objects });
      if (truncated || ctx.signal.aborted) break;
    }
  } catch (error) {
    if (!ctx.signal.aborted) throw error;
  }
  return { ...counts, truncated, cancelled: ctx.signal.aborted };
}

/** The first `room` rows of two key-ordered lists, by key (UTF-8 byte order, as both services list) across both. */
function capInKeyOrder(folders: ObjectRow[], objects: ObjectRow[], room: number): SearchBatch & { dropped: boolean } {
  if (folders.length + objects.length <= room) return { folders, objects, dropped: false };
  let f = 0;
  let o = 0;
  while (f + o < room) {
    const folder = folders[f];
    const object = objects[o];
    if (folder && (!object || compareKeys(folder.key, object.key) < 0)) f += 1;
    else o += 1;
  }
  return { folders: folders.slice(0, f), objects: objects.slice(0, o), dropped: true };
}
