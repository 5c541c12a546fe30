// The app is ready for a user when its first screen is on it: the sidebar's buckets or the
// object grid. Both hosts wait for this before handing the page out.
import type { Page } from 'playwright-core';

export const READY_TIMEOUT_MS = 30_000;

export async function waitForAppReady(page: Page, timeout = READY_TIMEOUT_MS): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Objects' });
  const bucketEntry = page.getByRole('treeitem').or(page.getByRole('navigation', { name: 'Path' }));
  await grid.or(bucketEntry).first().waitFor({ state: 'visible', timeout });
}
