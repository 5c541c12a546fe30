// Where requests go: region presets, custom endpoints, path-style or virtual-hosted addressing.
import { isIP } from 'node:net';
import { uriEncodePath } from './encoding';
import { type EndpointKind, regionHost } from '../ipc/rules';
import { type ClientConfig, type Provider } from './types';

/** `https://oss-<region>.aliyuncs.com` or `https://<region>.bcebos.com` (or the region's internal / dual-stack host). */
export function presetEndpoint(provider: Provider, region: string, secure = true, kind: EndpointKind = 'public'): string {
  const scheme = secure ? 'https' : 'http';
  const id = region.trim().replace(/^oss-/, '');
  const host = regionHost(provider, id, kind) ?? regionHost(provider, id, 'public')!;
  return `${scheme}://${host}`;
}

export type EndpointConfig = Pick<ClientConfig, 'provider' | 'endpoint' | 'region' | 'addressing' | 'customDomains'>;

export interface ParsedEndpoint {
  protocol: 'http:' | 'https:';
  /** host[:port] */
  host: string;
  hostname: string;
  /** '' or a base path without trailing slash (reverse proxies). */
  basePath: string;
}

/** Endpoints parsed so far: every request resolves its target, and a URL parse each time (twice,
 * with the addressing check) was a visible part of a listing page's request cost. */
const parsedEndpoints = new Map<string, Readonly<ParsedEndpoint>>();

/** Accepts `host`, `host:port` or a full URL; a bare host means https. Throws TypeError on garbage. */
export function parseEndpoint(endpoint: string): Readonly<ParsedEndpoint> {
  let parsed = parsedEndpoints.get(endpoint);
  if (parsed === undefined) {
    parsed = Object.freeze(parseEndpointUncached(endpoint));
    if (parsedEndpoints.size >= 64) parsedEndpoints.clear();
    parsedEndpoints.set(endpoint, parsed);
  }
  return parsed;
}

function parseEndpointUncached(endpoint: string): ParsedEndpoint {
  const raw = endpoint.trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Unsupported endpoint scheme: ${url.protocol}`);
  if (url.search || url.hash || url.username) throw new TypeError('An endpoint has no query, fragment or credentials');
  return { protocol: url.protocol, host: url.host, hostname: url.hostname, basePath: url.pathname.replace(/\/+$/, '') };
}

export function endpointFor(config: EndpointConfig): Readonly<ParsedEndpoint> {
  return parseEndpoint(config.endpoint.trim() || presetEndpoint(config.provider, config.region));
}

/** Virtual-hosted addressing needs a DNS name: IP addresses and localhost always use path style. */
export function effectiveAddressing(config: EndpointConfig): 'path' | 'virtual-host' {
  const { hostname } = endpointFor(config);
  const bare = hostname.replace(/^\[|\]$/g, '');
  return config.addressing === 'virtual-host' && !isIP(bare) && bare !== 'localhost' ? 'virtual-host' : 'path';
}

export interface RequestTarget {
  origin: string;
  /** Value of the Host header. */
  host: string;
  /** Percent-encoded path, no query. */
  path: string;
}

/** BOS's documented path-style API prefix. */
const BOS_API_PREFIX = '/v1';

/** Origin, Host and encoded path of a service-, bucket- or object-level request. */
export function resolveTarget(config: EndpointConfig, bucket?: string, key?: string): RequestTarget {
  const keyPath = key === undefined ? '' : uriEncodePath(key);
  const domain = bucket === undefined ? undefined : customDomainOf(config, bucket);
  if (domain) return { origin: `${domain.protocol}//${domain.host}`, host: domain.host, path: `${domain.basePath}/${keyPath}` };
  const ep = endpointFor(config);
  if (bucket && effectiveAddressing(config) === 'virtual-host') {
    const host = `${bucket}.${ep.host}`;
    return { origin: `${ep.protocol}//${host}`, host, path: `${ep.basePath}/${keyPath}` };
  }
  const origin = `${ep.protocol}//${ep.host}`;
  if (config.provider === 'bos') {
    const path = bucket ? `${ep.basePath}${BOS_API_PREFIX}/${bucket}${key === undefined ? '' : `/${keyPath}`}` : `${ep.basePath}${BOS_API_PREFIX}/`;
    return { origin, host: ep.host, path };
  }
  return { origin, host: ep.host, path: bucket ? `${ep.basePath}/${bucket}/${keyPath}` : `${ep.basePath}/` };
}

/** A bucket's custom domain (CNAME) as an endpoint, or undefined when it has none. Also for share URLs. */
export function customDomainOf(config: Pick<ClientConfig, 'customDomains' | 'endpoint'>, bucket: string): Readonly<ParsedEndpoint> | undefined {
  const raw = config.customDomains?.[bucket]?.trim();
  if (!raw) return undefined;
  // A bare domain inherits the profile endpoint's scheme (http only for local/test endpoints).
  const scheme = /^http:\/\//i.test(config.endpoint.trim()) ? 'http' : 'https';
  return parseEndpoint(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `${scheme}://${raw}`);
}

/** Full URL for a target plus an already-built query string. */
export function targetUrl(target: RequestTarget, queryString: string): string {
  return `${target.origin}${target.path}${queryString ? `?${queryString}` : ''}`;
}
