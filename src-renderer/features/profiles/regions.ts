// Region presets from the one rules table: choosing one fills the endpoint; "custom" lets the user type both.
import { PROVIDER_RULES, type StorageProvider, regionHost } from '../../contract';

export const REGION_PRESETS: Record<StorageProvider, string[]> = {
  oss: PROVIDER_RULES.oss.regions.map((r) => r.id),
  bos: PROVIDER_RULES.bos.regions.map((r) => r.id),
};

export function presetEndpoint(provider: StorageProvider, region: string): string {
  return `https://${regionHost(provider, region)}`;
}

/** Is this endpoint just the preset for its region (so the form shows the preset picker)? */
export function isPresetEndpoint(provider: StorageProvider, region: string, endpoint: string): boolean {
  return REGION_PRESETS[provider].includes(region) && (endpoint === '' || endpoint === presetEndpoint(provider, region));
}
