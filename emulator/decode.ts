// Strict percent-decoding and request addressing shared by both providers.
import { isIP } from 'node:net';
import { badRequest } from './errors';
import { validateKey } from './object-ops';

export function strictDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw badRequest('InvalidURI', 'Could not parse the specified URI: bad percent-encoding.');
  }
}

export interface Address {
  bucket?: string;
  key?: string;
}

/**
 * Path-style when the Host is the emulator itself (an IP or localhost) or a regional
 * endpoint without a bucket label; otherwise virtual-hosted: bucket = first Host label.
 */
export function resolveAddress(host: string, path: string, isRegionalEndpoint: (hostname: string) => boolean): Address {
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  // An empty first label (`.oss-cn-hangzhou.aliyuncs.com`, what ali-oss sends for bucket-less
  // calls to an IP endpoint) names no bucket either.
  const pathStyle = !hostname || hostname.startsWith('.') || isIP(hostname) !== 0 || hostname === 'localhost' || isRegionalEndpoint(hostname);
  let bucket: string | undefined;
  let rest: string;
  if (pathStyle) {
    const trimmed = path.replace(/^\/+/, '');
    const slash = trimmed.indexOf('/');
    bucket = slash < 0 ? trimmed : trimmed.slice(0, slash);
    rest = slash < 0 ? '' : trimmed.slice(slash + 1);
    bucket = bucket ? strictDecode(bucket) : undefined;
  } else {
    bucket = hostname.split('.')[0];
    rest = path.replace(/^\//, '');
  }
  if (!rest) return bucket === undefined ? {} : { bucket };
  const key = strictDecode(rest);
  validateKey(key);
  return { bucket, key };
}
