// Baidu BCE auth v1 (bce-auth-v1): header form and presigned URL form.
// Spec: shared/reference/signing-vectors.md section 3.
import { compareAsciiNames, uriEncode } from '../encoding';
import { type Credentials, hmac, isoSeconds } from '../signing-common';

/** BCE signs the path exactly as sent, so it takes the encoded path rather than bucket/key. */
export interface BceSignableRequest {
  method: string;
  /** Percent-encoded path as sent, e.g. `/v1/bucket/my%20key`. */
  path: string;
  query: Readonly<Record<string, string | null>>;
  headers: Readonly<Record<string, string | number>>;
}

export interface BceSignOptions {
  expirationSeconds?: number;
  /** Names to sign instead of the default set (host, content-length, content-type, content-md5, x-bce-*). */
  headersToSign?: readonly string[];
  /** Write an empty signedHeaders field (the doc's form: "server default set"). */
  omitSignedHeadersList?: boolean;
}

const DEFAULT_SIGNED = new Set(['host', 'content-length', 'content-type', 'content-md5']);

function isDefaultSigned(name: string): boolean {
  return DEFAULT_SIGNED.has(name) || (name.startsWith('x-bce-') && name !== 'x-bce-request-id');
}

export function bceCanonicalQuery(query: BceSignableRequest['query']): string {
  return Object.entries(query)
    .filter(([k]) => k.toLowerCase() !== 'authorization')
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v ?? '')}`)
    .sort(compareAsciiNames)
    .join('&');
}

function canonicalHeaders(req: BceSignableRequest, options: BceSignOptions): { lines: string; names: string[] } {
  const wanted = options.headersToSign?.map((h) => h.toLowerCase());
  const entries = Object.entries(req.headers)
    .map(([k, v]) => [k.toLowerCase(), String(v).trim()] as const)
    .filter(([k, v]) => v !== '' && (wanted ? wanted.includes(k) : isDefaultSigned(k)));
  const lines = entries.map(([k, v]) => `${uriEncode(k)}:${uriEncode(v)}`).sort(compareAsciiNames);
  const names = entries.map(([k]) => k).sort(compareAsciiNames);
  return { lines: lines.join('\n'), names };
}

export interface BceSigned {
  authorization: string;
  canonicalRequest: string;
  signingKey: string;
}

export function signBce(req: BceSignableRequest, creds: Credentials, now: Date, options: BceSignOptions = {}): BceSigned {
  const prefix = `bce-auth-v1/${creds.accessKeyId}/${isoSeconds(now)}/${options.expirationSeconds ?? 1800}`;
  const signingKey = hmac(creds.accessKeySecret, prefix).toString('hex');
  const headers = canonicalHeaders(req, options);
  const canonicalRequest = [req.method.toUpperCase(), req.path, bceCanonicalQuery(req.query), headers.lines].join('\n');
  // The HMAC key is the signing key's hex text, not its raw bytes.
  const signature = hmac(signingKey, canonicalRequest).toString('hex');
  const signed = options.omitSignedHeadersList ? '' : headers.names.join(';');
  return { authorization: `${prefix}/${signed}/${signature}`, canonicalRequest, signingKey };
}

/** Presigned URL query: the request query plus `authorization`, signing only `host`. */
export function presignBce(
  req: BceSignableRequest,
  creds: Credentials,
  now: Date,
  expiresSeconds: number,
): Record<string, string> {
  const { authorization } = signBce(req, creds, now, { expirationSeconds: expiresSeconds, headersToSign: ['host'] });
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.query)) query[k] = v ?? '';
  query.authorization = authorization;
  return query;
}
