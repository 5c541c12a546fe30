// The "link health" walk: every object under a prefix (recursively), every link with its state,
// progress after each page, and a prompt stop when the caller aborts (between pages and within one).
// The report counts every link by state but keeps only the problem links: memory stays with the
// few that need attention, not with all 100,000 resolutions (onLinks sees each page's links).
import { LinkState, type LinkCounts, type LinkInfo, type ScanReport } from '../ipc/contract';
import type { ClientFor, LinkResolver } from './link-resolver';
import type { z } from 'zod';

export interface ScanProgress {
  scanned: number;
  linksFound: number;
  /** Links found so far whose state is not ok (broken, chain, forbidden, unknown). */
  problems: number;
}

export interface ScanOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /** The links of each page, before its progress event (Find links counts its matches from them). */
  onLinks?: (links: readonly LinkInfo[]) => void;
  /** Keys per listing page, i.e. per progress event. Default: 1000 on OSS; 200 on BOS, where every row costs a HEAD. */
  pageSize?: number;
}

export async function scanLinks(
  deps: { clientFor: ClientFor; resolver: LinkResolver },
  profileId: string,
  bucket: string,
  prefix: string,
  options: ScanOptions = {},
): Promise<z.infer<typeof ScanReport>> {
  const { signal, onProgress } = options;
  const counts = Object.fromEntries(LinkState.options.map((state) => [state, 0])) as LinkCounts;
  const problems: LinkInfo[] = [];
  let scanned = 0;
  let linksFound = 0;
  const report = () => ({ scanned, counts, problems, cancelled: signal?.aborted === true });
  if (signal?.aborted) return report();

  const client = await deps.clientFor(profileId, bucket);
  const maxKeys = options.pageSize ?? (client.provider === 'bos' ? 200 : 1000);
  try {
    for await (const page of client.listAll({ bucket, prefix, maxKeys, ...(signal && { signal }) })) {
      if (signal?.aborted) break;
      const rows = page.objects.map(({ key, etag, kind }) => ({ key, etag, kind }));
      // Inside the page too: an abort rejects the pending rows at once and aborts their requests.
      const infos = await deps.resolver.resolve(profileId, bucket, rows, signal);
      const pageLinks = infos.filter((info) => info.isLink);
      for (const info of pageLinks) {
        counts[info.state] += 1;
        if (info.state !== 'ok') problems.push(info);
      }
      linksFound += pageLinks.length;
      options.onLinks?.(pageLinks);
      scanned += rows.length;
      onProgress?.({ scanned, linksFound, problems: problems.length });
      if (signal?.aborted) break;
    }
  } catch (e) {
    // A cancelled scan still reports what it found so far.
    if (!signal?.aborted) throw e;
  }
  return report();
}
