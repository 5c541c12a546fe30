// main() as the packaged app runs it (app.isPackaged): no Toggle Developer Tools in the menu,
// no dev-server renderer even when ELECTRON_RENDERER_URL is set, userData under "Symbucket".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app, electronFake as fake } from './testing/electron-fake';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

let appData = '';
beforeAll(async () => {
  appData = mkdtempSync(path.join(tmpdir(), 'main-packaged-'));
  fake.paths.set('appData', appData);
  app.isPackaged = true;
  process.env.SYMBUCKET_E2E = '1';
  process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
  await import('./index');
  await vi.waitFor(() => expect(globalThis.__symbucketReady).toBe(true), { timeout: 20_000, interval: 50 });
});

afterAll(async () => {
  delete process.env.SYMBUCKET_E2E;
  delete process.env.ELECTRON_RENDERER_URL;
  fake.appListeners.get('will-quit')?.[0]?.({ preventDefault: () => {} } as never);
  await vi.waitFor(() => expect(fake.calls.quit).toBeGreaterThan(0), { timeout: 10_000 });
  rmSync(appData, { recursive: true, force: true });
});

describe('main() packaged', () => {
  it('keeps user data in <appData>/Symbucket', () => {
    expect(fake.paths.get('userData')).toBe(path.join(appData, 'Symbucket'));
  });

  it('offers no Toggle Developer Tools', () => {
    const roles = flatten(fake.menuTemplates.at(-1)!).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toContain('zoomIn');
  });

  it('loads app:// and ignores a dev server URL', () => {
    expect(fake.windows[0]!.fake.loadedUrl).toBe('app://symbucket/index.html');
  });
});
