// electron-builder afterPack hook (electron-builder.yml `afterPack`): flips Electron's fuses in
// the packaged binary before it is signed and archived. CommonJS, as electron-builder loads it.
// https://www.electronjs.org/docs/latest/tutorial/fuses
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Exactly the fuses Symbucket sets; every other fuse keeps Electron's default. */
function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of an unsigned Apple-silicon build.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/** The Electron binary electron-builder just laid out in appOutDir. */
function electronExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

async function afterPack(context, flip = flipFuses) {
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  await flip(electronExecutable(context), fuseConfig(context.electronPlatformName, arch));
}

module.exports = { afterPack, fuseConfig, electronExecutable };
