// First run: the local demo profile is selected and the buckets of both providers show;
// opening one lists its objects, folders first.
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { bucketEntry, objectRow, objectsGrid, pathBar } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

test('shows the demo buckets of OSS and BOS and lists their objects', async ({ app }) => {
  const { page } = app;
  for (const bucket of Object.values(DEMO_BUCKETS)) await expect(bucketEntry(page, bucket)).toBeVisible();

  await openBucket(page, DEMO_BUCKETS.oss);
  await expect(objectRow(page, 'docs/')).toBeVisible();
  await expect(objectRow(page, 'readme.txt')).toBeVisible();
  await expect(objectRow(page, 'latest-report.pdf')).toBeVisible();
  // Folders come first.
  await expect(objectsGrid(page).getByRole('row').nth(1)).toHaveAccessibleName(/\/$/);

  await openFolder(page, 'photos');
  await openFolder(page, '2025');
  await expect(objectRow(page, 'img-001.jpg')).toBeVisible();
  await expect(pathBar(page)).toContainText('2025');

  await openBucket(page, DEMO_BUCKETS.bos);
  await expect(objectRow(page, 'readme.txt')).toBeVisible();
  await expect(objectRow(page, 'intro-video.mp4')).toBeVisible();
  await expect(objectRow(page, 'photos/')).toBeVisible();
});
