// Regions hidden in well-known endpoint host names, so a profile can sign V4 without asking twice.

/** `oss-cn-hangzhou.aliyuncs.com`, `oss-cn-hangzhou-internal.aliyuncs.com` -> `cn-hangzhou`. */
const OSS_HOST = /^oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$/;
/** `bj.bcebos.com`, `bucket.bj.bcebos.com` -> `bj`. */
const BOS_HOST = /(?:^|\.)([a-z0-9-]+)\.bcebos\.com$/;

/** The host name of an endpoint given as `host`, `host:port` or an http(s) URL; '' when it is none of these. */
export function hostOf(endpoint: string): string {
  const raw = endpoint.trim();
  if (raw === '') return '';
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    if (url.search || url.hash || url.username || url.password) return '';
    return url.hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function regionFromEndpoint(provider: 'oss' | 'bos', endpoint: string): string {
  const host = hostOf(endpoint);
  const match = (provider === 'oss' ? OSS_HOST : BOS_HOST).exec(host);
  return match?.[1] ?? '';
}

/** OSS region ids are used without the `oss-` prefix people often paste. */
export function normaliseRegion(provider: 'oss' | 'bos', region: string): string {
  const trimmed = region.trim().toLowerCase();
  return provider === 'oss' ? trimmed.replace(/^oss-/, '') : trimmed;
}
