// Moving around the app the way a user does: click a bucket, double-click folders.
import type { Page } from 'playwright-core';
import { bucketEntry, ENGLISH_LABELS, objectRow, objectsGrid, pathBar, type RegionLabels } from './locators';

export async function openBucket(page: Page, bucket: string, labels: RegionLabels = ENGLISH_LABELS): Promise<void> {
  await bucketEntry(page, bucket).click();
  await pathBar(page, labels).getByText(bucket, { exact: true }).first().waitFor();
  await objectsGrid(page, labels).waitFor();
}

/** Opens a folder of the current listing by its name (without the trailing slash). */
export async function openFolder(page: Page, folder: string, labels: RegionLabels = ENGLISH_LABELS): Promise<void> {
  await objectRow(page, `${folder}/`, labels).dblclick();
  await pathBar(page, labels).getByText(folder, { exact: true }).first().waitFor();
}

export async function openPath(page: Page, path: { bucket: string; folders: readonly string[] }, labels: RegionLabels = ENGLISH_LABELS): Promise<void> {
  await openBucket(page, path.bucket, labels);
  for (const folder of path.folders) await openFolder(page, folder, labels);
}
