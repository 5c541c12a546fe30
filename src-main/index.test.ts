// The Electron bootstrap, run on Node against the shared recording fake of `electron`: which
// security options, handlers and hooks main() installs, and that the window's IPC reaches the
// real app core (embedded demo emulator) while a foreign sender is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, type Result } from './ipc/contract';

import { electronFake as fake, shell } from './testing/electron-fake';

type Listener = (...args: unknown[]) => unknown;

let userDataDir = '';
const ourEvent = () => {
  const contents = fake.windows[0]!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
};
const invoke = (channel: string, input: unknown, event: unknown = ourEvent()) => fake.ipcHandlers.get(channel)!(event, input) as Promise<Result<unknown>>;
const appListener = (event: string) => fake.appListeners.get(event)?.[0] as Listener | undefined;

beforeAll(async () => {
  userDataDir = mkdtempSync(path.join(tmpdir(), 'main-bootstrap-'));
  process.env.SYMBUCKET_USER_DATA = userDataDir;
  process.env.SYMBUCKET_E2E = '1';
  await import('./index');
  await vi.waitFor(() => expect(globalThis.__symbucketReady).toBe(true), { timeout: 20_000, interval: 50 });
});

afterAll(async () => {
  delete process.env.SYMBUCKET_USER_DATA;
  delete process.env.SYMBUCKET_E2E;
  rmSync(userDataDir, { recursive: true, force: true });
});

describe('main() bootstrap', () => {
  it('uses the userData override, takes the single-instance lock and enables the sandbox for all renderers', () => {
    expect(fake.paths.get('userData')).toBe(userDataDir);
    expect(fake.calls.lock).toBe(1);
    expect(fake.calls.sandbox).toBe(1);
    expect(appListener('second-instance')).toBeTypeOf('function');
  });

  it('opens one sandboxed, context-isolated window without Node on app://', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.fake.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(window.fake.options.webPreferences?.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.fake.loadedUrl).toBe('app://symbucket/index.html');
  });

  it('registers app:// as a privileged standard, secure scheme and serves it', () => {
    expect(fake.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  it('binds every contract channel to ipcMain', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it("answers our window's requests from the real core (demo buckets)", async () => {
    const result = await invoke('buckets.list', { profileId: 'local-demo' });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as Array<{ name: string }>).map((b) => b.name)).toEqual(expect.arrayContaining(['demo-oss', 'demo-bos']));
    // ...sent through Electron's net.fetch (system proxy, PAC, OS certificates), not undici.
    expect(fake.netFetches).toBeGreaterThan(0);
    await expect(invoke('app.info', undefined)).resolves.toMatchObject({ ok: true, value: { host: 'electron', locale: 'en-US' } });
  });

  it('refuses a request from any other webContents', async () => {
    const stranger = { id: 99, mainFrame: { url: 'app://symbucket/index.html' } };
    const result = await invoke('profiles.list', undefined, { sender: stranger, senderFrame: stranger.mainFrame });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('opens http(s) links in the OS browser through app.openExternal only', async () => {
    await expect(invoke('app.openExternal', { url: 'HTTPS://Example.com' })).resolves.toEqual({ ok: true, value: null });
    await expect(invoke('app.openExternal', { url: 'file:///etc/passwd' })).resolves.toMatchObject({ ok: false });
    await expect(invoke('app.openExternal', { url: 'http:evil.com' })).resolves.toMatchObject({ ok: false });
    expect(fake.opened).toEqual(['https://example.com/']); // as parsed, not as typed
    expect(shell.openExternal).toBeTypeOf('function');
  });

  it('writes clipboard.writeText requests to the Electron clipboard', async () => {
    await expect(invoke('clipboard.writeText', { text: 'https://share.example/x' })).resolves.toEqual({ ok: true, value: null });
    expect(fake.clipboard).toEqual(['https://share.example/x']);
  });

  it('installs a menu whose Create Link item reaches the renderer as a menu.command event', () => {
    type Item = { id?: string; click?: () => void; submenu?: Item[] };
    const template = fake.menuTemplates.at(-1) as Item[];
    const items = template.flatMap((m) => m.submenu ?? []);
    items.find((i) => i.id === 'command.createLink')!.click!();
    // Unpackaged (npm run dev / npm start): developer tools are offered; index-packaged.int.test.ts checks the opposite.
    expect(items.map((i) => (i as { role?: string }).role)).toContain('toggleDevTools');
    expect(fake.windows[0]!.fake.sent).toContainEqual(['event:menu.command', { command: 'createLink' }]);
  });

  it('denies permission requests except clipboard writes from our page', () => {
    const decide = (permission: string, url: string) => {
      let granted: boolean | undefined;
      (fake.permission.request as Listener)({ getURL: () => url }, permission, (g: boolean) => (granted = g), { requestingUrl: url });
      return granted;
    };
    expect(decide('media', 'app://symbucket/index.html')).toBe(false);
    expect(decide('notifications', 'app://symbucket/index.html')).toBe(false);
    expect(decide('clipboard-sanitized-write', 'app://symbucket/index.html')).toBe(true);
    expect((fake.permission.check as Listener)(null, 'geolocation', 'app://symbucket')).toBe(false);
  });

  it('hardens every new webContents: foreign navigation, new windows and webviews are refused', () => {
    const handlers = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    const contents = { on: (event: string, h: Listener) => void handlers.set(event, h), setWindowOpenHandler: (h: Listener) => void (openHandler = h) };
    appListener('web-contents-created')!({}, contents);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      handlers.get('will-navigate')!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('app://symbucket/index.html')).toBe(false);
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('on quit, holds Electron until the core (and its demo emulator) has closed, then quits once', async () => {
    const quitting = { preventDefault: vi.fn() };
    appListener('will-quit')!(quitting);
    expect(quitting.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.calls.quit).toBe(1), { timeout: 10_000 });
    const again = { preventDefault: vi.fn() };
    appListener('will-quit')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    // The demo emulator and the shared HTTP transport are closed: storage requests now fail.
    const result = await invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DEMO_UNAVAILABLE' } });
  });
});
