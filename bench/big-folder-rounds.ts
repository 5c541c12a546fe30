// Rounds that start with the big folder open (sort-100k, hold-end-1m): the browser-host frame of
// browser-rounds.ts, then the bucket and a double-click on big/.
import type { Page } from 'playwright-core';
import { bucketEntry, objectRow } from '../e2e/helpers/locators';
import { BIG_PREFIX } from '../emulator/seed-big';
import { type BigSeed, browserHostRounds } from './browser-rounds';
import { OSS_BUCKET } from './rivals';

export async function bigFolderRounds<R>(rounds: number, seed: BigSeed, round: (page: Page) => Promise<R>): Promise<R[]> {
  return browserHostRounds(rounds, seed, async ({ page }) => {
    await bucketEntry(page, OSS_BUCKET).click();
    await objectRow(page, BIG_PREFIX).dblclick();
    return round(page);
  });
}
