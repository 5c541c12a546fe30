// The standard HTTP headers a service stores with an object and sends back on GET/HEAD, besides
// its content type. A write that sets an object's attributes anew (CopyObject REPLACE,
// InitiateMultipartUpload) drops any of them not sent again.
// OSS: Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Expires (OSS
// "Manage object metadata"). BOS has no Content-Language: its PutObject doc lists the others only,
// and @baiducloud/sdk's object-header allow-list (_prepareObjectHeaders) has no Content-Language.
import type { Provider } from './types';

const OSS_STANDARD = ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'] as const;
const BOS_STANDARD = ['cache-control', 'content-disposition', 'content-encoding', 'expires'] as const;

export function standardHeaderNames(provider: Provider): readonly string[] {
  return provider === 'oss' ? OSS_STANDARD : BOS_STANDARD;
}

/** The stored standard headers among `headers` (names lower-case, as a HEAD answer has them). */
export function standardHeadersOf(provider: Provider, headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of standardHeaderNames(provider)) if (headers?.[name] !== undefined) out[name] = headers[name];
  return out;
}
