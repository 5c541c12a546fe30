// Uploads: "Upload files…" answered by the native dialog (answerDialogs), an OS drop on the
// table, on a folder row and on a breadcrumb segment, and the "File exists" dialog (Keep both,
// Replace with Apply to all).
import { join } from 'node:path';
import { test, expect } from '../../fixtures';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { objectRow, objectsGrid, pathBar } from '../../helpers/locators';
import { openBucket, openFolder, openPath } from '../../helpers/navigate';
import { conflictDialog, transferRow, transfersPanel, writeLocalFile } from '../../helpers/transfers';

test('Upload files… uploads the files the dialog returns into the current folder', async ({ app }, testInfo) => {
  const { page } = app;
  const a = await writeLocalFile(join(testInfo.outputDir, 'local', 'first upload.txt'), 'first');
  const b = await writeLocalFile(join(testInfo.outputDir, 'local', '报告 #1.txt'), 'second');
  await openBucket(page, DEMO_BUCKETS.oss);
  await openFolder(page, 'logs');
  await app.answerDialogs({ openFiles: [a, b] });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();

  const panel = transfersPanel(page);
  await expect(panel).toBeVisible();
  for (const name of ['first upload.txt', '报告 #1.txt']) {
    const row = transferRow(page, name);
    await expect(row).toContainText('Done');
    await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(objectRow(page, name)).toBeVisible();
  }
});

test('dropping files from the OS uploads them: on the table into the folder, on a folder row into that folder', async ({ app }, testInfo) => {
  const { page } = app;
  const file = await writeLocalFile(join(testInfo.outputDir, 'drop', 'dropped.txt'), 'dropped bytes');
  const folder = join(testInfo.outputDir, 'drop', 'album');
  await writeLocalFile(join(folder, 'one.txt'), '1');
  await writeLocalFile(join(folder, 'inner', 'two.txt'), '2');
  await openBucket(page, DEMO_BUCKETS.bos);

  await app.dropFiles(objectsGrid(page).getByRole('rowgroup').last(), [file]);
  await expect(transferRow(page, 'dropped.txt')).toContainText('Done');
  await expect(objectRow(page, 'dropped.txt')).toBeVisible();

  await app.dropFiles(objectRow(page, 'media/'), [folder]);
  await expect(transferRow(page, 'two.txt')).toContainText('Done');
  await openFolder(page, 'media');
  await openFolder(page, 'album');
  await expect(objectRow(page, 'one.txt')).toBeVisible();
  await openFolder(page, 'inner');
  await expect(objectRow(page, 'two.txt')).toBeVisible();
});

test('dropping a file from the OS on a breadcrumb segment uploads it into that folder, not the current one', async ({ app }, testInfo) => {
  const { page } = app;
  const file = await writeLocalFile(join(testInfo.outputDir, 'crumb', 'on the crumb.txt'), 'crumb bytes');
  await openPath(page, { bucket: DEMO_BUCKETS.oss, folders: ['docs', 'reports', '2026'] });
  await app.dropFiles(pathBar(page).getByRole('button', { name: 'docs', exact: true }), [file]);
  const row = transferRow(page, 'on the crumb.txt');
  await expect(row).toContainText('Done');
  await expect(row).toContainText(`${DEMO_BUCKETS.oss}/docs/on the crumb.txt`);
  await expect(objectRow(page, 'on the crumb.txt')).toHaveCount(0); // still in docs/reports/2026/
  await pathBar(page).getByRole('button', { name: 'docs', exact: true }).click();
  await expect(objectRow(page, 'on the crumb.txt')).toContainText('11 B');
});

test('uploading over an existing key asks: Keep both adds "name (1)", Replace with Apply to all replaces the rest', async ({ app }, testInfo) => {
  const { page } = app;
  const readme = await writeLocalFile(join(testInfo.outputDir, 'c', 'readme.txt'), 'my own readme');
  await openBucket(page, DEMO_BUCKETS.oss);
  await app.answerDialogs({ openFiles: [readme] });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();
  const dialog = conflictDialog(page);
  await expect(dialog).toContainText('readme.txt');
  await expect(dialog.getByRole('checkbox', { name: 'Apply to all' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep both', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(objectRow(page, 'readme (1).txt')).toBeVisible();

  const data = await writeLocalFile(join(testInfo.outputDir, 'c', 'data.json'), '{"replaced":true}');
  const index = await writeLocalFile(join(testInfo.outputDir, 'c', 'index.html'), '<p>replaced</p>');
  await app.answerDialogs({ openFiles: [data, index] });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();
  await dialog.getByRole('checkbox', { name: 'Apply to all' }).check();
  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(transferRow(page, 'data.json')).toContainText('Done');
  await expect(transferRow(page, 'index.html')).toContainText('Done');
  await expect(objectRow(page, 'data.json')).toContainText('17 B');
  await expect(objectRow(page, 'index.html')).toContainText('15 B');

  await app.answerDialogs({ openFiles: [readme] });
  await page.getByRole('button', { name: 'Upload files…', exact: true }).click();
  await dialog.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(objectRow(page, 'readme (2).txt')).toHaveCount(0);
});
