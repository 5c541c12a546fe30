// Links pointing here, on OSS and BOS: "Find links to this" on an object that three links
// (created in the test through the app) target lists exactly them; deleting a link target warns
// how many links will break, and the link then shows Broken.
import { test, expect } from '../../fixtures';
import { openRowMenu, selectRows } from '../../helpers/actions';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { openCreateLinkDialog } from '../../helpers/link-dialog';
import { contextMenu, objectRow } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

for (const bucket of [DEMO_BUCKETS.oss, DEMO_BUCKETS.bos]) {
  test(`Find links to this in ${bucket} lists the three links that target an object`, async ({ app }) => {
    const { page } = app;
    const names = ['to-readme-1.txt', 'to-readme-2.txt', 'to-readme-3.txt'];
    for (const linkName of names) {
      const { dialog, name, target, create } = await openCreateLinkDialog(page, bucket, 'readme.txt');
      await name.fill(linkName);
      await expect(target).toHaveValue('readme.txt');
      await create.click();
      await expect(dialog).toBeHidden();
    }
    await openRowMenu(page, 'readme.txt');
    await contextMenu(page).getByRole('menuitem', { name: 'Find links to this', exact: true }).click();
    const report = page.getByRole('region', { name: 'Links to readme.txt', exact: true });
    const table = report.getByRole('table', { name: 'Links found' });
    await expect(table).toBeVisible({ timeout: 30_000 });
    await expect(report).toContainText('3 links point to readme.txt');
    await expect(table.getByRole('row')).toHaveCount(1 + names.length);
    for (const linkName of names) await expect(table.getByRole('row', { name: linkName, exact: true })).toContainText('OK');

    await table.getByRole('button', { name: `Reveal ${names[1]}`, exact: true }).click();
    await expect(objectRow(page, names[1]!)).toHaveAttribute('aria-selected', 'true');
  });

  test(`deleting a link target in ${bucket} warns, and the link then shows Broken`, async ({ app }) => {
    const { page } = app;
    // The root listing resolves latest-report.pdf (-> docs/reports/2026/q3.pdf): main's reverse index learns it.
    await openBucket(page, bucket);
    await expect(objectRow(page, 'latest-report.pdf')).toContainText('docs/reports/2026/q3.pdf');
    for (const folder of ['docs', 'reports', '2026']) await openFolder(page, folder);
    await openRowMenu(page, 'q3.pdf');
    await contextMenu(page).getByRole('menuitem', { name: 'Delete…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete' });
    await expect(dialog.getByRole('alert')).toContainText('1 link points to q3.pdf and will break');
    await expect(dialog.getByRole('button', { name: 'Find links to this' })).toBeVisible();
    // A plain object: the dialog never says only a link is removed.
    await expect(dialog).not.toContainText('link is removed');
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(objectRow(page, 'q3.pdf')).toHaveCount(0);

    await openBucket(page, bucket);
    await expect(objectRow(page, 'latest-report.pdf')).toContainText('Broken');
  });
}

test('moving several link targets: a Find links to this button per warned target opens that target\'s report', async ({ app }) => {
  const { page } = app;
  // The root listing resolves latest-report.pdf (-> docs/…/q3.pdf) and chain-link.pdf (-> latest-report.pdf).
  await openBucket(page, DEMO_BUCKETS.oss);
  await expect(objectRow(page, 'chain-link.pdf')).toContainText('latest-report.pdf');
  await selectRows(page, ['latest-report.pdf', 'docs/']);
  await openRowMenu(page, 'docs/');
  await contextMenu(page).getByRole('menuitem', { name: 'Move to…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Move to' });
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('1 link points to latest-report.pdf and will break');
  await expect(warning).toContainText('1 link points to docs/ and will break');
  await expect(warning.getByRole('button', { name: 'Find links to this', exact: true })).toHaveCount(2);
  const forReport = warning.getByRole('listitem').filter({ hasText: 'latest-report.pdf' }).getByRole('button', { name: 'Find links to this', exact: true });
  await expect(forReport).toHaveAccessibleDescription('1 link points to latest-report.pdf and will break');
  await forReport.click();
  await expect(page.getByRole('region', { name: 'Links to latest-report.pdf', exact: true })).toBeVisible();
});
