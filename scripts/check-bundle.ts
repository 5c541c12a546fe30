// `npx tsx scripts/check-bundle.ts` after `npm run build`: the built main and preload bundles
// (1) load nothing but Electron and Node built-ins, (2) the preload exposes exactly one function
// per contract method plus `on` and bundles no zod, (3) the main bundle, loaded on Node with a recording electron
// fake (the shared src-main/testing/electron-fake.ts), opens a hardened window on app:// and answers IPC from the real core.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiMethods, channelNames, localApiFunctions } from '../src-main/ipc/contract';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../src-main/app/security';
import { foreignImports, preloadBloat } from './bundle-imports';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mainBundle = path.join(root, 'app/dist/main/index.js');
const preloadBundle = path.join(root, 'app/dist/preload/index.cjs');
const problems: string[] = [];

function checkImports(): void {
  for (const bundle of [mainBundle, preloadBundle]) {
    const foreign = foreignImports(readFileSync(bundle, 'utf8'));
    if (foreign.length > 0) problems.push(`${path.relative(root, bundle)} loads modules that are not bundled: ${foreign.join(', ')}`);
  }
}

function checkPreload(): void {
  const exposed: Record<string, unknown> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => {}, off: () => {} },
  };
  // Run the CommonJS bundle with `require('electron')` answered by the stub above.
  const code = readFileSync(preloadBundle, 'utf8');
  problems.push(...preloadBloat(code));
  const realRequire = createRequire(preloadBundle);
  const requireStub = (id: string) => (id === 'electron' ? electron : realRequire(id));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(requireStub, module, module.exports);
  const keys = Object.keys((exposed.api ?? {}) as object).sort();
  const expected = [...Object.keys(apiMethods), ...localApiFunctions, 'on'].sort();
  if (JSON.stringify(keys) !== JSON.stringify(expected)) problems.push(`preload exposes [${keys.join(', ')}], expected [${expected.join(', ')}]`);
}

function checkMain(): void {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'bundle-smoke-'));
  try {
    const smokeDir = path.join(root, 'scripts/bundle-smoke');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', path.join(smokeDir, 'register.mjs'), path.join(smokeDir, 'run-main.mjs'), mainBundle, userDataDir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    let report: Record<string, unknown>;
    try {
      report = JSON.parse(line) as Record<string, unknown>;
    } catch {
      problems.push(`main bundle smoke run failed: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
      return;
    }
    const prefs = (report.webPreferences ?? {}) as Record<string, unknown>;
    const page = (report.page ?? {}) as { status?: number; csp?: string };
    const expectations: Array<[boolean, string]> = [
      [report.ready === true, `main never became ready (${String(report.errorBox ?? '')})`],
      [report.sandbox === true, 'app.enableSandbox() not called'],
      [prefs.contextIsolation === true && prefs.sandbox === true && prefs.nodeIntegration === false && prefs.webSecurity === true, 'window webPreferences are not hardened'],
      [report.loadedUrl === APP_ENTRY_URL, `window loaded ${String(report.loadedUrl)}`],
      [JSON.stringify([...(report.channels as string[])].sort()) === JSON.stringify([...channelNames].sort()), 'not every channel is bound to ipcMain'],
      [Array.isArray(report.buckets) && (report.buckets as string[]).includes('demo-oss'), `buckets.list answered ${JSON.stringify(report.buckets)}`],
      [typeof report.netFetches === 'number' && report.netFetches > 0, 'storage requests did not go through electron net.fetch'],
      [page.status === 200 && page.csp === CONTENT_SECURITY_POLICY, `app:// answered ${JSON.stringify(page)}`],
      [report.clipboard === 'bundle-smoke', 'clipboard.writeText does not reach Electron clipboard'],
    ];
    for (const [ok, message] of expectations) if (!ok) problems.push(`main bundle: ${message}`);
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

checkImports();
checkPreload();
checkMain();
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('main and preload bundles: only electron + Node built-ins; preload API complete; main wiring OK');
