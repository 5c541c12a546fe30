// Loads the built main bundle against the electron stub and checks its wiring end to end:
// window options, app:// protocol, every IPC channel answering from the real core.
// Usage: node --import ./register.mjs run-main.mjs <bundle> <userDataDir>; prints one JSON line.
const [bundle, userDataDir] = process.argv.slice(2);
process.env.SYMBUCKET_USER_DATA = userDataDir;
process.env.SYMBUCKET_E2E = '1';
await import(new URL(`file://${bundle}`).href);
for (let i = 0; i < 300 && globalThis.__symbucketReady !== true; i++) await new Promise((r) => setTimeout(r, 100));
const stub = globalThis.__electronStub;
const window = stub.windows[0];
const event = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
const buckets = await stub.ipc.get('buckets.list')?.(event, { profileId: 'local-demo' });
const page = await stub.protocol.get('app')?.(new Request('app://symbucket/'));
console.log(JSON.stringify({
  ready: globalThis.__symbucketReady === true,
  errorBox: stub.errorBox,
  sandbox: stub.sandbox,
  schemes: stub.schemes,
  webPreferences: window?.options.webPreferences,
  loadedUrl: window?.loadedUrl,
  channels: [...stub.ipc.keys()],
  buckets: buckets?.ok ? buckets.value.map((b) => b.name) : buckets,
  page: page ? { status: page.status, csp: page.headers.get('content-security-policy') } : undefined,
}));
process.exit(0);
