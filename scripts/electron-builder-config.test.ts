// We cannot package here, so the packaging config is checked against electron-builder's own
// code: its schema, and what its deb target and file matcher will do with our config
// (node_modules/app-builder-lib/out/targets/FpmTarget.js, appInfo.js, fileMatcher.js).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../src-main/app/lifecycle';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: FpmInternals } }).default;
const { AppInfo } = require('app-builder-lib/out/appInfo') as { AppInfo: { prototype: { computePackageUrl(this: unknown): Promise<string | null> } } };
const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as { getMainFileMatchers: (...args: unknown[]) => Array<{ createFilter(): FileFilter }> };
const logger = { isEnabled: false, add: () => undefined };

interface FpmInternals {
  getDefaultDepends(target: string): string[];
  computeFpmMetaInfoOptions(this: unknown): Promise<{ name: string; maintainer: string; url: string; vendor: string }>;
}
type FileFilter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface Manifest {
  name: string;
  main: string;
  productName: string;
  homepage?: string;
  author?: { name: string; email?: string };
}
interface Config {
  productName: string;
  appId: string;
  directories: { app: string; buildResources: string };
  linux: { target: { target: string }[]; icon: string; maintainer?: string };
  deb?: { depends?: string[]; afterInstall?: string };
  mac: { target: { target: string; arch: string[] }[]; icon: string };
  win: { target: { target: string }[]; icon: string };
  afterPack?: string;
}

const root = process.cwd();
const readConfig = () => load(readFileSync('electron-builder.yml', 'utf8')) as Config & Record<string, unknown>;
const readManifest = (): Manifest => JSON.parse(readFileSync('app/package.json', 'utf8')) as Manifest;

/** FpmTarget.computeFpmMetaInfoOptions run on a packager holding our manifest (the deb target calls it before building). */
function debMetadata(manifest: Manifest, options: Record<string, unknown>) {
  const info = { metadata: manifest, repositoryInfo: Promise.resolve(null) };
  const appInfo = { linuxPackageName: manifest.name, computePackageUrl: () => AppInfo.prototype.computePackageUrl.call({ info, notNullDevMetadata: {} }) };
  return FpmTarget.prototype.computeFpmMetaInfoOptions.call({ options, packager: { appInfo, info } });
}

/** FpmTarget.build: `depends` given replaces the default list, absent uses it. */
const resolvedDebDepends = (config: Config) => config.deb?.depends ?? FpmTarget.prototype.getDefaultDepends('deb');

/** The filter electron-builder applies to app/ when it copies files into the asar. */
function packedFilter(config: Config): FileFilter {
  const appDir = path.resolve(root, config.directories.app);
  const info = { projectDir: root, buildResourcesDir: path.resolve(root, config.directories.buildResources), config, isPrepackedAppAsar: false, debugLogger: logger };
  const [matcher] = getMainFileMatchers(appDir, '/dest', (s: string) => s, {}, { info }, path.resolve(root, 'out'), false);
  const filter = matcher!.createFilter();
  return (relative, stat) => filter(path.join(appDir, relative), stat);
}
const file = { isDirectory: () => false };

describe('electron-builder.yml', () => {
  it('passes electron-builder configuration schema validation', async () => {
    await expect(validateConfiguration(readConfig(), logger)).resolves.toBeUndefined();
  });

  it('is rejected by the same validator when an option is misspelled', async () => {
    await expect(validateConfiguration({ ...readConfig(), prodcutName: 'Typo' }, logger)).rejects.toThrow(/prodcutName/);
  });

  it('names the product, ships app/ and targets every platform asked for', () => {
    const config = readConfig();
    expect(config.productName).toBe('Symbucket');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.directories.app).toBe('app');
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.mac.target[0]).toEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
  });

  it('points at a shipped manifest whose main is the built main process', () => {
    const manifest = readManifest();
    expect(manifest.main).toBe('dist/main/index.js');
    expect(manifest.productName).toBe('Symbucket');
  });
});

describe('the .deb electron-builder will build', () => {
  it('has the metadata FpmTarget requires (homepage, and a maintainer or author with email)', async () => {
    const config = readConfig();
    const manifest = readManifest();
    const meta = await debMetadata(manifest, { ...config.linux, ...config.deb });
    expect(meta).toMatchObject({ name: 'symbucket', url: manifest.homepage, maintainer: config.linux.maintainer });
    // Without linux.maintainer the author's email is used: it must be there too.
    await expect(debMetadata(manifest, { ...config.deb })).resolves.toMatchObject({ maintainer: 'Symbucket developers <dev@symbucket.dev>' });
  });

  it('is refused by FpmTarget without a homepage (so the check above can fail)', async () => {
    const { homepage: _dropped, ...manifest } = readManifest();
    await expect(debMetadata(manifest, {})).rejects.toThrow(/Please specify project homepage/);
  });

  it("depends on electron-builder's whole default list (GTK, libnotify, libnss3, libxss, libxtst, xdg-utils, libatspi, libuuid, libsecret)", () => {
    const defaults = FpmTarget.prototype.getDefaultDepends('deb');
    expect(defaults).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1']));
    expect(resolvedDebDepends(readConfig())).toEqual(expect.arrayContaining(defaults));
    expect(resolvedDebDepends({ ...readConfig(), deb: { depends: ['libnss3'] } })).not.toEqual(expect.arrayContaining(defaults));
  });

  it('sets chrome-sandbox root-owned 4755 after install, unconditionally, keeping the AppArmor profile step', () => {
    const script = readFileSync(path.resolve(root, readConfig().deb!.afterInstall!), 'utf8');
    expect(script).toMatch(/^chown root:root '\/opt\/\$\{sanitizedProductName\}\/chrome-sandbox'/m);
    expect(script).toMatch(/^chmod 4755 '\/opt\/\$\{sanitizedProductName\}\/chrome-sandbox'/m);
    expect(script).not.toMatch(/chmod 0755 '\/opt\/\$\{sanitizedProductName\}\/chrome-sandbox'/);
    expect(script).toContain('apparmor_parser --replace');
  });
});

describe('files and icons electron-builder will pack', () => {
  it('packs the built bundles, the manifest and the window icon main loads, nothing from the build resources else', () => {
    const config = readConfig();
    const packed = packedFilter(config);
    const icon = path.relative(path.resolve(root, 'app'), appPaths(new URL(`file://${path.resolve(root, 'app/dist/main/index.js')}`).href).icon);
    expect(icon).toBe(path.join('resources', 'icons', 'icon.png'));
    for (const included of ['dist/main/index.js', 'dist/preload/index.cjs', 'dist/renderer/index.html', 'package.json', icon]) expect(packed(included, file), included).toBe(true);
    for (const excluded of ['resources/linux/after-install.tpl', 'resources/icons/icon-source.html']) expect(packed(excluded, file), excluded).toBe(false);
    // Without the explicit entry, electron-builder leaves the icon out (buildResources is never packed).
    const withoutIcon = { ...config, files: ['dist/**/*', 'package.json'] };
    expect(packedFilter(withoutIcon)(icon, file)).toBe(false);
  });

  it('finds every platform icon inside app/', () => {
    const config = readConfig();
    const resources = path.resolve(root, config.directories.buildResources);
    expect(resources.startsWith(path.resolve(root, 'app') + path.sep)).toBe(true);
    expect(statSync(path.join(resources, config.linux.icon)).isDirectory()).toBe(true);
    expect(existsSync(path.join(resources, config.linux.icon, '512x512.png'))).toBe(true);
    for (const icon of [config.mac.icon, config.win.icon]) expect(existsSync(path.join(resources, icon)), icon).toBe(true);
  });
});
