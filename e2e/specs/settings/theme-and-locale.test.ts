// launchApp's theme and locale reach the app the way the OS settings do: the renderer follows
// the system colour scheme and picks its language from the browser locale.
import type { Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { ROOT_DIR } from '../../host';
import { DEMO_BUCKETS } from '../../helpers/demo';
import { objectsGrid, pathBar } from '../../helpers/locators';
import { openBucket } from '../../helpers/navigate';
import { regionLabels } from '../../helpers/region-labels';

/** Relative luminance (0 black .. 1 white) of the page background. */
const backgroundLuminance = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

test('follows a light system theme in English by default', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.6);
  await openBucket(page, DEMO_BUCKETS.oss);
  await expect(objectsGrid(page)).toBeVisible();
});

test('follows a dark system theme and a Chinese locale', async ({ launch }) => {
  const { page } = await launch({ theme: 'dark', locale: 'zh-CN' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundLuminance(page)).toBeLessThan(0.4);
  const zh = regionLabels(ROOT_DIR, 'zh-CN');
  await openBucket(page, DEMO_BUCKETS.oss, zh);
  await expect(objectsGrid(page, zh)).toBeVisible();
  await expect(pathBar(page, zh)).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Objects', exact: true })).toHaveCount(0);
});
