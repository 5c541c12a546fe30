// A profile whose secret is wrong: testing it or opening it says plainly that sign-in failed
// (the emulator checks every signature, so a wrong secret is a 403 SignatureDoesNotMatch).
import { test, expect } from '../../fixtures';
import { DEFAULT_BOS_REGION, DEFAULT_OSS_REGION } from '../../../emulator/index';
import { addProfile } from '../../helpers/profiles';
import { useOwnEmulator } from '../../helpers/own-emulator';

const AUTH_FAILED = /sign-in failed.*access key id and secret/i;

const emulator = useOwnEmulator({ seed: 'demo' });

for (const provider of ['oss', 'bos'] as const) {
  test(`${provider.toUpperCase()} profile with a wrong secret: reports failed sign-in on test and on open`, async ({ app }) => {
    const { page } = app;
    const dialog = await addProfile(page, {
      name: `Wrong secret ${provider}`,
      provider,
      endpoint: emulator()[provider],
      region: provider === 'oss' ? DEFAULT_OSS_REGION : DEFAULT_BOS_REGION,
      accessKeyId: emulator().accessKeyId,
      accessKeySecret: `${emulator().accessKeySecret}-but-wrong`,
    });

    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/connection failed/i);
    await expect(dialog.getByRole('alert')).toHaveText(AUTH_FAILED);

    // The saved profile is the current one: its bucket list shows the same clear error.
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: AUTH_FAILED })).toBeVisible();
    await expect(page.getByRole('treeitem')).toHaveCount(0);
  });
}
