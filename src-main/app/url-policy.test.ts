import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isExternalWebUrl, isNavigationAllowed, isOwnPage, loopbackDevOrigin, rendererSource } from './url-policy';

describe('isAppUrl / isNavigationAllowed', () => {
  it('accepts our own origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://symbucket/assets/index-abc.js')).toBe(true);
    expect(isNavigationAllowed('app://symbucket/index.html#/browse')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://symbucket.evil.com/index.html',
    'file:///etc/passwd',
    'https://symbucket/index.html',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it.each(['https://help.aliyun.com/document_detail/45126.html', 'http://example.com/'])('allows %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'app://symbucket/index.html',
    'https://user:pass@example.com/',
    'mailto:a@b.c',
    'garbage',
  ])('refuses %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });
});

describe('dev server (npm run dev)', () => {
  it('accepts only loopback http(s) dev servers', () => {
    expect(loopbackDevOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(loopbackDevOrigin('http://127.0.0.1:5173/index.html')).toBe('http://127.0.0.1:5173');
    expect(loopbackDevOrigin('http://[::1]:5173')).toBe('http://[::1]:5173');
    for (const url of ['http://example.com:5173', 'file:///x/index.html', 'http://localhost.evil.com/', 'nonsense', undefined]) {
      expect(loopbackDevOrigin(url)).toBeUndefined();
    }
  });

  it('loads app:// unless a dev server is given, and trusts only that origin besides ours', () => {
    expect(rendererSource(undefined)).toEqual({ entryUrl: APP_ENTRY_URL, devOrigins: [] });
    expect(rendererSource('http://evil.example/')).toEqual({ entryUrl: APP_ENTRY_URL, devOrigins: [] });
    const dev = rendererSource('http://localhost:5173/');
    expect(dev).toEqual({ entryUrl: 'http://localhost:5173/', devOrigins: ['http://localhost:5173'] });
    expect(isOwnPage('http://localhost:5173/src/main.tsx', dev.devOrigins)).toBe(true);
    expect(isOwnPage('http://localhost:5174/', dev.devOrigins)).toBe(false);
    expect(isOwnPage('http://localhost:5173/')).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173/#x', dev.devOrigins)).toBe(true);
  });
});
