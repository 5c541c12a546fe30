// A profiles.json with one invalid entry (a 101-character name): the app starts with every valid
// profile, and the profiles panel says what was set aside and where the original is kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../../fixtures';

const profile = (id: string, name: string) => ({
  id,
  name,
  provider: 'oss',
  endpoint: '',
  region: 'cn-hangzhou',
  addressing: 'virtual-host',
  signatureVersion: 'v4',
  accessKeyId: `AK-${id}`,
  insecureStorage: false,
});

for (const { theme, locale, viewport } of [
  { theme: 'light', locale: 'en', viewport: { width: 1280, height: 800 } },
  { theme: 'dark', locale: 'zh-CN', viewport: { width: 1024, height: 768 } },
] as const) {
  test(`damaged profiles.json: valid profiles kept, the panel names what was set aside (${theme}, ${locale}, ${viewport.width} px)`, async ({ launch }, testInfo) => {
    const userDataDir = join(testInfo.outputDir, 'userdata-damaged');
    mkdirSync(userDataDir, { recursive: true });
    const file = join(userDataDir, 'profiles.json');
    writeFileSync(file, JSON.stringify({ version: 1, localDemo: 'shown', profiles: [profile('a', 'Work A'), profile('b', 'x'.repeat(101)), profile('c', 'Work C')] }));
    const { page } = await launch({ userDataDir, theme, locale, viewport });

    await page.getByRole('button', { name: locale === 'en' ? 'Manage profiles…' : '管理配置…' }).click();
    const dialog = page.getByRole('dialog', { name: locale === 'en' ? 'Profiles' : '配置' });
    const list = dialog.getByRole('list', { name: locale === 'en' ? 'Profiles' : '配置' });
    await expect(list.getByRole('button', { name: /Work A/ })).toBeVisible();
    await expect(list.getByRole('button', { name: /Work C/ })).toBeVisible();
    await expect(list.getByRole('button', { name: /xxxx/ })).toHaveCount(0);

    const alert = dialog.getByRole('alert').first();
    await expect(alert).toContainText(`${file}.bak`);
    await expect(alert.getByRole('listitem')).toHaveText([/^profile 2 "x+": name: /]);
    if (locale === 'en') await expect(alert).toContainText('profiles.json was damaged. Everything that could be read was kept');
    else await expect(alert).toContainText('profiles.json 已损坏');
    if (process.env.SYMBUCKET_SHOTS) await page.screenshot({ path: join(process.env.SYMBUCKET_SHOTS, `store-notice-${theme}-${locale}.png`) });
  });
}
