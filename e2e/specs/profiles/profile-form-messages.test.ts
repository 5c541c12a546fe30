// The profile form says what is wrong where it is wrong: a missing bucket named for the test, a
// malformed endpoint beside its field, which fields Save waits for, and no stale results.
import { test, expect } from '../../fixtures';
import { DEFAULT_OSS_REGION } from '../../../emulator/index';
import { addProfile, profilesDialog } from '../../helpers/profiles';
import { useOwnEmulator } from '../../helpers/own-emulator';

const emulator = useOwnEmulator({ seed: 'demo' });

test('test connection with a named bucket reports a missing bucket instead of "connected"', async ({ app }) => {
  const dialog = await addProfile(app.page, {
    name: 'Emulator OSS',
    provider: 'oss',
    endpoint: emulator().oss,
    region: DEFAULT_OSS_REGION,
    accessKeyId: emulator().accessKeyId,
    accessKeySecret: emulator().accessKeySecret,
  });
  const bucketField = dialog.getByLabel('Bucket to test (optional)');
  const testButton = dialog.getByRole('button', { name: 'Test connection' });
  await bucketField.fill('no-such-bucket');
  await testButton.click();
  await expect(dialog.getByRole('alert')).toHaveText('Connection failed: bucket “no-such-bucket” does not exist, or not in this region. Check its name and the profile\'s region.');
  await expect(dialog.getByRole('status')).toHaveCount(0);

  await bucketField.fill('demo-oss');
  await expect(dialog.getByRole('alert')).toHaveCount(0); // the old result went with the edit
  await testButton.click();
  await expect(dialog.getByRole('status')).toContainText('Connected: bucket “demo-oss” is reachable');
});

test('a malformed endpoint is flagged beside the field and Save names what is missing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Manage profiles…' }).click();
  const dialog = profilesDialog(page);
  await dialog.getByRole('button', { name: 'Add profile' }).click();
  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAccessibleDescription('To save, fill in: Profile name, Access key ID, Access key secret.');
  await dialog.getByLabel('Profile name').fill('Broken endpoint');
  await dialog.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom endpoint…' });
  const endpoint = dialog.getByLabel('Endpoint');
  await endpoint.fill('not a url');
  await expect(endpoint).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toHaveText('Enter an endpoint such as https://oss-cn-hangzhou.aliyuncs.com or a host name.');
  await dialog.getByLabel('Access key ID').fill('AKID');
  await dialog.getByLabel('Access key secret').fill('secret');
  await expect(save).toBeDisabled();
  await endpoint.fill(emulator().oss);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(save).toBeEnabled();
});
