// The Electron bootstrap, run on Node against a recording fake of the `electron` module: which
// security options, handlers and hooks main() installs, and that the window's IPC reaches the
// real app core (embedded demo emulator) while a foreign sender is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, type Result } from './ipc/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const paths = new Map<string, string>();
  const windows: Array<{ options: Record<string, unknown>; loadedUrl?: string; webContents: { id: number; mainFrame: { url: string }; send: ReturnType<typeof vi.fn>; isDestroyed(): boolean } }> = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, Listener>();
  const permission: { request?: Listener; check?: Listener } = {};
  const menus: unknown[] = [];
  const app = {
    name: 'Symbucket',
    setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
    getPath: (name: string) => paths.get(name) ?? '',
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    on: (event: string, listener: Listener) => void appListeners.set(event, [...(appListeners.get(event) ?? []), listener]),
    whenReady: () => Promise.resolve(),
    getLocale: () => 'en-US',
    quit: vi.fn(),
    exit: vi.fn(),
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    loadedUrl?: string;
    webContents = { id: 41, mainFrame: { url: 'app://symbucket/index.html' }, send: vi.fn(), isDestroyed: () => false };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    maximize() {}
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
  }
  const module = {
    app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn((scheme: string, h: Listener) => void protocolHandlers.set(scheme, h)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => void (permission.request = h),
        setPermissionCheckHandler: (h: Listener) => void (permission.check = h),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: { handle: (channel: string, h: Listener) => void ipcHandlers.set(channel, h), removeHandler: (channel: string) => void ipcHandlers.delete(channel) },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => void menus.push(menu) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(async () => {}) },
    dialog: { showErrorBox: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain).reverse(),
      decryptString: (data: Buffer) => Buffer.from(data).reverse().toString(),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    },
  };
  return { module, appListeners, windows, ipcHandlers, protocolHandlers, permission, menus };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

let userDataDir = '';
const ourEvent = () => {
  const contents = fake.windows[0]!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
};
const invoke = (channel: string, input: unknown, event: unknown = ourEvent()) => fake.ipcHandlers.get(channel)!(event, input) as Promise<Result<unknown>>;
const appListener = (event: string) => fake.appListeners.get(event)?.[0];

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
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', userDataDir);
    expect(fake.module.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.module.app.enableSandbox).toHaveBeenCalledOnce();
    expect(appListener('second-instance')).toBeTypeOf('function');
  });

  it('opens one sandboxed, context-isolated window without Node on app://', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadedUrl).toBe('app://symbucket/index.html');
  });

  it('registers app:// as a privileged standard, secure scheme and serves it', () => {
    const [schemes] = fake.module.protocol.registerSchemesAsPrivileged.mock.calls[0] as [Array<{ scheme: string; privileges: Record<string, boolean> }>];
    expect(schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  it('binds every contract channel to ipcMain', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it("answers our window's requests from the real core (demo buckets)", async () => {
    const result = await invoke('buckets.list', { profileId: 'local-demo' });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as Array<{ name: string }>).map((b) => b.name)).toEqual(expect.arrayContaining(['demo-oss', 'demo-bos']));
    await expect(invoke('app.info', undefined)).resolves.toMatchObject({ ok: true, value: { host: 'electron', locale: 'en-US' } });
  });

  it('refuses a request from any other webContents', async () => {
    const stranger = { id: 99, mainFrame: { url: 'app://symbucket/index.html' } };
    const result = await invoke('profiles.list', undefined, { sender: stranger, senderFrame: stranger.mainFrame });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('opens http(s) links in the OS browser through app.openExternal only', async () => {
    await expect(invoke('app.openExternal', { url: 'https://example.com/' })).resolves.toEqual({ ok: true, value: null });
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    await expect(invoke('app.openExternal', { url: 'file:///etc/passwd' })).resolves.toMatchObject({ ok: false });
    expect(fake.module.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('installs a menu whose Create Link item reaches the renderer as a menu.command event', () => {
    type Item = { id?: string; click?: () => void; submenu?: Item[] };
    const { template } = fake.menus.at(-1) as { template: Item[] };
    const items = template.flatMap((m) => m.submenu ?? []);
    items.find((i) => i.id === 'command.createLink')!.click!();
    expect(fake.windows[0]!.webContents.send).toHaveBeenCalledWith('event:menu.command', { command: 'createLink' });
  });

  it('denies permission requests except clipboard writes from our page', () => {
    const decide = (permission: string, url: string) => {
      let granted: boolean | undefined;
      fake.permission.request!({ getURL: () => url }, permission, (g: boolean) => (granted = g), { requestingUrl: url });
      return granted;
    };
    expect(decide('media', 'app://symbucket/index.html')).toBe(false);
    expect(decide('notifications', 'app://symbucket/index.html')).toBe(false);
    expect(decide('clipboard-sanitized-write', 'app://symbucket/index.html')).toBe(true);
    expect(fake.permission.check!(null, 'geolocation', 'app://symbucket')).toBe(false);
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
    await vi.waitFor(() => expect(fake.module.app.quit).toHaveBeenCalledOnce(), { timeout: 10_000 });
    const again = { preventDefault: vi.fn() };
    appListener('will-quit')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    // The demo emulator and the shared HTTP transport are closed: storage requests now fail.
    const result = await invoke('objects.list', { profileId: 'local-demo', bucket: 'demo-oss' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
  });
});
