// The browser host: Debian's chromium shows the built renderer, served from loopback under
// the app's CSP, and window.api reaches the real app core (router, storage, links, profiles)
// running in this Node process with an in-memory vault.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installApiBridge } from './api-bridge';
import { dropLocalFiles } from './os-drop';
import { createIpcActivity } from './ipc-activity';
import { startAppCore, type RunningCore } from './app-core';
import { chromiumArgs, findChromium } from './chromium-binary';
import { waitForAppReady } from './ready';
import { serveDirectory, type StaticServer } from './static-server';
import { allSettledOrThrow, runCleanups, userDataDirOrTemp, type Cleanup } from './resources';
import { DEFAULT_VIEWPORT, type AppHandle, type IpcRecord, type LaunchOptions } from './types';

/** Debian's chromium under playwright-core (not Playwright's downloaded browsers). */
export function launchChromium(options: Pick<LaunchOptions, 'headed' | 'locale'> = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs(options.locale), headless: !options.headed });
}

/** A fresh context (viewport, colour scheme, locale) and page, in the given or a new Chromium. */
async function openPage(options: LaunchOptions, cleanups: Cleanup[]): Promise<{ page: Page; context: BrowserContext }> {
  const browser = options.browser ?? (await launchChromium(options));
  if (!options.browser) cleanups.push(() => browser.close());
  const context = await browser.newContext({
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    colorScheme: options.theme ?? 'light',
    ...(options.locale ? { locale: options.locale } : {}),
  });
  cleanups.push(() => context.close());
  return { page: await context.newPage(), context };
}

export async function launchBrowserHost(rootDir: string, options: LaunchOptions): Promise<AppHandle> {
  const rendererDir = join(rootDir, 'app', 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npm run build\` first.`);
  }
  const cleanups: Cleanup[] = [];
  const records: IpcRecord[] = [];
  try {
    const userDataDir = await userDataDirOrTemp(options.userDataDir, cleanups);
    // The app core and the browser page start side by side; each registers its cleanup as
    // soon as it exists, so a failure of either still closes the other.
    const [core, server, { page, context }] = await allSettledOrThrow<[RunningCore, StaticServer, { page: Page; context: BrowserContext }]>([
      startAppCore({ userDataDir, emulator: options.emulator, locale: options.locale }).then((core) => {
        cleanups.push(() => core.close());
        return core;
      }),
      serveDirectory(rendererDir).then((server) => {
        cleanups.push(() => server.close());
        return server;
      }),
      openPage(options, cleanups),
    ]);
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
      clipboardText: async () => core.clipboard.at(-1),
      answerDialogs: async (answers) => core.answerDialogs(answers),
      openedPaths: async () => [...core.openedPaths],
      dropFiles: (target, paths) => dropLocalFiles(target, paths),
      ipcSettled: (quietMs) => activity.settled(quietMs),
      close: () => (closing ??= runCleanups(cleanups)),
    };
  } catch (error) {
    await runCleanups(cleanups).catch(() => undefined);
    throw error;
  }
}
