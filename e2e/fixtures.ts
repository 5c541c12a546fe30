// `test` for e2e specs: `app` is the whole app launched fresh for each test with its own
// user-data dir under the test's output dir; `launch` starts more (custom emulator, IPC
// recording), all closed after the test. On failure a screenshot of each app is attached.
// In the browser host one Chromium per worker serves every test, each in a new context.
import { test as base, expect } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchApp, launchChromium, resolveHost, type AppHandle, type LaunchOptions } from './host';

export type LaunchFn = (options?: LaunchOptions) => Promise<AppHandle>;

export const test = base.extend<{ appOptions: LaunchOptions; launch: LaunchFn; app: AppHandle }, { sharedChromium: Browser | undefined }>({
  sharedChromium: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this destructuring
    async ({}, use) => {
      const browser = resolveHost() === 'browser' ? await launchChromium() : undefined;
      await use(browser);
      await browser?.close();
    },
    { scope: 'worker' },
  ],

  appOptions: [{}, { option: true }],

  launch: async ({ appOptions, sharedChromium }, use, testInfo) => {
    const apps: AppHandle[] = [];
    await use(async (options = {}) => {
      const userDataDir = join(testInfo.outputDir, `userdata-${apps.length}`);
      const app = await launchApp({ userDataDir, ...(sharedChromium ? { browser: sharedChromium } : {}), ...appOptions, ...options });
      apps.push(app);
      return app;
    });
    for (const [index, app] of apps.entries()) {
      if (testInfo.status !== testInfo.expectedStatus) {
        const shot = await app.page.screenshot().catch(() => undefined);
        if (shot) await testInfo.attach(`app-${index}.png`, { body: shot, contentType: 'image/png' });
        const log = app.mainLog();
        if (log.length > 0) await testInfo.attach(`app-${index}-main.log`, { body: log.join('\n'), contentType: 'text/plain' });
      }
      await app.close();
    }
  },

  app: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect };
