// At 1,024 px the link target, a link row's key information, is shown whole; columns resize by
// dragging their header edges and keep their widths after a reload.
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS, demoLink, lastSegment } from '../../helpers/demo';
import { objectRow, objectsGrid } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';

test.use({ appOptions: { viewport: { width: 1024, height: 720 } } });

test('a 1,024-px window shows a link target whole, with a full-text tooltip', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', state: 'broken' });
  await openBucket(page, link.bucket);
  const target = objectRow(page, lastSegment(link.key)).getByRole('button', { name: link.target, exact: true });
  await expect(target).toBeVisible();
  await expect(target).toHaveAttribute('title', link.target);
  expect(await target.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('dragging a header edge resizes the column and the width survives a reload', async ({ app }) => {
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  const header = objectsGrid(page).getByRole('columnheader', { name: 'Last modified', exact: true });
  const before = (await header.boundingBox())!.width;
  const edge = page.getByRole('separator', { name: 'Resize column Last modified' });
  const box = (await edge.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before - 60));
  await page.reload();
  await openBucket(page, DEMO_BUCKETS.oss);
  await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before - 60));
});
