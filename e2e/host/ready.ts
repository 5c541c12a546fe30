// The app is ready for a user when its first screen is on it: the sidebar's buckets, the
// object grid, or an error it shows instead (a profile that cannot list its buckets).
// Both hosts wait for this before handing the page out.
import type { Page } from 'playwright-core';

export const READY_TIMEOUT_MS = 30_000;

export async function waitForAppReady(page: Page, timeout = READY_TIMEOUT_MS): Promise<void> {
  const firstScreen = page
    .getByRole('treeitem')
    .or(page.getByRole('grid'))
    .or(page.getByRole('navigation'))
    .or(page.getByRole('alert'));
  await firstScreen.first().waitFor({ state: 'visible', timeout });
}
