// `npm run test:security`: electronegativity over src-main and src-renderer; any HIGH or
// MEDIUM finding fails. Accepted findings carry an `eng-disable` comment justified in
// SECURITY.md. The sources are copied into one temporary tree (tests left out) so the
// scanner sees the renderer's CSP and main's BrowserWindow together.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ScanIssue } from '@doyensec/electronegativity/dist/runner.js';

/**
 * electronegativity's runner first fetches "updated translations" from the internet (its
 * locales/i18n.js, via got). Tests send nothing off this machine: that module is replaced in the
 * require cache by one that sets up the English messages the package ships.
 */
function installOfflineMessages(): void {
  const require = createRequire(import.meta.url);
  const i18nModule = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = createRequire(i18nModule)('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  const offline = (): Promise<void> => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.dirname(i18nModule), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  require.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: offline } as unknown as NodeJS.Module;
}

installOfflineMessages();
const { default: run } = await import('@doyensec/electronegativity/dist/runner.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCANNED_DIRS = ['src-main', 'src-renderer'];
/** The release-list check downloads Electron's release index from GitHub; the version is pinned in package.json. */
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

export function blockingFindings(issues: readonly ScanIssue[]): ScanIssue[] {
  return issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name.toUpperCase()));
}

export function describeFinding(issue: ScanIssue): string {
  return `${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column} ${issue.sample.slice(0, 120)}`;
}

/** Scans copies of `dirs` (paths relative to `base`) as one app; returns every finding. */
export async function scan(base: string, dirs: readonly string[], electronVersion: string): Promise<ScanIssue[]> {
  const tree = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  try {
    for (const dir of dirs) {
      cpSync(path.join(base, dir), path.join(tree, dir), { recursive: true, filter: (source) => !/\.test\.tsx?$/.test(source) });
    }
    const result = await run({ input: tree, isRelative: true, excludeFromScan: OFFLINE_EXCLUDED, electronVersionOverride: electronVersion }, false);
    return result.issues;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
  const electronVersion = pkg.devDependencies.electron;
  const findings = blockingFindings(await scan(root, SCANNED_DIRS, electronVersion));
  for (const finding of findings) console.error(describeFinding(finding));
  if (findings.length > 0) {
    console.error(`electronegativity: ${findings.length} HIGH/MEDIUM finding(s) in ${SCANNED_DIRS.join(', ')} (see SECURITY.md for how to accept one)`);
    return 1;
  }
  console.log(`electronegativity: 0 HIGH/MEDIUM findings in ${SCANNED_DIRS.join(', ')} (Electron ${electronVersion})`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code));
}
