import { describe, expect, it } from 'vitest';
import { readMainEnv } from './env-config';

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
