import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeOf, registerAppScheme, resolveAppFile, serveAppFile, setupAppProtocol } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';
import { electronFake, typed } from '../testing/electron-fake';

const root = path.resolve('/srv/renderer');

describe('resolveAppFile', () => {
  it('serves index.html for the origin root', () => {
    expect(resolveAppFile(root, 'app://symbucket/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://symbucket')).toBe(path.join(root, 'index.html'));
  });

  it('maps a path inside the root, decoding percent escapes and ignoring query and hash', () => {
    expect(resolveAppFile(root, 'app://symbucket/assets/index-1.js?v=2#x')).toBe(path.join(root, 'assets', 'index-1.js'));
    expect(resolveAppFile(root, 'app://symbucket/fonts/noto%20sans.woff2')).toBe(path.join(root, 'fonts', 'noto sans.woff2'));
  });

  it.each(['app://symbucket/../secret.txt', 'app://symbucket/assets/../../secret.txt', 'app://symbucket/%2e%2e/secret.txt'])(
    'keeps %s inside the root (the URL parser removes dot segments first)',
    (url) => {
      expect(resolveAppFile(root, url)).toBe(path.join(root, 'secret.txt'));
    },
  );

  it.each([
    'app://symbucket/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://symbucket/..%5c..%5csecret.txt',
    'app://symbucket/index.html%00.js',
    'app://symbucket/C:/Windows/win.ini',
    'app://symbucket/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeUndefined();
  });

  it('never returns a path outside the root for any traversal attempt', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '....', '.', '%2f..', '//..//..'];
    for (const a of attempts) {
      const resolved = resolveAppFile(root, `app://symbucket/assets/${a}/${a}/etc/passwd`);
      if (resolved !== undefined) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('mimeTypeOf', () => {
  it('knows the renderer asset types', () => {
    expect(mimeTypeOf('/x/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeOf('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('/x/a.css')).toMatch(/^text\/css/);
    expect(mimeTypeOf('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('/x/a.bin')).toBe('application/octet-stream');
  });
});

describe('serveAppFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'app-files-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Symbucket</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'outside');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const get = (url: string, method = 'GET') => serveAppFile(path.join(dir, 'renderer'), new Request(url, { method }));

  it('serves index.html at the root with the CSP and its content type', async () => {
    const response = await get('app://symbucket/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Symbucket</title>');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves assets with their type', async () => {
    const response = await get('app://symbucket/assets/main.js');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 (with the CSP) for missing files and traversal attempts', async () => {
    for (const url of ['app://symbucket/nope.js', 'app://symbucket/%2e%2e%2fsecret.txt', 'app://symbucket/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://symbucket/index.html', 'POST')).status).toBe(405);
    const head = await get('app://symbucket/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveAppFile: path traversal in every encoding', () => {
  it.each([
    ['encoded dots and slash', 'app://symbucket/assets/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['upper-case escapes', 'app://symbucket/assets/%2E%2E%2Fsecret.txt'],
    ['encoded slash only', 'app://symbucket/assets/..%2fsecret.txt'],
    ['double-encoded dots', 'app://symbucket/%252e%252e/secret.txt'],
    ['double-encoded slash', 'app://symbucket/assets/..%252f..%252fsecret.txt'],
    ['triple-encoded', 'app://symbucket/%25252e%25252e%25252fsecret.txt'],
    ['backslash', 'app://symbucket/..%5csecret.txt'],
    ['double-encoded backslash', 'app://symbucket/..%255csecret.txt'],
    ['overlong UTF-8 dot', 'app://symbucket/%c0%ae%c0%ae/secret.txt'],
    ['overlong UTF-8 slash', 'app://symbucket/..%c0%afsecret.txt'],
    ['fullwidth dots', 'app://symbucket/%ef%bc%8e%ef%bc%8e/secret.txt'],
    ['division slash', 'app://symbucket/..%e2%88%95secret.txt'],
    ['NUL', 'app://symbucket/index.html%00.js'],
    ['control character', 'app://symbucket/a%0a.js'],
    ['trailing space on dots (Windows)', 'app://symbucket/..%20/secret.txt'],
    ['trailing dot (Windows)', 'app://symbucket/.../secret.txt'],
    ['drive letter', 'app://symbucket/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://symbucket/C%3a%5cWindows%5cwin.ini'],
    ['UNC path', 'app://symbucket/%5c%5cserver%5cshare'],
    ['broken escape', 'app://symbucket/%E0%A4%A'],
    ['other host', 'app://other/index.html'],
    ['other scheme', 'file:///etc/passwd'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppFile(root, url)).toBeUndefined();
  });
});

describe('registerAppScheme / setupAppProtocol on the Electron fake', () => {
  it('registers app:// as privileged and answers it from the renderer directory', async () => {
    registerAppScheme(typed.protocol);
    expect(electronFake.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    setupAppProtocol(typed.protocol, '/nonexistent-renderer');
    const response = await electronFake.protocolHandlers.get('app')!(new Request('app://symbucket/%2e%2e%2fetc%2fpasswd'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
