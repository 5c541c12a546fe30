// The Create link dialog on OSS and BOS: prefilled from the selection, a BOS target bucket,
// and the conflict path where an object already has the link's name.
import { test, expect } from '../../fixtures';
import { openRowMenu } from '../../helpers/actions';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { createLinkDialog, menuItem, objectRow } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';

test('creates an OSS link from the context menu, prefilled with the selected object', async ({ app }) => {
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openRowMenu(page, 'readme.txt');
  await menuItem(page, 'Create link…').click();

  const dialog = createLinkDialog(page);
  await expect(dialog).toBeVisible();
  const name = dialog.getByRole('textbox', { name: 'Link name', exact: true });
  const target = dialog.getByRole('textbox', { name: 'Target', exact: true });
  await expect(target).toHaveValue('readme.txt');
  // Defaults to the object's name, made unique in this folder.
  await expect(name).not.toHaveValue('');
  await expect(name).not.toHaveValue('readme.txt');
  await expect(dialog.getByRole('combobox', { name: 'Target bucket' })).toHaveCount(0);

  await name.fill('readme-link.txt');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  const created = objectRow(page, 'readme-link.txt');
  await expect(created).toHaveAttribute('aria-selected', 'true');
  await expect(created).toContainText('readme.txt');
});

test('creates a BOS cross-bucket link with a target bucket', async ({ app }) => {
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.bos);
  await openRowMenu(page, 'readme.txt');
  await menuItem(page, 'Create link…').click();

  const dialog = createLinkDialog(page);
  const targetBucket = dialog.getByRole('combobox', { name: 'Target bucket' });
  await expect(targetBucket).toHaveValue(DEMO_BUCKETS.bos);
  await targetBucket.selectOption(DEMO_BUCKETS.bosMedia);
  await dialog.getByRole('textbox', { name: 'Link name', exact: true }).fill('poster-link.png');
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('images/poster.png');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(dialog).toBeHidden();
  const created = objectRow(page, 'poster-link.png');
  await expect(created).toHaveAttribute('aria-selected', 'true');
  await expect(created).toContainText(`${DEMO_BUCKETS.bosMedia}/images/poster.png`);
});

for (const bucket of [DEMO_BUCKETS.oss, DEMO_BUCKETS.bos]) {
  test(`on a name conflict in ${bucket} the dialog shows what exists and replaces it only when asked`, async ({ app }) => {
    const { page } = app;
    await openBucket(page, bucket);
    await openRowMenu(page, 'readme.txt');
    await menuItem(page, 'Create link…').click();

    const dialog = createLinkDialog(page);
    const replace = dialog.getByRole('checkbox', { name: 'Replace existing object' });
    await expect(replace).not.toBeChecked();
    await dialog.getByRole('textbox', { name: 'Link name', exact: true }).fill('data.json');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    // Nothing written: the dialog stays and names the existing object.
    await expect(dialog.getByRole('alert')).toContainText('data.json');
    await expect(dialog).toBeVisible();
    await expect(objectRow(page, 'data.json')).not.toContainText('readme.txt');

    await replace.check();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    const replaced = objectRow(page, 'data.json');
    await expect(replaced).toHaveAttribute('aria-selected', 'true');
    await expect(replaced).toContainText('readme.txt');
  });
}

test('validation errors appear beside the field and Esc cancels', async ({ app }) => {
  const { page } = app;
  await openBucket(page, DEMO_BUCKETS.oss);
  await openRowMenu(page, 'readme.txt');
  await menuItem(page, 'Create link…').click();
  const dialog = createLinkDialog(page);
  const target = dialog.getByRole('textbox', { name: 'Target', exact: true });
  await target.fill('');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
