// A Transport over a WHATWG fetch function. In the Electron app this is `net.fetch` (Chromium's
// network stack: system proxy, PAC, OS certificate store), injected by app-core's caller; storage/
// itself never imports Electron. The request path is the one http.ts builds; only the wire differs.
import { Readable } from 'node:stream';
import { type ReadableStream as NodeReadableStream } from 'node:stream/web';
import { type Transport, normalizeHeaders } from './transport';

export type FetchLike = (url: string, init: RequestInit & { duplex?: 'half' }) => Promise<Response>;

/** Headers fetch sets itself (and refuses): the URL carries the host, the body its length. */
const FETCH_OWNED = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

/** Chromium reports network failures as `net::ERR_NAME` in the message: keep the name as a code. */
export function netErrorCode(e: unknown): string | undefined {
  const text = e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e);
  return /net::(ERR_[A-Z0-9_]+)/.exec(text)?.[1];
}

export function createFetchTransport(fetchFn: FetchLike): Transport {
  return async (req) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (!FETCH_OWNED.has(k.toLowerCase())) headers[k] = v;
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : (Readable.toWeb(req.body) as ReadableStream<Uint8Array>);
    let res: Response;
    try {
      res = await fetchFn(`${req.origin}${req.path}`, {
        method: req.method,
        headers,
        signal: req.signal,
        redirect: 'manual',
        ...(body !== undefined && { body, duplex: 'half' as const }),
      });
    } catch (e) {
      const code = netErrorCode(e);
      if (code === undefined || req.signal.aborted) throw e;
      throw Object.assign(new Error(`${code}: ${e instanceof Error ? e.message : String(e)}`, { cause: e }), { code });
    }
    const raw: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      raw[name] = value;
    });
    const stream = res.body ? Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
    return { status: res.status, headers: normalizeHeaders(raw), body: stream };
  };
}
