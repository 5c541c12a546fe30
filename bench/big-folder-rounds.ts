// The renderer benchmarks' frame: one emulator seeded with a big folder, one Chromium, and per
// round a fresh app (browser host: real renderer build, real router) with that folder open.
import type { Page } from 'playwright-core';
import { launchApp, launchChromium } from '../e2e/host';
import { bucketEntry, objectRow } from '../e2e/helpers/locators';
import { BIG_PREFIX } from '../emulator/seed-big';
import { startEmulatorProcess } from './emulator-process';
import { allowTsxPageFunctions } from './render-bench';
import { ensureRendererBuild } from './renderer-build';
import { OSS_BUCKET } from './rivals';

export async function bigFolderRounds<R>(rounds: number, seed: { bigObjects: number; variedBig?: boolean }, round: (page: Page) => Promise<R>): Promise<R[]> {
  ensureRendererBuild();
  const emu = await startEmulatorProcess(seed);
  const browser = await launchChromium();
  const out: R[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      const app = await launchApp({ emulator: emu, browser, host: 'browser' });
      try {
        await allowTsxPageFunctions(app.page);
        await bucketEntry(app.page, OSS_BUCKET).click();
        await objectRow(app.page, BIG_PREFIX).dblclick();
        out.push(await round(app.page));
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
