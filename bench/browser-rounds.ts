// The renderer benchmarks' frame: one emulator process seeded with a big folder, one chromium, and
// per round a fresh app in the browser host (real router, real renderer build) that is closed
// whatever the round does.
import type { Page } from 'playwright-core';
import { type AppHandle, launchApp, launchChromium } from '../e2e/host';
import { startEmulatorProcess } from './emulator-process';
import { ensureRendererBuild } from './renderer-build';

/** tsx names functions with a `__name` helper; page functions of the benchmarks run in the page, where it is missing. */
export async function allowTsxPageFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = (fn) => fn');
}

export type BigSeed = { bigObjects: number; variedBig?: boolean };

export async function browserHostRounds<T>(rounds: number, seed: BigSeed, round: (app: AppHandle) => Promise<T>, options: { recordIpc?: boolean } = {}): Promise<T[]> {
  ensureRendererBuild();
  const emu = await startEmulatorProcess(seed);
  const browser = await launchChromium();
  const out: T[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      const app = await launchApp({ emulator: emu, browser, host: 'browser', recordIpc: options.recordIpc ?? false });
      try {
        await allowTsxPageFunctions(app.page);
        out.push(await round(app));
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
    await emu.close();
  }
  return out;
}
