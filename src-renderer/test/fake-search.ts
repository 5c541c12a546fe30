// Search whole folder in the fake window.api: main's job and streamer in miniature. Pages through
// the fake listing, sends each page's matches as a numbered objects.searchProgress event, yields
// between pages (so a test sees progress and can cancel), and stops at the cap or a cancel.
import { type ChannelInput, type ChannelOutput, nameMatcher, type ObjectPage, type Result, ROW_KINDS } from '../contract';
import { pageColumns } from '../features/browser/page-columns';
import { wirePage, type WireRow } from './wire-page';

type List = (input: ChannelInput<'objects.list'>) => Result<ObjectPage>;
type Emit = (event: string, payload: unknown) => void;

export interface FakeSearchControl {
  /** Wait between pages, ms (default 0: one macrotask). */
  pageDelayMs: number;
  /** Keys per page. */
  pageSize: number;
  /** After this many pages the listing fails with SERVER_ERROR. */
  failAfterPages?: number;
  cancelled: Set<string>;
}

export async function fakeSearch(list: List, emit: Emit, input: ChannelInput<'objects.search'>, control: FakeSearchControl): Promise<Result<ChannelOutput<'objects.search'>>> {
  const prefix = input.prefix ?? '';
  const matches = nameMatcher(input.text);
  if (!matches) return { ok: false, error: { code: 'BAD_REQUEST', message: 'text: Type some text to search for' } };
  const cap = input.maxMatches ?? 10_000;
  const counts = { scanned: 0, matches: 0, pages: 0 };
  let seq = 0;
  let cursor: string | undefined;
  let truncated = false;
  do {
    await new Promise((resolve) => setTimeout(resolve, control.pageDelayMs));
    if (control.cancelled.has(input.opId)) break;
    if (control.failAfterPages !== undefined && counts.pages >= control.failAfterPages) return { ok: false, error: { code: 'SERVER_ERROR', message: 'InternalError' } };
    const r = list({ profileId: input.profileId, bucket: input.bucket, prefix, delimiter: input.recursive ? '' : '/', maxKeys: control.pageSize, ...(cursor !== undefined && { cursor }) });
    if (!r.ok) return r;
    const cols = pageColumns(r.value);
    const matched: WireRow[] = [];
    cols.names.forEach((name, i) => {
      if (name === '') return;
      counts.scanned += 1;
      if (!matches(name) || truncated) return;
      if (counts.matches === cap) {
        truncated = true;
        return;
      }
      counts.matches += 1;
      const kind = ROW_KINDS[cols.kinds[i] as number];
      matched.push({ name, ...(kind && { kind }), size: cols.sizes[i] as number, time: cols.times[i] as number, etag: cols.etags[i] as string, storageClass: cols.storageClasses[cols.classes[i] as number] as string });
    });
    const batch = matched.length > 0 ? wirePage(prefix, matched) : undefined;
    counts.pages += 1;
    emit('objects.searchProgress', { opId: input.opId, seq, ...counts, ...(batch && { batch }) });
    seq += 1;
    cursor = r.value.nextCursor;
  } while (cursor !== undefined && !truncated);
  return { ok: true, value: { ...counts, truncated, cancelled: control.cancelled.has(input.opId), batches: seq } };
}
