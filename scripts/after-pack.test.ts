// The afterPack hook electron-builder runs (electron-builder.yml `afterPack`) flips exactly the
// fuses we ask for, on the binary electron-builder laid out, for every platform we ship.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Context = { appOutDir: string; electronPlatformName: string; arch: number; packager: { appInfo: { productFilename: string }; executableName: string } };
const hook = require('./after-pack.cjs') as {
  afterPack(context: Context, flip: (binary: string, config: Record<string, unknown>) => Promise<unknown>): Promise<void>;
};

async function flipped(platform: string, arch = 1) {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const context: Context = { appOutDir: '/out/app', electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'Symbucket' }, executableName: 'symbucket' } };
  await hook.afterPack(context, async (binary, config) => calls.push([binary, config]));
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

describe('afterPack fuses', () => {
  it('is the hook electron-builder.yml runs', () => {
    const config = load(readFileSync('electron-builder.yml', 'utf8')) as { afterPack: string };
    expect(path.resolve(config.afterPack)).toBe(path.resolve('scripts/after-pack.cjs'));
  });

  it('sets exactly RunAsNode, NODE_OPTIONS and --inspect off; cookie encryption, ASAR integrity and ASAR-only on', async () => {
    const [, config] = await flipped('linux');
    const { version, resetAdHocDarwinSignature, ...fuses } = config;
    expect(version).toBe(FuseVersion.V1);
    expect(resetAdHocDarwinSignature).toBe(false);
    expect(fuses).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('flips the binary of each platform, re-signing ad hoc on Apple silicon only', async () => {
    expect((await flipped('linux'))[0]).toBe(path.join('/out/app', 'symbucket'));
    expect((await flipped('win32'))[0]).toBe(path.join('/out/app', 'Symbucket.exe'));
    const [macBinary, macConfig] = await flipped('darwin', 3);
    expect(macBinary).toBe(path.join('/out/app', 'Symbucket.app'));
    expect(macConfig.resetAdHocDarwinSignature).toBe(true);
    expect((await flipped('darwin', 1))[1].resetAdHocDarwinSignature).toBe(false);
  });
});
