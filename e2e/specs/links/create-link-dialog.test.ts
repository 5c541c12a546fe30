// The Create link dialog on OSS and BOS: prefilled from the selection, a BOS target bucket,
// and the conflict path where an object already has the link's name.
import type { Locator, Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { openCreateLinkDialog } from '../../helpers/link-dialog';
import { objectRow } from '../../helpers/locators';

/** Create closed the dialog and selected the new link, whose row shows its target. */
async function expectLinkSelected(page: Page, dialog: Locator, name: string, shownTarget: string): Promise<void> {
  await expect(dialog).toBeHidden();
  const row = objectRow(page, name);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toContainText(shownTarget);
}

test('creates an OSS link from the context menu, prefilled with the selected object', async ({ app }) => {
  const { page } = app;
  const { dialog, name, target, targetBucket, create } = await openCreateLinkDialog(page, DEMO_BUCKETS.oss, 'readme.txt');
  await expect(target).toHaveValue('readme.txt');
  // Defaults to the object's name, made unique in this folder.
  await expect(name).not.toHaveValue('');
  await expect(name).not.toHaveValue('readme.txt');
  await expect(targetBucket).toHaveCount(0);

  await name.fill('readme-link.txt');
  await create.click();
  await expectLinkSelected(page, dialog, 'readme-link.txt', 'readme.txt');
});

test('creates a BOS cross-bucket link with a target bucket', async ({ app }) => {
  const { page } = app;
  const { dialog, name, target, targetBucket, create } = await openCreateLinkDialog(page, DEMO_BUCKETS.bos, 'readme.txt');
  await expect(targetBucket).toHaveValue(DEMO_BUCKETS.bos);
  await targetBucket.selectOption(DEMO_BUCKETS.bosMedia);
  await name.fill('poster-link.png');
  await target.fill('images/poster.png');
  await create.click();
  await expectLinkSelected(page, dialog, 'poster-link.png', `${DEMO_BUCKETS.bosMedia}/images/poster.png`);
});

for (const bucket of [DEMO_BUCKETS.oss, DEMO_BUCKETS.bos]) {
  test(`on a name conflict in ${bucket} the dialog shows what exists and replaces it only when asked`, async ({ app }) => {
    const { page } = app;
    const { dialog, name, replace, create } = await openCreateLinkDialog(page, bucket, 'readme.txt');
    await expect(replace).not.toBeChecked();
    await name.fill('data.json');
    await create.click();

    // Nothing written: the dialog stays and names the existing object.
    await expect(dialog.getByRole('alert')).toContainText('data.json');
    await expect(dialog).toBeVisible();
    await expect(objectRow(page, 'data.json')).not.toContainText('readme.txt');

    await replace.check();
    await create.click();
    await expectLinkSelected(page, dialog, 'data.json', 'readme.txt');
  });
}

test('validation errors appear beside the field and Esc cancels', async ({ app }) => {
  const { page } = app;
  const { dialog, target, create } = await openCreateLinkDialog(page, DEMO_BUCKETS.oss, 'readme.txt');
  await target.fill('');
  await create.click();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('after a name conflict Esc still closes the dialog and focus returns to the row', async ({ app }) => {
  const { page } = app;
  const { dialog, name, create } = await openCreateLinkDialog(page, DEMO_BUCKETS.oss, 'readme.txt');
  await name.fill('data.json');
  await create.click();
  await expect(dialog.getByRole('alert')).toContainText('data.json');
  await page.keyboard.press('Tab');
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(objectRow(page, 'readme.txt')).toBeFocused();
});

test('says beside Target at once when the target is missing or itself a link', async ({ app }) => {
  const { page } = app;
  const { dialog, target, create } = await openCreateLinkDialog(page, DEMO_BUCKETS.oss, 'readme.txt');
  await target.fill('latest-report.pdf');
  await expect(dialog.getByRole('status')).toContainText('“latest-report.pdf” is itself a link (to “docs/reports/2026/q3.pdf”)');
  await dialog.getByRole('button', { name: 'Point to its target instead' }).click();
  await expect(target).toHaveValue('docs/reports/2026/q3.pdf');
  await target.fill('docs/not-yet.txt');
  await expect(dialog.getByText('No object at “docs/not-yet.txt” yet: the link will be broken until one exists.')).toBeVisible();
  await create.click();
  await expect(dialog.getByRole('alert')).toContainText('create the link anyway?');
  await dialog.getByRole('button', { name: 'Create anyway' }).click();
  await expect(dialog).toBeHidden();
});
