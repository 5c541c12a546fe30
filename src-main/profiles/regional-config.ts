// Buckets in another region than the profile's use their own region's endpoint (ListBuckets
// gives each bucket's location): only for profiles on a provider's preset host, where the
// bucket's host is known; custom endpoints (proxies, emulators, CNAMEs) are left as they are.
import { PROVIDER_RULES, regionHost, regionOfHost, type EndpointKind } from '../ipc/rules';
import type { ClientConfig } from '../storage/types';
import { endpointHost } from '../ipc/contract';

/** Which preset host kind (public, internal, dual-stack) an endpoint is, or undefined for a custom one. */
function presetKind(config: ClientConfig): EndpointKind | undefined {
  const host = endpointHost(config.endpoint);
  if (config.endpoint.trim() === '') return 'public';
  const region = regionOfHost(config.provider, host);
  if (!region) return undefined;
  const kinds: EndpointKind[] = ['public', 'internal', 'dualStack'];
  return kinds.find((kind) => regionHost(config.provider, region, kind) === host);
}

/** The config for a bucket in `bucketRegion`, or undefined when the profile's own config serves it. */
export function regionalConfig(config: ClientConfig, bucketRegion: string): ClientConfig | undefined {
  const region = bucketRegion.trim().replace(/^oss-/, '');
  if (!region || region === config.region) return undefined;
  // Acceleration hosts serve every region: same host, but V4 must sign the bucket's region.
  const givenHost = endpointHost(config.endpoint);
  if (PROVIDER_RULES[config.provider].regionlessHosts.includes(givenHost)) return { ...config, region };
  const kind = presetKind(config);
  if (kind === undefined) return undefined;
  const host = regionHost(config.provider, region, kind) ?? regionHost(config.provider, region, 'public');
  if (!host) return undefined;
  const scheme = /^http:\/\//i.test(config.endpoint.trim()) ? 'http' : 'https';
  return { ...config, region, endpoint: `${scheme}://${host}` };
}
