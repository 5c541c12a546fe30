import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppFile } from './app-files';

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
