// Response-header helpers both clients use.
import { type Readable } from 'node:stream';
import { type TransportResponse } from './transport';

export const stripQuotes = (etag: string | undefined): string => (etag ?? '').trim().replace(/^"|"$/g, '');

/** ISO 8601 from an HTTP date header; '' when absent or unparsable (never throws). */
export function isoFromHttpDate(value: string | undefined): string {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

export function numberHeader(res: TransportResponse, name: string): number {
  const n = Number(res.headers[name] ?? '');
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** Total size from `Content-Range: bytes 0-9/100`, else Content-Length. */
export function totalSize(res: TransportResponse): number {
  const m = /\/(\d+)\s*$/.exec(res.headers['content-range'] ?? '');
  return m?.[1] ? Number(m[1]) : numberHeader(res, 'content-length');
}

/** User metadata from `<prefix>name: value` headers (names lower-case, prefix removed). */
export function metaFromHeaders(headers: Record<string, string>, prefix: string): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (k.startsWith(prefix)) meta[k.slice(prefix.length)] = v;
  return meta;
}

/** A link answer with its own metadata, absent when it has none. */
export function withMeta<T extends object>(info: T, meta: Record<string, string>): T & { meta?: Record<string, string> } {
  return Object.keys(meta).length > 0 ? { ...info, meta } : info;
}

export function metaToHeaders(meta: Record<string, string> | undefined, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta ?? {})) out[`${prefix}${k.toLowerCase()}`] = v;
  return out;
}

/** Buffer for strings/bytes; streams pass through (their length must be given). */
export function bodyOf(body: Buffer | Uint8Array | string | Readable): Buffer | Readable {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return body;
}

export function rangeHeader(range: { start: number; end?: number } | undefined): Record<string, string> {
  return range ? { range: `bytes=${range.start}-${range.end ?? ''}` } : {};
}
