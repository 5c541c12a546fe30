// Everyday operations (issue 7) through their accessible names, on the real renderer, router
// and emulator: the toolbar, history, the Location field, New folder, Rename, Copy to / Move to,
// Share URL, folder Delete and Ctrl+C / Ctrl+V of a link.
import type { Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { openRowMenu } from '../../helpers/actions';
import { objectRow, objectsGrid, pathBar } from '../../helpers/locators';
import { openBucket, openFolder } from '../../helpers/navigate';

const toolbarButton = (page: Page, name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true });

async function menuCommand(page: Page, row: string, item: string): Promise<void> {
  const menu = await openRowMenu(page, row);
  await menu.getByRole('menuitem', { name: item, exact: true }).click();
}

test('New folder…: Enter creates it and selects it; an existing name is refused beside the field', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await toolbarButton(page, 'New folder…').click();
  const dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('fresh');
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(objectRow(page, 'fresh/')).toHaveAttribute('aria-selected', 'true');

  await menuCommand(page, 'readme.txt', 'New folder…');
  await page.getByRole('dialog', { name: 'New folder' }).getByRole('textbox', { name: 'Name' }).fill('docs');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New folder' }).getByRole('alert')).toContainText('already exists');
});

test('Rename… moves an object and F2 renames a folder with every key under it', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await menuCommand(page, 'readme.txt', 'Rename…');
  const dialog = page.getByRole('dialog', { name: 'Rename' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('read-me.txt');
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(objectRow(page, 'read-me.txt')).toHaveAttribute('aria-selected', 'true');
  await expect(objectRow(page, 'readme.txt')).toHaveCount(0);

  await objectRow(page, 'logs/').click();
  await page.keyboard.press('F2');
  await page.getByRole('dialog', { name: 'Rename' }).getByRole('textbox', { name: 'Name' }).fill('old-logs');
  await page.keyboard.press('Enter');
  await expect(objectRow(page, 'old-logs/')).toBeVisible();
  await expect(objectRow(page, 'logs/')).toHaveCount(0);
});

test('Copy to… and Move to… pick a folder and bucket in the dialog', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await menuCommand(page, 'readme.txt', 'Copy to…');
  const copy = page.getByRole('dialog', { name: 'Copy to' });
  await copy.getByRole('button', { name: 'docs/', exact: true }).click();
  await expect(copy.getByRole('textbox', { name: 'Folder' })).toHaveValue('docs/');
  await copy.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(copy).toBeHidden();
  await expect(objectRow(page, 'readme.txt')).toBeVisible();

  await menuCommand(page, 'readme.txt', 'Move to…');
  const move = page.getByRole('dialog', { name: 'Move to' });
  await move.getByRole('combobox', { name: 'Bucket' }).selectOption('demo-archive');
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(move).toBeHidden();
  await expect(objectRow(page, 'readme.txt')).toHaveCount(0);
  await openFolder(page, 'docs');
  await expect(objectRow(page, 'readme.txt')).toBeVisible();
});

test('Share URL: expiry choice, the URL works anonymously, Copy URL goes through main', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await menuCommand(page, 'readme.txt', 'Copy share URL…');
  const dialog = page.getByRole('dialog', { name: 'Share URL' });
  await dialog.getByRole('combobox', { name: 'Expires in' }).selectOption({ label: '7 days' });
  const field = dialog.getByRole('textbox', { name: 'URL' });
  await expect(field).toHaveValue(/x-oss-expires=604800/);
  await expect(field).toHaveAttribute('readonly', '');
  const url = await field.inputValue();
  await dialog.getByRole('button', { name: 'Copy URL' }).click();
  await expect(dialog.getByRole('status')).toContainText('copied');
  expect(await app.clipboardText()).toBe(url);
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Symbucket OSS demo bucket');
});

test('Delete… on a folder counts first with Cancel focused, then deletes everything under it', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await objectRow(page, 'photos/').click();
  await toolbarButton(page, 'Delete…').click();
  const dialog = page.getByRole('dialog', { name: 'Delete' });
  await expect(dialog).toContainText(/\d+ objects, 1 links, .+ in total/);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(objectRow(page, 'photos/')).toHaveCount(0);
});

test('history: Alt+Left / Alt+Right across folders restore the selection; Back is disabled with a reason at the start', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await expect(toolbarButton(page, 'Back')).toBeDisabled();
  await expect(toolbarButton(page, 'Back')).toHaveAttribute('title', 'Nothing to go back to');
  await objectRow(page, 'readme.txt').click();
  const location = page.getByRole('textbox', { name: 'Location' });
  await location.fill('demo-oss/docs/');
  await location.press('Enter');
  await expect(objectRow(page, 'guide.md')).toBeVisible();
  await objectRow(page, 'guide.md').click();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue('demo-oss/');
  await expect(objectRow(page, 'readme.txt')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue('demo-oss/docs/');
  await toolbarButton(page, 'Up').click();
  await expect(pathBar(page)).not.toContainText('docs');
});

test('the Location field opens an oss:// URL at its folder and selects the key', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-bos');
  const location = page.getByRole('textbox', { name: 'Location' });
  await location.fill('oss://demo-oss/docs/reports/2026/q3.pdf');
  await location.press('Enter');
  await expect(pathBar(page)).toContainText('2026');
  await expect(objectRow(page, 'q3.pdf')).toHaveAttribute('aria-selected', 'true');
  await location.fill('bos://demo-oss/');
  await location.press('Enter');
  await expect(page.getByRole('alert')).toContainText('not a bucket of that provider');
});

test('Ctrl+C / Ctrl+V of a link pastes a link with the same target', async ({ app }) => {
  const { page } = app;
  await openBucket(page, 'demo-oss');
  await objectRow(page, 'latest-report.pdf').click();
  await page.keyboard.press('Control+c');
  await openFolder(page, 'docs');
  await objectsGrid(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+v');
  const pasted = objectRow(page, 'latest-report.pdf');
  await expect(pasted).toContainText('docs/reports/2026/q3.pdf');
});
