// The Create link dialog and its controls, by the names issue 4 fixes.
import type { Locator, Page } from 'playwright-core';
import { openRowMenu } from './actions';
import { createLinkDialog, menuItem } from './locators';
import { openBucket } from './navigate';

export interface LinkDialog {
  dialog: Locator;
  name: Locator;
  target: Locator;
  /** BOS only. */
  targetBucket: Locator;
  replace: Locator;
  create: Locator;
}

export function linkDialog(page: Page): LinkDialog {
  const dialog = createLinkDialog(page);
  return {
    dialog,
    name: dialog.getByRole('textbox', { name: 'Link name', exact: true }),
    target: dialog.getByRole('textbox', { name: 'Target', exact: true }),
    targetBucket: dialog.getByRole('combobox', { name: 'Target bucket' }),
    replace: dialog.getByRole('checkbox', { name: 'Replace existing object' }),
    create: dialog.getByRole('button', { name: 'Create', exact: true }),
  };
}

/** Opens `bucket`, right-clicks `rowName` and chooses "Create link…". */
export async function openCreateLinkDialog(page: Page, bucket: string, rowName: string): Promise<LinkDialog> {
  await openBucket(page, bucket);
  await openRowMenu(page, rowName);
  await menuItem(page, 'Create link…').click();
  const parts = linkDialog(page);
  await parts.dialog.waitFor();
  return parts;
}
