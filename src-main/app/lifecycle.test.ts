import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import appPackage from '../../app/package.json';
import { electronFake, typed } from '../testing/electron-fake';

const { app } = typed;
import { readMainEnv, setupShutdown, setupUserDataPath, USER_DATA_FOLDER } from './lifecycle';

const emulator = { oss: 'http://127.0.0.1:1', bos: 'http://127.0.0.1:2', accessKeyId: 'AK', accessKeySecret: 'very-secret' };

describe('readMainEnv', () => {
  it('is empty by default', () => {
    expect(readMainEnv({})).toEqual({ e2e: false });
  });

  it('reads the user-data override, the e2e flag and the emulator endpoints', () => {
    const env = readMainEnv({ SYMBUCKET_USER_DATA: '/tmp/u', SYMBUCKET_E2E: '1', SYMBUCKET_EMULATOR: JSON.stringify(emulator) });
    expect(env).toEqual({ userDataDir: '/tmp/u', e2e: true, emulator });
  });

  it('rejects an emulator value that is not JSON', () => {
    expect(() => readMainEnv({ SYMBUCKET_EMULATOR: '{oops' })).toThrow(/not valid JSON/);
  });

  it('names invalid fields without echoing the secret', () => {
    const bad = JSON.stringify({ ...emulator, oss: 'nope' });
    let message = '';
    try {
      readMainEnv({ SYMBUCKET_EMULATOR: bad });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/oss/);
    expect(message).not.toContain('very-secret');
  });

  it('treats other values of SYMBUCKET_E2E as off', () => {
    expect(readMainEnv({ SYMBUCKET_E2E: 'true' }).e2e).toBe(false);
  });
});

describe('readMainEnv: dev server', () => {
  it('takes a loopback ELECTRON_RENDERER_URL and ignores any other', () => {
    expect(readMainEnv({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }).rendererDevUrl).toBe('http://localhost:5173');
    expect(readMainEnv({ ELECTRON_RENDERER_URL: 'https://cdn.example.com/' }).rendererDevUrl).toBeUndefined();
  });
});

describe('setupUserDataPath', () => {
  it('uses <appData>/Symbucket whatever the package name (dev and packaged alike)', () => {
    expect(setupUserDataPath(app, undefined)).toBe(path.join('/fake-electron/appData', 'Symbucket'));
    expect(app.getPath('userData')).toBe(path.join('/fake-electron/appData', 'Symbucket'));
    expect(USER_DATA_FOLDER).toBe(appPackage.productName);
  });

  it('honours SYMBUCKET_USER_DATA', () => {
    expect(setupUserDataPath(app, '/tmp/e2e-user')).toBe('/tmp/e2e-user');
    expect(app.getPath('userData')).toBe('/tmp/e2e-user');
  });
});

describe('setupShutdown', () => {
  it('holds the quit until the core and transport have closed, then quits once', async () => {
    let closed = 0;
    setupShutdown(app, () => ({ close: async () => void closed++ }), async () => void closed++);
    let prevented = 0;
    app.emit('will-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    await vi.waitFor(() => expect(electronFake.calls.quit).toBe(1));
    expect(closed).toBe(2);
    app.emit('will-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });
});
