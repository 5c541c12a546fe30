// User gestures on object rows, shared by specs.
import type { Locator, Page } from 'playwright-core';
import { contextMenu, objectRow } from './locators';

/** Right-clicks a row and returns its context menu. */
export async function openRowMenu(page: Page, rowName: string): Promise<Locator> {
  await objectRow(page, rowName).click({ button: 'right' });
  const menu = contextMenu(page);
  await menu.waitFor();
  return menu;
}

/** Selects rows like a user: click the first, Ctrl+click the rest. */
export async function selectRows(page: Page, rowNames: readonly string[]): Promise<void> {
  for (const [index, name] of rowNames.entries()) {
    await objectRow(page, name).click({ modifiers: index === 0 ? [] : ['Control'] });
  }
}
