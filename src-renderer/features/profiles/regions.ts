// Region presets: choosing one fills the endpoint; "custom" lets the user type both.
import { type StorageProvider } from '../../contract';

export const REGION_PRESETS: Record<StorageProvider, string[]> = {
  oss: ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'cn-hongkong', 'ap-southeast-1', 'us-west-1', 'eu-central-1'],
  bos: ['bj', 'gz', 'su', 'bd', 'fwh', 'hkg'],
};

export function presetEndpoint(provider: StorageProvider, region: string): string {
  return provider === 'oss' ? `https://oss-${region}.aliyuncs.com` : `https://${region}.bcebos.com`;
}

/** Is this endpoint just the preset for its region (so the form shows the preset picker)? */
export function isPresetEndpoint(provider: StorageProvider, region: string, endpoint: string): boolean {
  return REGION_PRESETS[provider].includes(region) && (endpoint === '' || endpoint === presetEndpoint(provider, region));
}
