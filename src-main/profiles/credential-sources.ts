// Credentials people already have: ossutil's ~/.ossutilconfig, bcecmd's ~/.go-bcecli/{credentials,config}
// and the OSS_* environment variables. Found secrets stay inside this module's results, which the
// profiles service turns into candidates WITHOUT secrets for the renderer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportCandidate } from '../ipc/contract';
import { iniValue, parseIni, type Ini } from './ini';
import { normaliseRegion, regionFromEndpoint } from './region-from-endpoint';

export interface FoundCredentials extends ImportCandidate {
  accessKeySecret: string;
  securityToken?: string;
}

function readIni(path: string): Ini | undefined {
  try {
    return parseIni(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // absent or unreadable: simply not a candidate
  }
}

function withToken(found: Omit<FoundCredentials, 'securityToken'>, token: string): FoundCredentials {
  return token ? { ...found, securityToken: token } : found;
}

/** ossutil 1.x writes [Credentials] endpoint/accessKeyID/accessKeySecret/stsToken; 2.x writes [default] with region. */
export function fromOssutil(homeDir: string): FoundCredentials | undefined {
  const ini = readIni(join(homeDir, '.ossutilconfig'));
  if (!ini) return undefined;
  const sections = ['Credentials', 'default'];
  const accessKeyId = iniValue(ini, sections, ['accessKeyID', 'accessKeyId', 'access-key-id']);
  const accessKeySecret = iniValue(ini, sections, ['accessKeySecret', 'access-key-secret']);
  if (!accessKeyId || !accessKeySecret) return undefined;
  const endpoint = iniValue(ini, sections, ['endpoint']);
  const region = normaliseRegion('oss', iniValue(ini, sections, ['region'])) || regionFromEndpoint('oss', endpoint);
  const token = iniValue(ini, sections, ['stsToken', 'sts-token', 'securityToken', 'sts_token']);
  return withToken({ source: 'ossutil', provider: 'oss', accessKeyId, accessKeySecret, endpoint, region }, token);
}

/** bcecmd: credentials [Defaults] Ak/Sk/Sts; config [Defaults] Domain/Region/Https. */
export function fromBcecmd(homeDir: string): FoundCredentials | undefined {
  const credentials = readIni(join(homeDir, '.go-bcecli', 'credentials'));
  if (!credentials) return undefined;
  const accessKeyId = iniValue(credentials, ['Defaults'], ['Ak']);
  const accessKeySecret = iniValue(credentials, ['Defaults'], ['Sk']);
  if (!accessKeyId || !accessKeySecret) return undefined;
  const config = readIni(join(homeDir, '.go-bcecli', 'config')) ?? new Map();
  const domain = iniValue(config, ['Defaults'], ['Domain']);
  const https = iniValue(config, ['Defaults'], ['Https']).toLowerCase() !== 'no';
  const endpoint = domain && !/^https?:\/\//i.test(domain) ? `${https ? 'https' : 'http'}://${domain}` : domain;
  // bcecmd's own default region is Beijing.
  const region = normaliseRegion('bos', iniValue(config, ['Defaults'], ['Region'])) || regionFromEndpoint('bos', domain) || 'bj';
  const token = iniValue(credentials, ['Defaults'], ['Sts']);
  return withToken({ source: 'bcecmd', provider: 'bos', accessKeyId, accessKeySecret, endpoint, region }, token);
}

export function fromEnvironment(env: NodeJS.ProcessEnv): FoundCredentials | undefined {
  const accessKeyId = env.OSS_ACCESS_KEY_ID?.trim();
  const accessKeySecret = env.OSS_ACCESS_KEY_SECRET?.trim();
  if (!accessKeyId || !accessKeySecret) return undefined;
  const endpoint = env.OSS_ENDPOINT?.trim() ?? '';
  const region = normaliseRegion('oss', env.OSS_REGION ?? '') || regionFromEndpoint('oss', endpoint);
  return withToken({ source: 'env', provider: 'oss', accessKeyId, accessKeySecret, endpoint, region }, env.OSS_SESSION_TOKEN?.trim() ?? '');
}

export function findCredentials(env: NodeJS.ProcessEnv, homeDir: string): FoundCredentials[] {
  return [fromOssutil(homeDir), fromBcecmd(homeDir), fromEnvironment(env)].filter((c): c is FoundCredentials => c !== undefined);
}

/** The renderer-safe view: picks fields explicitly so a secret can never ride along. */
export function toCandidate(found: FoundCredentials): ImportCandidate {
  return { source: found.source, provider: found.provider, accessKeyId: found.accessKeyId, endpoint: found.endpoint, region: found.region };
}
