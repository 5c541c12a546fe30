// We cannot package here, so the packaging config is checked against electron-builder's own schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const logger = { isEnabled: false, add: () => undefined };

function readConfig(): Record<string, unknown> {
  return load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder configuration schema validation', async () => {
    await expect(validateConfiguration(readConfig(), logger)).resolves.toBeUndefined();
  });

  it('is rejected by the same validator when an option is misspelled', async () => {
    await expect(validateConfiguration({ ...readConfig(), prodcutName: 'Typo' }, logger)).rejects.toThrow(/prodcutName/);
  });

  it('names the product, ships app/ and targets every platform asked for', () => {
    const config = readConfig() as {
      productName: string;
      appId: string;
      directories: { app: string };
      linux: { target: { target: string }[] };
      mac: { target: { target: string; arch: string[] }[] };
      win: { target: { target: string }[] };
    };
    expect(config.productName).toBe('Symbucket');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.directories.app).toBe('app');
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.mac.target[0]).toEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
  });

  it('points at a shipped manifest whose main is the built main process', () => {
    const manifest = JSON.parse(readFileSync('app/package.json', 'utf8')) as { name: string; main: string; productName: string };
    expect(manifest.main).toBe('dist/main/index.js');
    expect(manifest.productName).toBe('Symbucket');
  });
});
