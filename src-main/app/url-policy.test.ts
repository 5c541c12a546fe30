import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isExternalWebUrl, isNavigationAllowed } from './url-policy';

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
