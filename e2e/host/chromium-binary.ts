// Finds Debian's chromium (the browser host does not use Playwright's downloaded browsers).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const candidates = ['chromium', 'chromium-browser'];

/** Flags that keep Chromium from reaching for the network or a sandbox we lack as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROMIUM_PATH` if set, else the first chromium on PATH (like `which chromium`). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, canRun: (path: string) => boolean = isExecutable): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of candidates) {
      const path = join(dir, name);
      if (canRun(path)) return path;
    }
  }
  throw new Error('Chromium not found: install it with `apt-get install -y --no-install-recommends chromium` or set CHROMIUM_PATH.');
}

/** Chromium's UI language follows --lang; the page's navigator.language follows the context locale. */
export function chromiumArgs(locale?: string): string[] {
  return locale ? [...CHROMIUM_ARGS, `--lang=${locale}`] : [...CHROMIUM_ARGS];
}
