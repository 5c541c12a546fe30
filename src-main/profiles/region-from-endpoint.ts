// Regions hidden in well-known endpoint host names, so a profile can sign V4 without asking twice.
import { endpointHost } from '../ipc/contract';

/** `oss-cn-hangzhou.aliyuncs.com`, `oss-cn-hangzhou-internal.aliyuncs.com` -> `cn-hangzhou`. */
const OSS_HOST = /^oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$/;
/** `bj.bcebos.com`, `bucket.bj.bcebos.com` -> `bj`. */
const BOS_HOST = /(?:^|\.)([a-z0-9-]+)\.bcebos\.com$/;

export function regionFromEndpoint(provider: 'oss' | 'bos', endpoint: string): string {
  const host = endpointHost(endpoint);
  const match = (provider === 'oss' ? OSS_HOST : BOS_HOST).exec(host);
  return match?.[1] ?? '';
}

/** OSS region ids are used without the `oss-` prefix people often paste. */
export function normaliseRegion(provider: 'oss' | 'bos', region: string): string {
  const trimmed = region.trim().toLowerCase();
  return provider === 'oss' ? trimmed.replace(/^oss-/, '') : trimmed;
}
