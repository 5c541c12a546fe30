// Leak audit through the composition root: profiles with a recognisable secret and STS token hit
// failing paths against the real emulator (which echoes the canonical request, token header
// included) with the router's default logger; neither may reach the console nor any result.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index';
import { createAppCore, type AppCore } from './app-core';
import type { ProfileDto, Result } from './ipc/contract';
import { createMemoryCipher } from './profiles/memory-cipher';

const SECRET = 'LEAKY-secret-7f3a9c1e5b';
const TOKEN = 'LEAKY-sts/token+9d2e=abc';

let emulator: RunningEmulator;
let core: AppCore;
let userDataDir: string;
const logged: string[] = [];
const spies: { mockRestore(): void }[] = [];

function capture(...args: unknown[]): void {
  // What the console itself would print: every property, causes included.
  logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 6, showHidden: true }))).join(' '));
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) spies.push(vi.spyOn(console, method).mockImplementation(capture));
  emulator = await startEmulator({ seed: 'demo' });
  userDataDir = await mkdtemp(path.join(tmpdir(), 'leak-audit-'));
  const { oss, bos, accessKeyId, accessKeySecret } = emulator;
  // No logError override: the router's default logger is what is audited.
  core = await createAppCore({ userDataDir, cipher: createMemoryCipher(), host: 'browser', emulator: { oss, bos, accessKeyId, accessKeySecret } });
});
afterAll(async () => {
  await core?.close();
  await emulator?.close();
  await rm(userDataDir, { recursive: true, force: true });
  for (const spy of spies) spy.mockRestore();
});

const forms = (s: string) => [s, encodeURIComponent(s)];

describe('secret leak audit through createAppCore', () => {
  it('keeps a wrong secret and an STS token out of every result and every console line', async () => {
    const common = { accessKeyId: emulator.accessKeyId, accessKeySecret: SECRET, securityToken: TOKEN, addressing: 'path' as const };
    const results: Result<unknown>[] = [];
    const profileIds: string[] = [];
    for (const profile of [
      { ...common, name: 'Leaky OSS', provider: 'oss', endpoint: emulator.oss, region: 'cn-hangzhou' },
      { ...common, name: 'Leaky BOS', provider: 'bos', endpoint: emulator.bos, region: 'bj' },
    ]) {
      const saved = await core.router.invoke('profiles.save', profile);
      results.push(saved);
      if (!saved.ok) throw new Error(`save failed: ${saved.error.code}`);
      profileIds.push((saved.value as ProfileDto).id);
    }
    const buckets = ['demo-oss', 'demo-bos'];
    for (const [i, profileId] of profileIds.entries()) {
      const bucket = buckets[i]!;
      results.push(
        await core.router.invoke('profiles.test', { id: profileId }),
        await core.router.invoke('buckets.list', { profileId }),
        await core.router.invoke('objects.list', { profileId, bucket }),
        await core.router.invoke('links.create', { profileId, bucket, key: 'leak/link.txt', target: 'readme.txt' }),
      );
    }
    // The failing paths really failed with the signature error, and the router logged each one.
    const failures = results.slice(2).filter((r) => !r.ok);
    expect(failures.length).toBeGreaterThanOrEqual(6);
    expect(failures.map((r) => (r.ok ? '' : r.error.code))).toContain('AUTH_FAILED');
    expect(logged.length).toBeGreaterThanOrEqual(failures.length);
    expect(logged.join('\n')).toMatch(/SignatureDoesNotMatch|AUTH_FAILED/);

    const everything = `${JSON.stringify(results)}\n${logged.join('\n')}`;
    for (const needle of [...forms(SECRET), ...forms(TOKEN)]) expect(everything).not.toContain(needle);
  });
});
