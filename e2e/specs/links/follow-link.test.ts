// Following a link: right-click "Follow link" or double-click. The app opens the target's
// folder (switching bucket for BOS cross-bucket links), selects the target and shows it; a
// broken link explains itself and offers to retarget.
import type { Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { openRowMenu } from '../../helpers/actions';
import { DEMO_BUCKETS, demoLink, foldersOf, lastSegment } from '../../helpers/demo';
import { menuItem, objectRow, pathBar } from '../../helpers/locators';
import { openBucket, openPath } from '../../helpers/navigate';

/** The target is open in its folder, selected and on screen. */
async function expectRevealed(page: Page, bucket: string, targetKey: string): Promise<void> {
  const bar = pathBar(page);
  await expect(bar).toContainText(bucket);
  for (const folder of foldersOf(targetKey)) await expect(bar).toContainText(folder);
  const target = objectRow(page, lastSegment(targetKey));
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(target).toBeInViewport();
}

test('right-click "Follow link" on an OSS link reveals its target', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', key: 'latest-report.pdf' });
  await openBucket(page, link.bucket);
  const menu = await openRowMenu(page, lastSegment(link.key));
  await menu.getByRole('menuitem', { name: 'Follow link', exact: true }).click();
  await expectRevealed(page, link.bucket, link.target);
  await expect(menu).toBeHidden();
});

test('double-clicking a link follows it', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', key: 'photos/cover.jpg' });
  await openPath(page, { bucket: link.bucket, folders: foldersOf(link.key) });
  await objectRow(page, lastSegment(link.key)).dblclick();
  await expectRevealed(page, link.bucket, link.target);
});

test('clicking the target text of a link follows it', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', key: 'latest-report.pdf' });
  await openBucket(page, link.bucket);
  const targetText = objectRow(page, lastSegment(link.key)).getByRole('button', { name: link.target, exact: true });
  await targetText.hover();
  await expect(targetText).toHaveCSS('text-decoration-line', 'underline');
  await targetText.click();
  await expectRevealed(page, link.bucket, link.target);
});

test('following a BOS cross-bucket link switches to the target bucket', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'bos', crossBucket: true, key: 'intro-video.mp4' });
  await openBucket(page, link.bucket);
  const row = objectRow(page, lastSegment(link.key));
  // BOS listings do not mark links: the row is a link once its target has been resolved.
  await expect(row).toContainText(`${link.targetBucket}/${link.target}`);
  await (await openRowMenu(page, lastSegment(link.key))).getByRole('menuitem', { name: 'Follow link', exact: true }).click();
  await expectRevealed(page, link.targetBucket!, link.target);
  await expect(page.getByRole('treeitem', { name: link.targetBucket, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('treeitem', { name: DEMO_BUCKETS.bos, exact: true })).toHaveAttribute('aria-selected', 'false');
});

test('double-clicking a BOS cross-bucket link follows it too', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'bos', crossBucket: true, key: 'media/poster.png' });
  await openPath(page, { bucket: link.bucket, folders: foldersOf(link.key) });
  const row = objectRow(page, lastSegment(link.key));
  await expect(row).toContainText(`${link.targetBucket}/${link.target}`);
  await row.dblclick();
  await expectRevealed(page, link.targetBucket!, link.target);
});

for (const provider of ['oss', 'bos'] as const) {
  test(`following a broken ${provider.toUpperCase()} link says the target is missing and offers to retarget`, async ({ app }) => {
    const { page } = app;
    const link = demoLink({ provider, state: 'broken' });
    await openBucket(page, link.bucket);
    const row = objectRow(page, lastSegment(link.key));
    await expect(row).toContainText(link.target);
    await (await openRowMenu(page, lastSegment(link.key))).getByRole('menuitem', { name: 'Follow link', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(link.target);
    await expect(dialog).toContainText(/does not exist|missing|not found/i);
    await expect(dialog.getByRole('button', { name: /^Retarget/ })).toBeVisible();
    // Still where we were: nothing was opened.
    await expect(row).toBeVisible();
  });
}

test('a link row offers the link commands in its context menu', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', key: 'latest-report.pdf' });
  await openBucket(page, link.bucket);
  await openRowMenu(page, lastSegment(link.key));
  for (const name of ['Follow link', 'Create link…', 'Retarget link…', 'Delete…'] as const) await expect(menuItem(page, name)).toBeVisible();
  await page.keyboard.press('Escape');
  await openRowMenu(page, 'readme.txt');
  await expect(menuItem(page, 'Create link…')).toBeVisible();
  await expect(menuItem(page, 'Follow link')).toHaveCount(0);
});

test('Enter on a selected link follows it', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', key: 'docs/reports/current.pdf' });
  await openPath(page, { bucket: link.bucket, folders: foldersOf(link.key) });
  await objectRow(page, lastSegment(link.key)).click();
  await page.keyboard.press('Enter');
  await expectRevealed(page, link.bucket, link.target);
});

test('"Retarget…" on a broken link repairs it', async ({ app }) => {
  const { page } = app;
  const link = demoLink({ provider: 'oss', state: 'broken' });
  await openBucket(page, link.bucket);
  const row = objectRow(page, lastSegment(link.key));
  await row.dblclick();
  await page.getByRole('dialog').getByRole('button', { name: /^Retarget/ }).click();

  const retarget = page.getByRole('dialog', { name: 'Retarget link' });
  const target = retarget.getByRole('textbox', { name: 'Target', exact: true });
  await expect(target).toHaveValue(link.target);
  await target.fill('readme.txt');
  await retarget.getByRole('button', { name: 'Retarget', exact: true }).click();
  await expect(retarget).toBeHidden();
  await expect(row.getByRole('gridcell').last()).toHaveText(/^readme\.txt/);
  await expect(row).not.toContainText('Broken');

  await row.dblclick();
  await expectRevealed(page, link.bucket, 'readme.txt');
});
