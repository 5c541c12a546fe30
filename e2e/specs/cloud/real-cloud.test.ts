// What real clouds ask of a user, end to end through the real router and the emulator: region
// presets named from the region table, STS credentials with their expiry, and a bucket that OSS
// serves only through its custom domain (PublicEndpointForbidden), fixed from the error itself.
import type { Locator, Page } from 'playwright-core';
import { test, expect } from '../../fixtures';
import { DEFAULT_OSS_REGION } from '../../../emulator/index';
import { profilesDialog, saveProfileForm } from '../../helpers/profiles';
import { useOwnEmulator } from '../../helpers/own-emulator';

const emulator = useOwnEmulator({ seed: 'demo' });

async function newProfileForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Manage profiles…' }).click();
  const dialog = profilesDialog(page);
  await dialog.getByRole('button', { name: 'Add profile' }).click();
  return dialog;
}

async function saveOssProfile(dialog: Locator, endpoint: string, extra: (d: Locator) => Promise<void> = async () => {}): Promise<void> {
  await dialog.getByLabel('Profile name').fill('Real cloud');
  await dialog.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom endpoint…' });
  await dialog.getByLabel('Endpoint').fill(endpoint);
  await dialog.getByLabel('Region ID').fill(DEFAULT_OSS_REGION);
  await dialog.getByLabel('Addressing').selectOption('path');
  await dialog.getByLabel('Access key ID').fill(emulator().accessKeyId);
  await dialog.getByLabel('Access key secret').fill(emulator().accessKeySecret);
  await extra(dialog);
  await saveProfileForm(dialog);
}

test('region presets show the region table names, in English and in Chinese', async ({ app, launch }) => {
  const dialog = await newProfileForm(app.page);
  const region = dialog.getByLabel('Region', { exact: true });
  await expect(region.getByRole('option', { name: 'China (Hangzhou) · cn-hangzhou', exact: true })).toHaveCount(1);
  await expect(region.getByRole('option', { name: 'China (Heyuan) · cn-heyuan', exact: true })).toHaveCount(1);
  await dialog.getByLabel('Provider').selectOption('bos');
  await expect(region.getByRole('option', { name: 'North China (Yangquan) · yq', exact: true })).toHaveCount(1);

  const { page } = await launch({ locale: 'zh-CN' });
  await page.getByRole('button', { name: '管理配置…' }).click();
  await page.getByRole('button', { name: '添加配置' }).click();
  const zhRegion = page.getByLabel('地域', { exact: true });
  await expect(zhRegion.getByRole('option', { name: '华东1（杭州）', exact: true })).toHaveCount(1);
  await expect(zhRegion).toHaveValue('cn-hangzhou');
});

test('STS: a valid token connects and its expiry is shown; an expired one says so', async ({ app }) => {
  emulator().rules.tokens.set('e2e-good-token', Date.now() + 3_600_000);
  emulator().rules.tokens.set('e2e-old-token', Date.now() - 1_000);
  const dialog = await newProfileForm(app.page);
  await saveOssProfile(dialog, emulator().oss, async (d) => {
    await d.getByLabel('Security token (STS, optional)').fill('e2e-good-token');
    await d.getByLabel('Token expires at (optional)').fill('2031-01-02T03:04');
  });
  await expect(dialog.getByText(/^Security token expires /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status')).toContainText('Connected');

  await dialog.getByLabel('Access key secret').fill(emulator().accessKeySecret);
  await dialog.getByLabel('Security token (STS, optional)').fill('e2e-old-token');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The temporary security token (STS) has expired');
});

test('a bucket served only through its custom domain: the error says so and adds the domain', async ({ app }) => {
  const port = new URL(emulator().oss).port;
  // The profile talks to "localhost"; the bucket's custom domain is 127.0.0.1 (bound in the emulator).
  emulator().rules.domains.set('127.0.0.1', 'demo-oss');
  emulator().rules.domainOnly.add('demo-oss');
  try {
    const { page } = app;
    const dialog = await newProfileForm(page);
    await saveOssProfile(dialog, `http://localhost:${port}`);
    await page.keyboard.press('Escape');
    await page.getByRole('treeitem', { name: 'demo-oss', exact: true }).click();
    await expect(page.getByText(/refuses data requests to this bucket through its default public endpoint/)).toBeVisible();
    await page.getByLabel('Custom domain for demo-oss').fill(`127.0.0.1:${port}`);
    await page.getByRole('button', { name: 'Add custom domain' }).click();
    await expect(page.getByRole('row', { name: 'docs/' })).toBeVisible();
  } finally {
    emulator().rules.domainOnly.delete('demo-oss');
    emulator().rules.domains.delete('127.0.0.1');
  }
});
