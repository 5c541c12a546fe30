// The Transfers panel and its rows, by the names issue 14 fixes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startsWithName } from './locators';

export const transfersPanel = (page: Page): Locator => page.getByRole('region', { name: 'Transfers', exact: true });

/** A transfer: a listitem whose accessible name starts with the file name. */
export const transferRow = (page: Page, name: string): Locator => transfersPanel(page).getByRole('listitem', { name: startsWithName(name) });

export const conflictDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'File exists', exact: true });

export async function writeLocalFile(path: string, content: string | Buffer): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}
