// Adding an OSS/BOS profile through the profile panel, as a user types it.
import type { Locator, Page } from 'playwright-core';

export interface ProfileFields {
  name: string;
  provider: 'oss' | 'bos';
  endpoint: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export const profilesDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Profiles' });

/** Opens the panel, fills a new profile pointing at a custom endpoint (path style) and saves it. */
export async function addProfile(page: Page, fields: ProfileFields): Promise<Locator> {
  await page.getByRole('button', { name: 'Manage profiles…' }).click();
  const dialog = profilesDialog(page);
  await dialog.getByRole('button', { name: 'Add profile' }).click();
  await dialog.getByLabel('Profile name').fill(fields.name);
  await dialog.getByLabel('Provider').selectOption(fields.provider);
  await dialog.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom endpoint…' });
  await dialog.getByLabel('Endpoint').fill(fields.endpoint);
  await dialog.getByLabel('Region ID').fill(fields.region);
  // The emulator listens on 127.0.0.1: bucket names cannot go into the host name.
  await dialog.getByLabel('Addressing').selectOption('path');
  await dialog.getByLabel('Access key ID').fill(fields.accessKeyId);
  await dialog.getByLabel('Access key secret').fill(fields.accessKeySecret);
  await saveProfileForm(dialog);
  return dialog;
}

/** Presses Save and waits until the panel edits the stored profile (which can then be tested). */
export async function saveProfileForm(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  // Without an OS keyring (Electron under Xvfb) the app first asks whether to store the secret anyway.
  const testButton = dialog.getByRole('button', { name: 'Test connection' });
  const storeAnyway = dialog.getByRole('button', { name: 'Store anyway' });
  await testButton.or(storeAnyway).first().waitFor();
  if (await storeAnyway.isVisible()) await storeAnyway.click();
  await testButton.waitFor();
}
