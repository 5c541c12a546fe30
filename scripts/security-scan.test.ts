// The electronegativity step of `npm test` is worth something only if it fails: scan small
// fixture apps with the same settings and see it report (and honour eng-disable comments).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockingFindings, scan } from './security-scan';

const base = mkdtempSync(path.join(tmpdir(), 'security-scan-fixture-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function fixture(name: string, main: string): string {
  mkdirSync(path.join(base, name, 'src-main'), { recursive: true });
  writeFileSync(path.join(base, name, 'src-main', 'index.ts'), main);
  return name;
}

const ids = async (name: string) => blockingFindings(await scan(base, [`${name}/src-main`], '45.3.4')).map((f) => `${f.id}`).sort();

describe('security scan (electronegativity)', () => {
  it('fails on an unhardened window, on webPreferences built by a helper, and on a bare openExternal', async () => {
    const name = fixture(
      'unsafe',
      [
        "import { BrowserWindow, shell } from 'electron';",
        'const prefs = (p: string) => ({ preload: p, contextIsolation: true, sandbox: true });',
        "export const open = () => new BrowserWindow({ webPreferences: prefs('x') });",
        'export const go = (url: string) => shell.openExternal(url);',
      ].join('\n'),
    );
    expect(await ids(name)).toEqual(expect.arrayContaining(['AUXCLICK_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'SANDBOX_JS_CHECK']));
  }, 60_000);

  it('passes the same window with literal hardened webPreferences and an accepted openExternal', async () => {
    const name = fixture(
      'hardened',
      [
        "import { BrowserWindow, shell } from 'electron';",
        'export const open = () => new BrowserWindow({',
        "  webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, disableBlinkFeatures: 'Auxclick' },",
        '});',
        'export const go = (href: string) => shell.openExternal(href); /* eng-disable OPEN_EXTERNAL_JS_CHECK */',
      ].join('\n'),
    );
    // Global checks (CSP, navigation limits, permission handler) need the whole app, which this fixture is not.
    expect((await ids(name)).filter((id) => !id.endsWith('_GLOBAL_CHECK'))).toEqual([]);
  }, 60_000);
});
