// From a stored profile to the settings its storage client needs, and the location checks at save.
import { AppFailure } from '../errors';
import type { ClientConfig } from '../storage/types';
import type { StoredProfile } from './profile-store';
import { endpointHost } from '../ipc/contract';
import { normaliseRegion, regionFromEndpoint } from './region-from-endpoint';
import type { Secrets } from './vault';

export function profileConfig(profile: StoredProfile, secrets: Secrets): ClientConfig {
  const config: ClientConfig = {
    provider: profile.provider,
    endpoint: profile.endpoint,
    region: profile.region,
    addressing: profile.addressing,
    signatureVersion: profile.signatureVersion,
    accessKeyId: profile.accessKeyId,
    accessKeySecret: secrets.accessKeySecret,
  };
  if (secrets.securityToken) {
    config.securityToken = secrets.securityToken;
    if (profile.securityTokenExpiresAt) config.securityTokenExpiresAt = profile.securityTokenExpiresAt;
  }
  if (Object.keys(profile.customDomains).length > 0) config.customDomains = { ...profile.customDomains };
  return config;
}

/** A custom domain as stored: `host[:port]` or an http(s) URL without path, query or credentials. */
export function checkedCustomDomain(domain: string): string {
  const trimmed = domain.trim();
  const host = endpointHost(trimmed);
  const bare = trimmed.replace(/^https?:\/\//i, '');
  if (host === '' || /[/?#@]/.test(bare.replace(/\/+$/, ''))) {
    throw new AppFailure('INVALID_ARGUMENT', `"${trimmed}" is not a domain name (expected e.g. files.example.com).`);
  }
  return trimmed.replace(/\/+$/, '');
}

/** Endpoint and region as stored: the endpoint must parse; a region is needed when there is no endpoint. */
export function checkedLocation(provider: 'oss' | 'bos', endpoint: string, region: string): { endpoint: string; region: string } {
  const trimmed = endpoint.trim();
  if (trimmed !== '' && endpointHost(trimmed) === '') {
    throw new AppFailure('INVALID_ARGUMENT', `"${trimmed}" is not a valid endpoint (expected e.g. https://oss-cn-hangzhou.aliyuncs.com).`);
  }
  const resolvedRegion = normaliseRegion(provider, region) || regionFromEndpoint(provider, trimmed);
  if (resolvedRegion === '' && (trimmed === '' || provider === 'oss')) {
    throw new AppFailure('INVALID_ARGUMENT', trimmed === '' ? 'Choose a region or enter an endpoint.' : 'Choose the region of this endpoint (OSS signatures need it).');
  }
  return { endpoint: trimmed, region: resolvedRegion };
}
