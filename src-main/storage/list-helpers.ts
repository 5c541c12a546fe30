// Small helpers shared by both clients: page iteration, batching, XML escaping.
import { invalidResponse } from './errors';
import { type ListObjectsInput, type ListObjectsPage, type Provider } from './types';

/** A page fetch that may report the next cursor before the page is complete. */
export type EarlyCursorFetch = (input: ListObjectsInput, onNextCursor: (cursor: string) => void) => Promise<ListObjectsPage>;

interface InFlight {
  page: Promise<ListObjectsPage>;
  /** Resolves with the next cursor as soon as it is known (undefined on the last page or failure). */
  next: Promise<string | undefined>;
  abort: AbortController;
}

/** Every page in order, requesting page N+1 as soon as page N's cursor is known. A consumer
 * that stops early, a failure, or the caller's signal aborts the request running ahead. */
export async function* listAllPrefetching(
  provider: Provider,
  fetchPage: EarlyCursorFetch,
  input: Omit<ListObjectsInput, 'cursor'>,
): AsyncGenerator<ListObjectsPage> {
  const start = (cursor: string | undefined): InFlight => {
    const abort = new AbortController();
    const signal = input.signal ? AbortSignal.any([input.signal, abort.signal]) : abort.signal;
    let announce: (cursor: string | undefined) => void = () => {};
    const next = new Promise<string | undefined>((resolve) => {
      announce = resolve;
    });
    const page = fetchPage({ ...input, cursor, signal }, (c) => announce(c));
    page.then(
      (p) => announce(p.nextCursor),
      () => announce(undefined),
    );
    return { page, next, abort };
  };
  let current: InFlight | undefined = start(undefined);
  let ahead: InFlight | undefined;
  let previous: string | undefined;
  try {
    while (current) {
      const early: string | undefined = await current.next;
      ahead = early === undefined || early === previous ? undefined : start(early);
      const page: ListObjectsPage = await current.page;
      const cursor = page.nextCursor;
      if (cursor !== early) {
        // The early cursor was not the final one: drop the request running ahead.
        stopAhead(ahead);
        ahead = cursor === undefined ? undefined : start(cursor);
      }
      if (cursor !== undefined && cursor === previous) throw invalidResponse(provider, 'listing did not advance: the server repeated its cursor');
      yield page;
      previous = cursor;
      current = ahead;
      ahead = undefined;
    }
  } finally {
    stopAhead(ahead);
  }
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Waits until a request started just before (in this task's microtasks) is on the wire. undici
 * writes to a reused keep-alive socket only in a check phase after the dispatch (its idle-socket
 * validation, a setImmediate queued then), which comes after an immediate queued before the
 * dispatch: one turn let the rest of the page parse first and the request leave at its end.
 * list-prefetch.int.test.ts checks the order against the real undici and emulator. */
export async function untilRequestSent(): Promise<void> {
  await turn();
  await turn();
}

function stopAhead(ahead: InFlight | undefined): void {
  if (!ahead) return;
  ahead.page.catch(() => {});
  ahead.abort.abort();
}

/** One listing page's body at most: 1,000 entries with 1,024-byte keys (3 KB url-encoded) stay under 5 MB. */
export const LIST_PAGE_BYTE_LIMIT = 16 * 1024 * 1024;

/** maxKeys clamped to what both providers accept (1..1000); default 1000. */
export function pageSize(maxKeys: number | undefined): number {
  return maxKeys === undefined || !Number.isFinite(maxKeys) ? 1000 : Math.min(1000, Math.max(1, Math.floor(maxKeys)));
}

export function* chunked<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}
