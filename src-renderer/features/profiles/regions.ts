// Region presets from the one rules table: choosing one (and, on OSS, the endpoint type: public,
// internal, dual-stack, transfer acceleration) fills the endpoint; "custom" lets the user type both.
import { PROVIDER_RULES, type EndpointKind, type StorageProvider, endpointKinds, regionHost } from '../../contract';

export const REGION_PRESETS: Record<StorageProvider, string[]> = {
  oss: PROVIDER_RULES.oss.regions.map((r) => r.id),
  bos: PROVIDER_RULES.bos.regions.map((r) => r.id),
};

export function presetEndpoint(provider: StorageProvider, region: string, kind: EndpointKind = 'public'): string {
  return `https://${regionHost(provider, region, kind) ?? regionHost(provider, region)}`;
}

/** Which preset endpoint of its region this is (public, internal, ...), or undefined for a custom one. */
export function presetKindOf(provider: StorageProvider, region: string, endpoint: string): EndpointKind | undefined {
  if (!REGION_PRESETS[provider].includes(region)) return undefined;
  if (endpoint === '') return 'public';
  return endpointKinds(provider, region).find((kind) => endpoint === presetEndpoint(provider, region, kind));
}

/** Is this endpoint one of the presets for its region (so the form shows the preset pickers)? */
export function isPresetEndpoint(provider: StorageProvider, region: string, endpoint: string): boolean {
  return presetKindOf(provider, region, endpoint) !== undefined;
}
