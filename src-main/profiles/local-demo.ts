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


/**
 * What the local-demo profile runs on: the embedded demo storage, which may have failed to
 * start (port, disk). The app starts anyway; the demo profile then answers DEMO_UNAVAILABLE
 * and each new request for it (the user's Retry) tries to start the storage again.
 */
export interface DemoBackend {
  /** The running storage's endpoints, or undefined while it is down. */
  current(): EmulatorEndpoints | undefined;
  /** Resolves when the storage runs (starting it again if it is down); rejects with DEMO_UNAVAILABLE otherwise. */
  ensureRunning(): Promise<EmulatorEndpoints>;
}

/** An emulator that is already running (e2e, SYMBUCKET_EMULATOR). */
export function runningDemoBackend(endpoints: EmulatorEndpoints): DemoBackend {
  return { current: () => endpoints, ensureRunning: async () => endpoints };
}

export function toDemoBackend(demo: EmulatorEndpoints | DemoBackend): DemoBackend {
  return 'ensureRunning' in demo ? demo : runningDemoBackend(demo);
}

/** Shown in the profile list while the demo storage is down. */
export const OFFLINE_DEMO: EmulatorEndpoints = { oss: '', bos: '', accessKeyId: '', accessKeySecret: '' };
