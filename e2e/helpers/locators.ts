// The accessible names the app promises (issue 4, "Accessible names"): every spec and the
// preview find things through these, never through CSS classes.
import type { Locator, Page } from 'playwright-core';

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An accessible name that starts with `name` as a whole word: "a.txt" matches "a.txt" and
 * "a.txt, 3 KB" but not "a.txt.bak"; "docs/" matches the folder only.
 */
export function startsWithName(name: string): RegExp {
  return new RegExp(`^${escapeRegExp(name)}(?![\\w.\\-/])`);
}

/** Labels that follow the UI language; the defaults are the English names the issue fixes. */
export interface RegionLabels {
  objects: string;
  path: string;
}
export const ENGLISH_LABELS: RegionLabels = { objects: 'Objects', path: 'Path' };

export const objectsGrid = (page: Page, labels: RegionLabels = ENGLISH_LABELS): Locator => page.getByRole('grid', { name: labels.objects, exact: true });

/** A row of the object table; folders are named with a trailing `/`. */
export const objectRow = (page: Page, name: string, labels: RegionLabels = ENGLISH_LABELS): Locator =>
  objectsGrid(page, labels).getByRole('row', { name: startsWithName(name) });

export const pathBar = (page: Page, labels: RegionLabels = ENGLISH_LABELS): Locator => page.getByRole('navigation', { name: labels.path, exact: true });

/** A bucket in the sidebar: a treeitem or a link named by the bucket. */
export const bucketEntry = (page: Page, bucket: string): Locator =>
  page.getByRole('treeitem', { name: startsWithName(bucket) }).or(page.getByRole('link', { name: startsWithName(bucket) })).first();

export const contextMenu = (page: Page): Locator => page.getByRole('menu');

export const menuItem = (page: Page, name: 'Follow link' | 'Create link…' | 'Retarget link…' | 'Delete…'): Locator =>
  contextMenu(page).getByRole('menuitem', { name, exact: true });

export const createLinkDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Create link' });
