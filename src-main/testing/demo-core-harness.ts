// One harness for integration tests of the real router (createAppCore) against the demo-seeded
// emulator: the core, the events it emitted, a `call` that throws the contract's error code, and
// a second, direct view of the same storage for seeding and checking behind the router's back.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createAppCore, type AppCore } from '../app-core';
import { createMemoryCipher } from '../profiles/memory-cipher';
import { createProfilesService, LOCAL_DEMO_ID } from '../profiles/create-profiles-service';
import { closeSharedTransport } from '../storage/create-client';
import type { StorageClient } from '../storage/types';

export const DEMO_PROFILE = LOCAL_DEMO_ID;
const DEMO_BUCKETS = ['demo-oss', 'demo-archive', 'demo-bos', 'demo-bos-media'];

export interface DemoCoreHarness {
  emu: RunningEmulator;
  core: AppCore;
  events: { event: string; payload: Record<string, unknown> }[];
  call<T>(channel: string, input: unknown): Promise<T>;
  /** The direct client of a demo bucket. */
  client(bucket: string): StorageClient;
  close(): Promise<void>;
}

export async function startDemoCore(options: { name: string; copyLimits?: Parameters<typeof createAppCore>[0]['copyLimits'] }): Promise<DemoCoreHarness> {
  const emu = await startEmulator({ seed: 'demo' });
  const { oss, bos, accessKeyId, accessKeySecret } = emu;
  const core = await createAppCore({
    userDataDir: await mkdtemp(path.join(tmpdir(), `symbucket-${options.name}-int-`)),
    cipher: createMemoryCipher(),
    host: 'browser',
    emulator: { oss, bos, accessKeyId, accessKeySecret },
    ...(options.copyLimits && { copyLimits: options.copyLimits }),
    logError: () => {},
  });
  const events: DemoCoreHarness['events'] = [];
  core.router.subscribe((event, payload) => events.push({ event, payload: payload as Record<string, unknown> }));
  const direct = createProfilesService({ userDataDir: await mkdtemp(path.join(tmpdir(), `symbucket-${options.name}-direct-`)), cipher: createMemoryCipher(), demo: emu, env: {} });
  const clients = new Map<string, StorageClient>();
  for (const b of DEMO_BUCKETS) clients.set(b, await direct.resolveClient(DEMO_PROFILE, b));
  return {
    emu,
    core,
    events,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const r = await core.router.invoke(channel, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
      return r.value as T;
    },
    client: (bucket) => clients.get(bucket)!,
    async close() {
      await core.close();
      await closeSharedTransport();
      await emu.close();
    },
  };
}
