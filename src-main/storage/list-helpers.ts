// Small helpers shared by both clients: page iteration, batching, XML escaping.
import { invalidResponse } from './errors';
import { type ListObjectsInput, type ListObjectsPage, type Provider } from './types';

/** Every page in order, following nextCursor until the last page. */
export async function* listAllPages(
  provider: Provider,
  listObjects: (input: ListObjectsInput) => Promise<ListObjectsPage>,
  input: Omit<ListObjectsInput, 'cursor'>,
): AsyncGenerator<ListObjectsPage> {
  let cursor: string | undefined;
  do {
    const page = await listObjects({ ...input, cursor });
    yield page;
    if (page.nextCursor !== undefined && page.nextCursor === cursor) throw invalidResponse(provider, 'listing did not advance: the server repeated its cursor');
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

export function* chunked<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}
