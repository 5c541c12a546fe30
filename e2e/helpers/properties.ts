// The Properties panel (issue 8): a complementary region named "Properties" beside the table.
import type { Locator, Page } from 'playwright-core';
import { ENGLISH_LABELS, escapeRegExp, objectRow, type RegionLabels } from './locators';

export const propertiesPanel = (page: Page, name = 'Properties'): Locator => page.getByRole('complementary', { name, exact: true });

/** The value beside a label of the panel's lists (<dt>label</dt><dd>value</dd>). */
export const propertyValue = (panel: Locator, label: string): Locator => panel.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }).locator('xpath=following-sibling::dd[1]');

/** Selects the row and opens its Properties with Alt+Enter (the same in every UI language). */
export async function openProperties(page: Page, rowName: string, labels: RegionLabels = ENGLISH_LABELS): Promise<void> {
  await objectRow(page, rowName, labels).click();
  await page.keyboard.press('Alt+Enter');
  await page.getByRole('complementary').first().waitFor();
}
