// Regions hidden in well-known endpoint host names, so a profile can sign V4 without asking twice.
// The host forms (public, internal, dual-stack, region-less acceleration) live in ipc/rules.ts.
import { endpointHost } from '../ipc/contract';
import { regionOfHost } from '../ipc/rules';

export function regionFromEndpoint(provider: 'oss' | 'bos', endpoint: string): string {
  return regionOfHost(provider, endpointHost(endpoint));
}

/** OSS region ids are used without the `oss-` prefix people often paste. */
export function normaliseRegion(provider: 'oss' | 'bos', region: string): string {
  const trimmed = region.trim().toLowerCase();
  return provider === 'oss' ? trimmed.replace(/^oss-/, '') : trimmed;
}
