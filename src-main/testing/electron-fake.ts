// The one stand-in for the `electron` module, for every test of the shell and for the bundle
// smoke run (scripts/bundle-smoke). Each member exists in Electron 45's own types: the
// `satisfies Only<…>` checks below fail typecheck for a name electron.d.ts does not have.
// It records what main installs; `electronFake` exposes the record. Deprecated APIs (the
// synchronous safeStorage calls) are left out on purpose, so code using them fails here.
import type * as Electron from 'electron';

type Listener = (...args: never[]) => unknown;
/** Only members that the real Electron type has (values are the fake's own). */
type Only<T> = { [K in keyof T]?: unknown };

function emitter(listeners: Map<string, Listener[]>) {
  return {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event: string, listener: Listener) {
      const once = (...args: never[]) => {
        listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== once));
        return listener(...args);
      };
      return this.on(event, once);
    },
    emit(event: string, ...args: unknown[]) {
      const current = listeners.get(event) ?? [];
      for (const listener of current) (listener as (...a: unknown[]) => unknown)(...args);
      return current.length > 0;
    },
    listenerCount: (event: string) => listeners.get(event)?.length ?? 0,
  };
}

const appListeners = new Map<string, Listener[]>();
const paths = new Map<string, string>([['appData', '/fake-electron/appData']]);

export const electronFake = {
  appListeners,
  paths,
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, (event: unknown, input: unknown, call?: unknown) => Promise<unknown>>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  schemes: [] as Electron.CustomScheme[],
  permission: {} as { request?: Listener; check?: Listener; device?: Listener },
  menuTemplates: [] as Electron.MenuItemConstructorOptions[][],
  opened: [] as string[],
  /** Texts written with clipboard.writeText (Copy URL goes through main). */
  clipboard: [] as string[],
  errorBoxes: [] as string[],
  /** Requests main sent through net.fetch (its storage wire in the app). */
  netFetches: 0,
  calls: { sandbox: 0, lock: 0, quit: 0, exit: [] as number[] },
  /** Answers of safeStorage.isAsyncEncryptionAvailable / getSelectedStorageBackend. */
  keyring: { available: true, backend: 'gnome_libsecret' as ReturnType<Electron.SafeStorage['getSelectedStorageBackend']> },
};

export const app = {
  ...emitter(appListeners),
  name: 'Symbucket',
  isPackaged: false,
  setPath: (name: string, value: string) => void paths.set(name, value),
  getPath: (name: string) => paths.get(name) ?? '',
  requestSingleInstanceLock: () => (electronFake.calls.lock++, true),
  enableSandbox: () => void electronFake.calls.sandbox++,
  whenReady: () => Promise.resolve(),
  getLocale: () => 'en-US',
  quit: () => void electronFake.calls.quit++,
  exit: (code = 0) => void electronFake.calls.exit.push(code),
} satisfies Only<Electron.App>;

let nextWebContentsId = 41;

/** Members Electron's BrowserWindow has, plus `fake` (what tests inspect). */
export class FakeBrowserWindow {
  readonly fake: {
    options: Electron.BrowserWindowConstructorOptions;
    listeners: Map<string, Listener[]>;
    calls: string[];
    sent: Array<[string, unknown]>;
    loadedUrl?: string;
    visible: boolean;
    maximized: boolean;
  };
  readonly webContents;
  private readonly events;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    const listeners = new Map<string, Listener[]>();
    this.fake = { options, listeners, calls: [], sent: [], visible: options.show !== false, maximized: false };
    this.events = emitter(listeners);
    const sent = this.fake.sent;
    this.webContents = {
      id: nextWebContentsId++,
      mainFrame: { url: 'app://symbucket/index.html' },
      send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
      isDestroyed: () => false,
    } satisfies Only<Electron.WebContents>;
    electronFake.windows.push(this);
  }
  on(event: string, listener: Listener) {
    this.events.on(event, listener);
    return this;
  }
  once(event: string, listener: Listener) {
    this.events.once(event, listener);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    return this.events.emit(event, ...args);
  }
  /** Like Electron: maximize() also shows a hidden window. */
  maximize() {
    this.fake.calls.push('maximize');
    this.fake.maximized = this.fake.visible = true;
  }
  show() {
    this.fake.calls.push('show');
    this.fake.visible = true;
  }
  isVisible() {
    return this.fake.visible;
  }
  isMaximized() {
    return this.fake.maximized;
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  restore() {}
  focus() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: this.fake.options.width ?? 800, height: this.fake.options.height ?? 600 };
  }
  async loadURL(url: string) {
    this.fake.loadedUrl = url;
  }
}
// Typecheck fails if the fake grows a member the real BrowserWindow does not have.
type NotOnBrowserWindow = Exclude<keyof FakeBrowserWindow, keyof Electron.BrowserWindow | 'fake'>;
export const BrowserWindow: [NotOnBrowserWindow] extends [never] ? typeof FakeBrowserWindow : never = FakeBrowserWindow;

export const protocol = {
  registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => void electronFake.schemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void electronFake.protocolHandlers.set(scheme, handler),
} satisfies Only<Electron.Protocol>;

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (electronFake.permission.request = handler),
    setPermissionCheckHandler: (handler: Listener) => void (electronFake.permission.check = handler),
    setDevicePermissionHandler: (handler: Listener) => void (electronFake.permission.device = handler),
  } satisfies Only<Electron.Session>,
};

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, input: unknown, call?: unknown) => Promise<unknown>) => {
    // Like Electron: a second handler for one channel is an error.
    if (electronFake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    electronFake.ipcHandlers.set(channel, handler);
  },
  removeHandler: (channel: string) => void electronFake.ipcHandlers.delete(channel),
} satisfies Only<Electron.IpcMain>;

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => ({ template }),
  setApplicationMenu: (menu: { template: Electron.MenuItemConstructorOptions[] } | null) => void (menu && electronFake.menuTemplates.push(menu.template)),
} satisfies Only<typeof Electron.Menu>;

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] } satisfies Only<Electron.Screen>;
export const nativeTheme = { shouldUseDarkColors: false } satisfies Only<Electron.NativeTheme>;
export const shell = { openExternal: async (url: string) => void electronFake.opened.push(url) } satisfies Only<Electron.Shell>;
/** Chromium's fetch, played by Node's: main sends storage requests through it (system proxy, PAC, OS certificates). */
export const net = {
  fetch: (url: string, init?: RequestInit) => (electronFake.netFetches++, globalThis.fetch(url, init)),
} satisfies Only<Electron.Net>;
export const clipboard = { writeText: (text: string) => void electronFake.clipboard.push(text) } satisfies Only<Electron.Clipboard>;
export const dialog = { showErrorBox: (title: string, content: string) => void electronFake.errorBoxes.push(`${title}: ${content}`) } satisfies Only<Electron.Dialog>;

/** A reversible "encryption" so tests can tell sealed from plain bytes. */
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => electronFake.keyring.available,
  encryptStringAsync: async (plain: string) => Buffer.from(`sealed:${plain}`).reverse(),
  decryptStringAsync: async (data: Buffer) => ({ shouldReEncrypt: false, result: Buffer.from(data).reverse().toString().replace(/^sealed:/, '') }),
  getSelectedStorageBackend: () => electronFake.keyring.backend,
} satisfies Only<Electron.SafeStorage>;

const electron = { app, BrowserWindow, protocol, session, ipcMain, Menu, screen, nativeTheme, shell, net, clipboard, dialog, safeStorage };
export default electron;

/** The fake seen through Electron's own types, to hand to a setupX(app, …) in a test. */
export const typed = electron as unknown as {
  app: typeof Electron.app;
  protocol: typeof Electron.protocol;
  session: typeof Electron.session;
  Menu: typeof Electron.Menu;
  ipcMain: typeof Electron.ipcMain;
  shell: typeof Electron.shell;
  safeStorage: typeof Electron.safeStorage;
};
