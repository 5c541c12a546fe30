// The local demo profile: the embedded emulator's OSS and BOS endpoints behind one profile.
// Its credentials come from the running emulator and are never stored in the vault.
import type { ProfileDto } from '../ipc/contract';
import type { EmulatorEndpoints } from '../storage/emulator-endpoints';
import type { ClientConfig } from '../storage/types';

export const LOCAL_DEMO_ID = 'local-demo';

export function demoConfigs(demo: EmulatorEndpoints): ClientConfig[] {
  const shared = { addressing: 'path', signatureVersion: 'v4', accessKeyId: demo.accessKeyId, accessKeySecret: demo.accessKeySecret } as const;
  return [
    { ...shared, provider: 'oss', endpoint: demo.oss, region: 'cn-hangzhou' },
    { ...shared, provider: 'bos', endpoint: demo.bos, region: 'bj' },
  ];
}

export function demoProfileDto(d: EmulatorEndpoints): ProfileDto {
  const base = { addressing: 'path', signatureVersion: 'v4', accessKeyId: d.accessKeyId, hasSecret: true, insecureStorage: false } as const;
  return { ...base, id: LOCAL_DEMO_ID, name: 'Local demo', provider: 'local-demo', endpoint: d.oss, region: '' };
}

