// A minimal signed HTTP client for emulator tests that need full control over headers.
// It signs with the emulator's own verifier functions, which are pinned to the published
// vectors in auth-v1/auth-v4/bos auth tests.
import type { QueryPair } from './http-types';
import { bceCanonicalRequest, bceSignature, bceSigningKey } from './bos/auth';
import { v4CanonicalRequest, v4Signature, v4StringToSign } from './oss/auth-v4';
import { uriEncodeExceptSlash } from './sign-util';

export interface Endpoint {
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface RawRequest {
  method?: string;
  bucket?: string;
  key?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Override the signing time (skew tests). */
  now?: Date;
  /** Skip signing entirely (anonymous). */
  anonymous?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  text: string;
  /** Parsed `code` of an OSS XML / BOS JSON error (or x-oss-err on HEAD). */
  code: string;
}

const isoBasic = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function queryPairs(query: Record<string, string>): QueryPair[] {
  return Object.entries(query).map(([key, value]) => ({ key, value, bare: value === '' }));
}

function queryString(query: Record<string, string>): string {
  const parts = Object.entries(query).map(([k, v]) => (v === '' ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`));
  return parts.length ? `?${parts.join('&')}` : '';
}

function jsonCode(text: string): string {
  try {
    return (JSON.parse(text) as { code?: string }).code ?? '';
  } catch {
    return '';
  }
}

async function send(url: string, method: string, headers: Record<string, string>, body: Buffer | string | undefined): Promise<RawResponse> {
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : Buffer.from(body) });
  const buf = Buffer.from(await res.arrayBuffer());
  const text = buf.toString('utf8');
  let code = '';
  // Only an error answer has a code: an object's own bytes may look like XML or start with '{'.
  const failed = res.status >= 300;
  const xmlCode = failed ? /<Code>([^<]*)<\/Code>/.exec(text) : null;
  if (xmlCode) code = xmlCode[1]!;
  else if (failed && text.startsWith('{')) code = jsonCode(text);
  const ossErr = res.headers.get('x-oss-err');
  if (!code && ossErr) code = /<Code>([^<]*)<\/Code>/.exec(Buffer.from(ossErr, 'base64').toString())?.[1] ?? '';
  if (!code) code = res.headers.get('x-bce-error-code') ?? '';
  return { status: res.status, headers: res.headers, body: buf, text, code };
}

/** A signed request's line and headers, for a caller that sends the body itself (streaming tests). */
export interface SignedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** Path-style OSS request signed with V4 (region cn-hangzhou unless given). */
export function ossRequest(ep: Endpoint, r: RawRequest, region = 'cn-hangzhou'): Promise<RawResponse> {
  const signed = ossSign(ep, r, region);
  return send(signed.url, signed.method, signed.headers, r.body);
}

/** `/v1/bucket/key` BOS request signed with bce-auth-v1 over host and x-bce-* headers. */
export function bosRequest(ep: Endpoint, r: RawRequest): Promise<RawResponse> {
  const signed = bosSign(ep, r);
  return send(signed.url, signed.method, signed.headers, r.body);
}

export function ossSign(ep: Endpoint, r: RawRequest, region = 'cn-hangzhou'): SignedRequest {
  const method = r.method ?? 'GET';
  const query = r.query ?? {};
  const headers: Record<string, string> = { ...r.headers };
  const path = r.bucket === undefined ? '/' : `/${r.bucket}/${uriEncodeExceptSlash(r.key ?? '')}`;
  if (!r.anonymous) {
    const datetime = isoBasic(r.now ?? new Date());
    headers['x-oss-date'] = datetime;
    headers['x-oss-content-sha256'] = 'UNSIGNED-PAYLOAD';
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const cr = v4CanonicalRequest({ method, bucket: r.bucket, key: r.key, query: queryPairs(query), headers: lower, additionalHeaders: [] });
    const date = datetime.slice(0, 8);
    const scope = `${date}/${region}/oss/aliyun_v4_request`;
    const sig = v4Signature(ep.accessKeySecret, date, region, 'oss', v4StringToSign(datetime, scope, cr));
    headers.authorization = `OSS4-HMAC-SHA256 Credential=${ep.accessKeyId}/${scope},Signature=${sig}`;
  }
  return { url: ep.url + path + queryString(query), method, headers };
}

export function bosSign(ep: Endpoint, r: RawRequest): SignedRequest {
  const method = r.method ?? 'GET';
  const query = r.query ?? {};
  const headers: Record<string, string> = { ...r.headers };
  const path = `/v1${r.bucket === undefined ? '' : `/${r.bucket}`}${r.key === undefined ? '' : `/${uriEncodeExceptSlash(r.key)}`}`;
  if (!r.anonymous) {
    const timestamp = (r.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    headers['x-bce-date'] = timestamp;
    const lower: Record<string, string> = { host: new URL(ep.url).host };
    for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
    const signedHeaders = Object.keys(lower).filter((k) => k === 'host' || k.startsWith('x-bce-')).sort();
    const prefix = `bce-auth-v1/${ep.accessKeyId}/${timestamp}/1800`;
    const cr = bceCanonicalRequest({ method, uri: path, query: queryPairs(query), headers: lower, signedHeaders });
    headers.authorization = `${prefix}/${signedHeaders.join(';')}/${bceSignature(bceSigningKey(ep.accessKeySecret, prefix), cr)}`;
  }
  return { url: ep.url + path + queryString(query), method, headers };
}
