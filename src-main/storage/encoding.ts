// Percent-encoding shared by every signer and client. One place, so OSS V1/V4 and BOS cannot drift.

const HEX = '0123456789ABCDEF';

/** RFC 3986 unreserved characters: the only bytes left as they are. */
function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e // - . _ ~
  );
}

function encodeBytes(value: string, keepSlash: boolean): string {
  const bytes = Buffer.from(value, 'utf8');
  let out = '';
  for (const byte of bytes) {
    if (isUnreserved(byte) || (keepSlash && byte === 0x2f)) out += String.fromCharCode(byte);
    else out += '%' + HEX[byte >> 4] + HEX[byte & 15];
  }
  return out;
}

/** UTF-8 bytes outside A-Z a-z 0-9 - . _ ~ become upper-case %XX (space is %20, never +). */
export function uriEncode(value: string): string {
  return encodeBytes(value, false);
}

/** Like uriEncode but keeps `/`: object keys in paths, link targets in headers. */
export function uriEncodePath(value: string): string {
  return encodeBytes(value, true);
}

/** Hex digit values for the ASCII range; -1 elsewhere. */
const HEX_VALUE = Int8Array.from({ length: 128 }, (_, c) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1));
const hexValue = (c: number): number => (c < 128 ? (HEX_VALUE[c] as number) : -1);

/** Strict percent-decoding (UTF-8). `+` stays `+`. Returns undefined for a malformed
 * sequence or invalid UTF-8 so that callers can report InvalidResponse instead of throwing.
 * Escapes of ASCII bytes (a listing's %2F in every key) are decoded here, 2–3× faster than
 * decodeURIComponent; the first escape of a byte ≥ 0x80 hands the whole value to it. */
export function tryUriDecode(value: string): string | undefined {
  let at = value.indexOf('%');
  if (at < 0) return value;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const high = hexValue(value.charCodeAt(at + 1));
    const low = hexValue(value.charCodeAt(at + 2));
    if (high < 0 || low < 0 || high >= 8) return strictDecode(value);
    out += value.slice(from, at) + String.fromCharCode(high * 16 + low);
    from = at + 3;
    at = value.indexOf('%', from);
  }
  return out + value.slice(from);
}

function strictDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * A link target from a response header, as the services may send it: percent-encoded ASCII
 * (decoded), raw UTF-8 that undici hands over as latin1 (re-read as UTF-8), or text with a
 * literal `%` that is no escape (kept). protocol-notes.md: no SDK decodes x-bce-symlink-target.
 */
export function decodeTargetHeader(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(raw)) {
    if ([...raw].some((c) => c.charCodeAt(0) > 0xff)) return raw; // already decoded text (e.g. net.fetch)
    const bytes = Buffer.from(raw, 'latin1');
    const text = bytes.toString('utf8');
    return Buffer.from(text, 'utf8').equals(bytes) ? text : raw;
  }
  return tryUriDecode(raw) ?? raw;
}

/** Query string with keys sorted by their encoded form (byte order); empty values as a bare key. */
export function buildQueryString(query: Readonly<Record<string, string>>): string {
  return Object.entries(query)
    .map(([k, v]) => [uriEncode(k), v === '' ? '' : uriEncode(v)] as const)
    .sort(([a], [b]) => compareAsciiNames(a, b))
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`))
    .join('&');
}

/**
 * UTF-16 code-unit order, which equals byte order for the ASCII (already percent-encoded) names
 * the signers sort. Not for object keys: those are ordered by the contract's compareKeys.
 */
export function compareAsciiNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function utf8ByteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}
