import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './permission-policy';

describe('isPermissionAllowed', () => {
  it('lets our page write text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://symbucket/index.html')).toBe(true);
  });

  it('lets the dev server page write to the clipboard only when it is the given dev origin', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/', ['http://localhost:5173'])).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/')).toBe(false);
  });

  it('denies clipboard writes from any other page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown'])(
    'denies %s even to our page',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://symbucket/index.html')).toBe(false);
    },
  );
});
