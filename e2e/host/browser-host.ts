// The browser host: Debian's chromium shows the built renderer, served from loopback under
// the app's CSP, and window.api reaches the real app core (router, storage, links, profiles)
// running in this Node process with an in-memory vault.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installApiBridge } from './api-bridge';
import { createIpcActivity } from './ipc-activity';
import { startAppCore } from './app-core';
import { chromiumArgs, findChromium } from './chromium-binary';
import { waitForAppReady } from './ready';
import { serveDirectory } from './static-server';
import { makeTempDir, runCleanups } from './temp-dir';
import { DEFAULT_VIEWPORT, type AppHandle, type IpcRecord, type LaunchOptions } from './types';

/** Debian's chromium under playwright-core (not Playwright's downloaded browsers). */
export function launchChromium(options: Pick<LaunchOptions, 'headed' | 'locale'> = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs(options.locale), headless: !options.headed });
}

export async function launchBrowserHost(rootDir: string, options: LaunchOptions): Promise<AppHandle> {
  const rendererDir = join(rootDir, 'app', 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npm run build\` first.`);
  }
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  const records: IpcRecord[] = [];
  try {
    let userDataDir = options.userDataDir;
    if (userDataDir === undefined) {
      const temp = await makeTempDir('userdata');
      cleanups.push(temp.remove);
      userDataDir = temp.path;
    }
    const core = await startAppCore({ userDataDir, emulator: options.emulator, locale: options.locale });
    cleanups.push(() => core.close());

    const server = await serveDirectory(rendererDir);
    cleanups.push(() => server.close());

    const browser = options.browser ?? (await launchChromium(options));
    if (!options.browser) cleanups.push(() => browser.close());
    const context = await browser.newContext({
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      colorScheme: options.theme ?? 'light',
      ...(options.locale ? { locale: options.locale } : {}),
    });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const activity = createIpcActivity();
    const unsubscribe = await installApiBridge(page, core.router, {
      activity,
      ...(options.recordIpc ? { record: (r: IpcRecord) => records.push(r) } : {}),
    });
    cleanups.push(unsubscribe);
    const closed = new Promise<void>((done) => {
      page.once('close', () => done());
      context.once('close', () => done());
    });

    await page.goto(server.url);
    await waitForAppReady(page);

    let closing: Promise<void> | undefined;
    return {
      page,
      host: 'browser',
      closed,
      ipcRecords: async () => [...records],
      mainLog: () => [...core.mainLog],
      ipcSettled: (quietMs) => activity.settled(quietMs),
      close: () => (closing ??= runCleanups(cleanups)),
    };
  } catch (error) {
    await runCleanups(cleanups).catch(() => undefined);
    throw error;
  }
}
