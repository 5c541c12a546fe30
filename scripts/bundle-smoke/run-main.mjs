// Loads the built main bundle against the shared Electron fake and checks its wiring end to
// end: window options, app:// protocol, every IPC channel answering from the real core.
// Usage: node --import tsx --import ./register.mjs run-main.mjs <bundle> <userDataDir>; prints one JSON line.
const [bundle, userDataDir] = process.argv.slice(2);
process.env.SYMBUCKET_USER_DATA = userDataDir;
process.env.SYMBUCKET_E2E = '1';
const { electronFake: fake } = await import('electron');
await import(new URL(`file://${bundle}`).href);
for (let i = 0; i < 300 && globalThis.__symbucketReady !== true; i++) await new Promise((r) => setTimeout(r, 100));
const window = fake.windows[0];
const event = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
const buckets = await fake.ipcHandlers.get('buckets.list')?.(event, { profileId: 'local-demo' });
const page = await fake.protocolHandlers.get('app')?.(new Request('app://symbucket/'));
await fake.ipcHandlers.get('clipboard.writeText')?.(event, { text: 'bundle-smoke' });
console.log(JSON.stringify({
  ready: globalThis.__symbucketReady === true,
  errorBox: fake.errorBoxes.join(' | '),
  sandbox: fake.calls.sandbox > 0,
  schemes: fake.schemes,
  webPreferences: window?.fake.options.webPreferences,
  loadedUrl: window?.fake.loadedUrl,
  channels: [...fake.ipcHandlers.keys()],
  clipboard: fake.clipboard.at(-1),
  buckets: buckets?.ok ? buckets.value.map((b) => b.name) : buckets,
  netFetches: fake.netFetches,
  page: page ? { status: page.status, csp: page.headers.get('content-security-policy') } : undefined,
}));
process.exit(0);
