import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ensureElectronBinary, expectedBinaryPath, isNodeAtLeast, type ElectronBinaryDeps, type InstallOutcome } from './electron-binary';

const electronDir = path.resolve('/repo/node_modules/electron');
const linuxBinary = path.join(electronDir, 'dist', 'electron');

function deps(options: { files?: string[]; pathTxt?: string; node?: string; install?: InstallOutcome; installCreates?: string }) {
  const files = new Set(options.files ?? []);
  const runInstaller = vi.fn(async () => {
    if (options.installCreates) files.add(options.installCreates);
    return options.install ?? { ok: false, failure: 'exit' as const, exitCode: 1 };
  });
  const d: ElectronBinaryDeps = {
    electronDir,
    platform: 'linux',
    nodeVersion: options.node ?? 'v22.12.0',
    exists: (f) => files.has(f),
    readText: (f) => (f === path.join(electronDir, 'path.txt') ? options.pathTxt : undefined),
    runInstaller,
    log: vi.fn(),
  };
  return { deps: d, runInstaller };
}

describe('ensureElectronBinary', () => {
  it('uses the installed binary without running the installer', async () => {
    const { deps: d, runInstaller } = deps({ files: [linuxBinary], pathTxt: 'electron' });
    await expect(ensureElectronBinary(d)).resolves.toEqual({ kind: 'ready', binary: linuxBinary });
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it('downloads a missing binary once and then uses it', async () => {
    const { deps: d, runInstaller } = deps({ install: { ok: true }, installCreates: linuxBinary });
    await expect(ensureElectronBinary(d)).resolves.toEqual({ kind: 'ready', binary: linuxBinary });
    expect(runInstaller).toHaveBeenCalledOnce();
  });

  it('explains a failed download in one paragraph that points to npm run preview', async () => {
    const { deps: d } = deps({ install: { ok: false, failure: 'exit', exitCode: 1 } });
    const plan = await ensureElectronBinary(d);
    expect(plan.kind).toBe('unavailable');
    if (plan.kind !== 'unavailable') return;
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toMatch(/could not be downloaded/);
    expect(plan.message).toMatch(/network/);
    expect(plan.message).toContain('npm run preview');
    expect(plan.message).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('says when the download timed out', async () => {
    const { deps: d } = deps({ install: { ok: false, failure: 'timeout' } });
    const plan = await ensureElectronBinary(d);
    expect(plan).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/did not finish within 60 seconds/) });
  });

  it('does not trust an installer that exits 0 without leaving a binary', async () => {
    const { deps: d } = deps({ install: { ok: true } });
    await expect(ensureElectronBinary(d)).resolves.toMatchObject({ kind: 'unavailable' });
  });

  it('does not try to download on a Node older than the installer needs, and says so', async () => {
    const { deps: d, runInstaller } = deps({ node: 'v20.20.2', install: { ok: true }, installCreates: linuxBinary });
    const plan = await ensureElectronBinary(d);
    expect(runInstaller).not.toHaveBeenCalled();
    expect(plan).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('needs Node.js 22.12 or newer and this is v20.20.2') });
    if (plan.kind === 'unavailable') expect(plan.message).toContain('npm run preview');
  });
});

describe('expectedBinaryPath', () => {
  it('follows path.txt, else the platform default', () => {
    const readText = () => 'Electron.app/Contents/MacOS/Electron';
    expect(expectedBinaryPath({ electronDir, platform: 'darwin', readText })).toBe(path.join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron'));
    expect(expectedBinaryPath({ electronDir, platform: 'win32', readText: () => undefined })).toBe(path.join(electronDir, 'dist', 'electron.exe'));
  });
});

describe('isNodeAtLeast', () => {
  it('compares major and minor', () => {
    expect(isNodeAtLeast('v22.12.0', [22, 12])).toBe(true);
    expect(isNodeAtLeast('v23.0.1', [22, 12])).toBe(true);
    expect(isNodeAtLeast('v22.11.9', [22, 12])).toBe(false);
    expect(isNodeAtLeast('v20.20.2', [22, 12])).toBe(false);
  });
});
