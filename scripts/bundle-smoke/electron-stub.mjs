// A recording stand-in for the `electron` module, so the built main bundle can be loaded on
// plain Node by check-bundle.ts. Records what main installs on globalThis.__electronStub.
const record = { listeners: {}, ipc: new Map(), protocol: new Map(), windows: [], schemes: [], sandbox: false };
globalThis.__electronStub = record;

export const app = {
  name: 'Symbucket',
  paths: {},
  setPath(name, value) { this.paths[name] = value; },
  getPath(name) { return this.paths[name] ?? ''; },
  requestSingleInstanceLock: () => true,
  enableSandbox() { record.sandbox = true; },
  on(event, listener) { (record.listeners[event] ??= []).push(listener); },
  whenReady: () => Promise.resolve(),
  getLocale: () => 'en-US',
  quit() {},
  exit(code) { record.exitCode = code; },
};
export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = { id: 1, mainFrame: { url: 'app://symbucket/index.html' }, sent: [], send(channel, payload) { this.sent.push([channel, payload]); }, isDestroyed: () => false };
    record.windows.push(this);
  }
  on() { return this; }
  once() { return this; }
  maximize() {}
  isDestroyed() { return false; }
  async loadURL(url) { this.loadedUrl = url; }
}
export const protocol = {
  registerSchemesAsPrivileged(schemes) { record.schemes.push(...schemes); },
  handle(scheme, handler) { record.protocol.set(scheme, handler); },
};
export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {} } };
export const ipcMain = { handle(channel, handler) { record.ipc.set(channel, handler); }, removeHandler(channel) { record.ipc.delete(channel); } };
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu(menu) { record.menu = menu; } };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const nativeTheme = { shouldUseDarkColors: false };
export const shell = { openExternal: async () => {} };
export const dialog = { showErrorBox(title, detail) { record.errorBox = `${title}: ${detail}`; } };
export const safeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(plain).reverse(),
  decryptString: (data) => Buffer.from(data).reverse().toString(),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};
export default { app, BrowserWindow, protocol, session, ipcMain, Menu, screen, nativeTheme, shell, dialog, safeStorage };
