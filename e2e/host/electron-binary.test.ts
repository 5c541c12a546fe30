import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chooseHost, findElectronBinary, hostEnvironment, type FileProbe } from './electron-binary';

function probe(files: Record<string, string>): FileProbe {
  return { exists: (path) => Object.hasOwn(files, path), read: (path) => files[path] ?? '' };
}

const root = '/repo';
const pkg = join(root, 'node_modules', 'electron');

describe('findElectronBinary()', () => {
  it('returns the executable named by path.txt when it exists', () => {
    const fs = probe({ [join(pkg, 'path.txt')]: 'electron\n', [join(pkg, 'dist', 'electron')]: '' });
    expect(findElectronBinary(root, fs)).toBe(join(pkg, 'dist', 'electron'));
  });
  it('returns null without path.txt (binary download skipped)', () => {
    expect(findElectronBinary(root, probe({}))).toBeNull();
  });
  it('returns null when path.txt names a file that is not there', () => {
    expect(findElectronBinary(root, probe({ [join(pkg, 'path.txt')]: 'electron' }))).toBeNull();
  });
  it('returns null for an empty path.txt', () => {
    expect(findElectronBinary(root, probe({ [join(pkg, 'path.txt')]: '  \n', [join(pkg, 'dist')]: '' }))).toBeNull();
  });
});

describe('chooseHost()', () => {
  const withDisplay = { canShowWindow: true };
  it('picks Electron in auto mode when the binary exists, the browser otherwise', () => {
    expect(chooseHost('auto', '/bin/electron', withDisplay)).toBe('electron');
    expect(chooseHost('auto', null, withDisplay)).toBe('browser');
  });
  it('falls back to the browser in auto mode when no window can be shown', () => {
    expect(chooseHost('auto', '/bin/electron', { canShowWindow: false })).toBe('browser');
  });
  it('honours an explicit browser choice even with Electron installed', () => {
    expect(chooseHost('browser', '/bin/electron', withDisplay)).toBe('browser');
  });
  it('rejects an explicit Electron choice without the binary', () => {
    expect(() => chooseHost('electron', null, withDisplay)).toThrow(/not installed/);
  });
  it('lets SYMBUCKET_E2E_HOST override the request and ignores unknown values', () => {
    expect(chooseHost('auto', '/bin/electron', { ...withDisplay, override: 'browser' })).toBe('browser');
    expect(chooseHost('browser', '/bin/electron', { ...withDisplay, override: 'electron' })).toBe('electron');
    expect(chooseHost('auto', null, { ...withDisplay, override: 'bogus' })).toBe('browser');
  });
});

describe('hostEnvironment()', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hostEnvironment({}, 'linux').canShowWindow).toBe(false);
    expect(hostEnvironment({ DISPLAY: ':99' }, 'linux').canShowWindow).toBe(true);
    expect(hostEnvironment({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux').canShowWindow).toBe(true);
    expect(hostEnvironment({}, 'darwin').canShowWindow).toBe(true);
  });
  it('reads the SYMBUCKET_E2E_HOST override', () => {
    expect(hostEnvironment({ SYMBUCKET_E2E_HOST: 'browser' }, 'linux').override).toBe('browser');
  });
});
